"""The demo network's directory: the member institutions with their staff, and the organisations
(firms, universities, agencies) they look after. People are added by `demo_people`."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import select
from stdnum.iso7064 import mod_11_10

from indie_desktop.domain import models as m
from indie_desktop.domain.network_members import NETWORK_MEMBERS, NetworkMember
from indie_desktop.domain.record_keys import organisation_match_key
from indie_desktop.domain.region import MUNICIPALITIES
from indie_desktop.domain.text import fold
from indie_desktop.services.demo import data as d
from indie_desktop.services.demo.context import Context, Step, counted, key, pick
from indie_desktop.services.demo.logos import logo_name
from indie_desktop.services.demo.names import Names, ascii_slug
from indie_desktop.services.demo.writer import Row

ACADEMIA = ("university", "research_institute")
SPECIAL_ORGS = (  # kind, name, legal form, municipality, trade of its sector, founder's origin
    ("craft_business", "Yıldız Metallbau", "GmbH & Co. KG", "Herne", "Metallbau", "tr"),
    ("craft_business", "Wiśniewski Elektrotechnik", "e.K.", "Bochum", "Elektrotechnik", "pl"),
    ("company", "Müller Präzisionstechnik", "GmbH", "Dortmund", "Präzisionstechnik", "de"),
)
HRB_FORMS = {"GmbH", "AG", "SE", "KGaA", "UG (haftungsbeschränkt)", "gGmbH"}
HRA_FORMS = {"e.K.", "KG", "OHG", "GmbH & Co. KG", "UG (haftungsbeschränkt) & Co. KG"}


class Contact(NamedTuple):
    id: uuid.UUID
    label: str  # "Herrn Yıldız", for subjects and reports


@dataclass(slots=True)
class Org:
    row: Row  # the organisation row as written
    domain: str
    group: str  # academia, company, craft_business, service_provider, chamber_agency, other
    phone_base: str  # number without extension
    founder: tuple[str, str] | None  # (last name, origin) of the founding family
    persons: list[Contact] = field(default_factory=list)  # its current people

    @property
    def contact(self) -> uuid.UUID | None:
        """Its first person (the boss), if it has people."""
        return self.persons[0].id if self.persons else None


class Directory:
    def __init__(self, ctx: Context, names: Names) -> None:
        self.ctx, self.names = ctx, names
        self.inst_ids: list[uuid.UUID] = []
        self.inst_address: dict[uuid.UUID, str] = {}
        self.staff_by_inst: list[list[uuid.UUID]] = []
        self.staff_inst: dict[uuid.UUID, uuid.UUID] = {}  # staff -> institution
        self.all_staff: list[uuid.UUID] = []
        self.local_insts: dict[str, list[int]] = {x.name: [] for x in MUNICIPALITIES}
        self.regional_insts: list[int] = []
        self.org_names: set[str] = set()
        self.orgs: list[Org] = []
        self.by_group: dict[str, list[int]] = {}
        self.by_wz: dict[str, list[int]] = {}

    def street(self) -> str:
        rng = self.ctx.rng
        if rng.random() < 0.6:
            name = rng.choice(d.STREET_NAMES)
        else:
            name = rng.choice(d.STREET_STEMS) + rng.choice(d.STREET_SUFFIXES)
        return f"{name} {rng.randint(1, 180)}{rng.choice('ab') if rng.random() < 0.1 else ''}"

    def vat_id(self) -> str:
        digits = str(self.ctx.rng.randint(10**7, 10**8 - 1))
        return f"DE{digits}{mod_11_10.calc_check_digit(digits)}"

    # -- institutions and staff ---------------------------------------------------------------
    def institutions(self, step: Step) -> None:
        """The network members with two to four staff each; what exists already is reused."""
        step(0, len(NETWORK_MEMBERS))
        live = m.Institution.deleted_at.is_(None)
        query = select(m.Institution.short_name, m.Institution.id).where(live)
        existing = {short: iid for short, iid in self.ctx.session.execute(query)}
        en_towns = [x.name for x in MUNICIPALITIES if x.district == "Ennepe-Ruhr-Kreis"]
        for i, member in enumerate(NETWORK_MEMBERS):
            host = re.sub(r"^(https?://)?(www\.)?", "", member.website).split("/")[0]
            default = (host, "Sparkasse", "44050199", "DORTDE33XXX", "", member.city)
            domain, *banking, served = d.INSTITUTIONS.get(member.short_name, default)
            values = member.as_values()
            iid = existing.get(member.short_name)
            if iid is None:  # the first-run dialog may have created the user's own already
                iid = self.add_institution(member, values, domain, banking)
            else:
                self.complete_letterhead(iid, member, values, domain, banking)
            self.inst_ids.append(iid)
            self.inst_address[iid] = values["sender_line"].replace(" · ", ", ")
            for town in en_towns if served == "EN" else served.split(","):
                if town == "*":
                    self.regional_insts.append(i)
                elif town in self.local_insts:
                    self.local_insts[town].append(i)
            self.staff_by_inst.append(self.staff(iid, member.phone, domain))
        self.staff_inst = {
            s: self.inst_ids[i] for i, ids in enumerate(self.staff_by_inst) for s in ids
        }
        self.all_staff = list(self.staff_inst)
        self.ctx.writer.flush()
        step(len(NETWORK_MEMBERS), len(NETWORK_MEMBERS))

    def add_institution(
        self, member: NetworkMember, values: dict[str, str], domain: str, banking: Sequence[str]
    ) -> uuid.UUID:
        """Write a member institution; `banking` is (bank, BLZ, BIC, register) for its footer."""
        iid = m.uuid7()
        self.ctx.add(
            m.Institution,
            iid,
            values | self.letterhead(member, values, domain, banking),
            record_id=iid,
        )
        self.ctx.writer.flush()  # the staff rows reference it
        return iid

    def letterhead(
        self, member: NetworkMember, values: dict[str, str], domain: str, banking: Sequence[str]
    ) -> dict[str, Any]:
        """E-mail, logo (bundled) and footer (address, bank, register) of a member's letterhead."""
        bank, blz, bic, register = banking
        account = f"{blz}{self.ctx.rng.randint(10**9, 10**10 - 1)}"
        check = 98 - int(account + "131400") % 97  # IBAN check digits ("DE" = 13 14)
        footer = (
            f"{values['sender_line']} · {member.website.split('//')[-1]}\n"
            f"{bank} · IBAN DE{check:02d}{account} · BIC {bic}\n"
            f"{register} · USt-IdNr. {self.vat_id()}".replace("\n · ", "\n")
        )
        return {
            "email": f"info@{domain}",
            "logo_path": logo_name(member.short_name),
            "footer": footer,
        }

    def complete_letterhead(
        self,
        iid: uuid.UUID,
        member: NetworkMember,
        values: dict[str, str],
        domain: str,
        banking: Sequence[str],
    ) -> None:
        """An institution set up before the demo (the user's own) gets the letterhead fields
        it lacks; what the user entered stays."""
        inst = self.ctx.session.get(m.Institution, iid)
        if inst is None:
            return
        for column, value in (values | self.letterhead(member, values, domain, banking)).items():
            if column in {"name", "short_name"} or not hasattr(inst, column):
                continue
            if not getattr(inst, column):
                setattr(inst, column, value)
        self.ctx.session.flush()

    def staff(self, iid: uuid.UUID, phone: str, domain: str) -> list[uuid.UUID]:
        """The institution's staff ids, existing ones first, topped up to two to four."""
        rng, staff = self.ctx.rng, m.Staff
        have = list(
            self.ctx.session.scalars(
                select(staff.id)
                .where(staff.institution_id == iid, staff.deleted_at.is_(None))
                .order_by(staff.last_name, staff.first_name)
            )
        )
        for _ in range(max(0, rng.randint(2, 4) - len(have))):
            first, last, _gender = self.names.person()
            initials = "".join(p[0] for p in re.split(r"[\s-]+", f"{first} {last}") if p)
            row = self.ctx.add(
                m.Staff,
                iid,
                {
                    "institution_id": iid,
                    "first_name": first,
                    "last_name": last,
                    "initials": initials.upper()[:10],
                    "email": self.names.email(first, last, domain),
                    "phone": f"{phone[:-2]}{rng.randint(100, 999)}",
                    "db_role": None,  # demo colleagues are no database logins
                    "active": True,
                },
            )
            have.append(row["id"])
        return have

    def pick_staff(self, town: str, kind: str) -> uuid.UUID:
        """The Betreuer: HWK staff for most craft firms, else mostly the local WF or chamber."""
        rng = self.ctx.rng
        r = rng.random()
        if kind == "craft_business" and r < 0.6 and self.regional_insts:
            return rng.choice(self.staff_by_inst[rng.choice(self.regional_insts)])
        if r < 0.88 and self.local_insts[town]:
            return rng.choice(self.staff_by_inst[rng.choice(self.local_insts[town])])
        return rng.choice(self.all_staff)

    # -- organisations ------------------------------------------------------------------------
    def organisations(self, n: int, step: Step) -> None:
        """The three special firms, the universities and agencies, then generated firms."""
        rng = self.ctx.rng
        n_special = min(len(SPECIAL_ORGS), n)
        fixed = d.ACADEMIA[: min(len(d.ACADEMIA), max(1, n // 15)) if n >= 10 else 0]
        fixed += d.AGENCIES[: min(len(d.AGENCIES), n // 50)]
        sector_weights = [float(s[1]) for s in d.SECTORS]
        town_weights = [float(t[3]) for t in d.TOWNS.values()]
        for k, _ in counted(range(n), step, every=2000):
            if k < n_special:
                kind, base, form, town, trade, origin = SPECIAL_ORGS[k]
                sector = next(s for s in d.SECTORS if trade in s[2].split(","))
                self.add_company(sector, kind, form, town, base, (base.split()[0], origin))
            elif k < n_special + len(fixed):
                record = fixed[k - n_special]
                if record[0] == "university":
                    band = "500+"
                else:
                    band = rng.choice(("50-249", "250-499"))
                self.add_org(record, band, record[7])
            else:
                sector = rng.choices(d.SECTORS, weights=sector_weights)[0]
                town = rng.choices(list(d.TOWNS), weights=town_weights)[0]
                self.add_company(sector, sector[0], pick(rng, d.LEGAL_FORMS[sector[0]]), town)
        for i, org in enumerate(self.orgs):
            self.by_group.setdefault(org.group, []).append(i)
            self.by_wz.setdefault(org.row["wz_code"], []).append(i)

    def company_name(self, sector: Sequence[str], kind: str, town: str) -> tuple[str, Any]:
        """A name like real Ruhr firms have, and the founding family (last name, origin)."""
        rng = self.ctx.rng
        trade = rng.choice(sector[2].split(","))
        origin = self.names.origin()
        last = self.names.last(origin)
        family = (last, origin)
        brand = rng.choice(d.BRAND_PREFIXES)
        if rng.random() < 0.4:
            brand = (brand + rng.choice(d.BRAND_SUFFIXES)).capitalize()  # "Emschertec"
        r = rng.random()
        if kind == "other":
            return f"{trade} {rng.choice(('Industrie', 'Mittelstand', 'Technik'))} {town}", None
        if kind == "craft_business":
            return (f"{last} {trade}" if r < 0.7 else f"{trade} {last}"), family
        if trade == "Ingenieurbüro" and r < 0.7:
            return f"Ingenieurbüro {last}", family
        if r < 0.45:
            return f"{last} {trade}", family
        if r < 0.55:
            return f"{last} & {self.names.last('de')} {trade}", family
        if r < 0.8:
            return f"{brand} {trade}", None
        return f"{d.TOWNS[town][1]} {trade}", None

    def add_company(
        self,
        sector: Sequence[str],
        kind: str,
        form: str,
        town: str,
        base: str | None = None,
        founder: tuple[str, str] | None = None,
    ) -> None:
        rng = self.ctx.rng
        for _ in range(0 if base else 8):  # a few tries for a name nobody has yet
            base, founder = self.company_name(sector, kind, town)
            if fold(base) not in self.org_names:
                break
        assert base is not None
        self.org_names.add(fold(base))
        area = d.TOWNS[town][0]
        stem = str(rng.randint(10 ** (7 - len(area)), 10 ** (8 - len(area)) - 1))
        year = int(rng.triangular(1880, self.ctx.today.year, 1995))
        if form.startswith("UG"):
            year = max(year, 2008)  # the UG exists since 2008
        comps = sector[4].split(",")
        muni = next(x for x in MUNICIPALITIES if x.name == town)
        record = (
            kind,
            base if form == "Einzelunternehmen" else f"{base} {form}",
            form,
            self.street(),
            rng.choice(muni.postcodes),
            town,
            ascii_slug(base) + ".de",
            f"+49{area}{stem}0",  # the switchboard; people get extensions of the stem
            rng.choice(sector[3].split(",")),
            str(year),
            ", ".join(rng.sample(comps, min(len(comps), rng.randint(2, 4)))),
        )
        self.add_org(record, pick(rng, d.BANDS[kind]), f"+49{area}{stem}", founder)

    def add_org(
        self,
        record: Sequence[str],
        band: str,
        phone_base: str,
        founder: tuple[str, str] | None = None,
    ) -> None:
        """Write one organisation from (kind, name, legal form, street, postcode, town, domain,
        phone, WZ code, founded, competences)."""
        rng = self.ctx.rng
        kind, name, form, street, pc, town, domain, phone, wz, year, competences = record
        staff_id = self.pick_staff(town, kind)
        court = number = vat = None
        if form in HRB_FORMS or form in HRA_FORMS:
            court = f"Amtsgericht {d.TOWNS[town][2]}"
            hrb = form in HRB_FORMS
            number = f"HRB {rng.randint(1000, 34999)}" if hrb else f"HRA {rng.randint(1000, 19999)}"
            vat = self.vat_id() if rng.random() < 0.7 else None
        elif form.startswith("PartG"):  # NRW keeps one partnership register, in Essen
            court, number = "Amtsgericht Essen", f"PR {rng.randint(100, 4999)}"
        elif form == "e.V." and kind == "other":
            court, number = f"Amtsgericht {d.TOWNS[town][2]}", f"VR {rng.randint(100, 9999)}"
        if kind == "craft_business":
            chamber = "hwk"
        elif kind in ("company", "service_provider") and not form.startswith("PartG"):
            chamber = "ihk"
        else:
            chamber = "none"
        generated = kind not in (*ACADEMIA, "chamber_agency")
        r = rng.random()
        status = "active" if r < 0.85 or not generated else "prospect" if r < 0.95 else "inactive"
        tags = ", ".join(rng.sample(d.ORG_TAGS, rng.randint(1, 3))) if rng.random() < 0.4 else None
        visibility = "institution" if rng.random() < 0.05 else "network"
        fields = {
            "kind": kind,
            "name": name,
            "legal_form": form,
            "street": street,
            "postcode": pc,
            "city": town,
            "municipality": town,
            "website": f"https://www.{domain}",
            "phone": phone,
            "email": f"{'kontakt' if kind == 'craft_business' else 'info'}@{domain}",
            "wz_code": wz,
            "employee_band": band,
            "founded_year": int(year),
            "register_court": court,
            "register_number": number,
            "vat_id": vat,
            "chamber": chamber,
            "handwerksrolle": kind == "craft_business",
            "competences": competences,
            "tags_text": tags,
            "responsible_staff_id": staff_id,
            "status": status,
            "source": rng.choice(d.ORG_SOURCES) if generated else None,
            "notes": None,
            "sort_name": fold(name),
            "search_key": key(name, town, pc, competences),
        }
        fields["match_key"] = organisation_match_key(fields)
        row = self.ctx.add(m.Organisation, self.staff_inst[staff_id], fields, visibility)
        group = "academia" if kind in ACADEMIA else kind
        self.orgs.append(Org(row, domain, group, phone_base, founder))
