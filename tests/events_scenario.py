"""A small network for the event tests (local file and office server): metalworking companies
in Hagen and the EN-Kreis, a plastics company, a university; and the command line as a second
process."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import uuid
from datetime import date, timedelta
from pathlib import Path

import pdfplumber

from indie_desktop.domain.enums import (
    LegalBasis,
    OrganisationKind,
    ProjectKind,
    Salutation,
    TargetSubject,
)
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.events.criteria import Criteria
from indie_desktop.services.events.events import EventDraft
from indie_desktop.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
MM = 72 / 25.4


def cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The command line in its own process, as a user starts it."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "indie_desktop", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        timeout=300,
    )


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def org(ws: Workspace, name: str, city: str, wz: str = "25.62.0", **kw: object) -> uuid.UUID:
    postcodes = {"Hagen": "58095", "Schwelm": "58332", "Bochum": "44801", "Dortmund": "44135"}
    return ws.organisations.create(
        OrganisationDraft(
            name=name,
            street="Körnerstraße 12",
            postcode=postcodes[city],
            city=city,
            municipality=city if city != "Schwelm" else "Ennepe-Ruhr-Kreis",
            wz_code=wz,
            **kw,  # type: ignore[arg-type]
        )
    )


def person(
    ws: Workspace,
    first: str,
    last: str,
    org: uuid.UUID,
    *,
    salutation: Salutation = Salutation.HERR,
    email: str = "",
    legal_basis: LegalBasis | None = None,
) -> uuid.UUID:
    return ws.people.create(
        PersonDraft(
            salutation=salutation,
            first_name=first,
            last_name=last,
            function="Geschäftsführer",
            email=email,
            legal_basis=legal_basis,
            affiliations=[AffiliationDraft(organisation_id=org, is_primary=True)],
        )
    )


class Network:
    """Metalworking companies in Hagen and the EN-Kreis, a university in Bochum."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.yildiz_gmbh = org(ws, "Yıldız Metallbau GmbH", "Hagen", employee_band="10-49")
        self.wisniewski_kg = org(ws, "Wiśniewski Stahlbau KG", "Schwelm", employee_band="50-249")
        self.plastics = org(ws, "Kunststoff Ruhr GmbH", "Hagen", wz="22.21.0")
        self.university = org(
            ws, "Hochschule Bochum", "Bochum", wz="85.42.1", kind=OrganisationKind.UNIVERSITY
        )
        self.sukru = person(ws, "Şükrü", "Yıldız", self.yildiz_gmbh, email="sy@yildiz.de")
        self.lukasz = person(ws, "Łukasz", "Wiśniewski", self.wisniewski_kg)
        self.zoe = person(
            ws, "Zoë", "Ñúñez", self.university, salutation=Salutation.FRAU, email="zn@hs-bo.de"
        )
        self.plastic_man = person(ws, "Paul", "Plaste", self.plastics)

    def metal_group(self) -> Criteria:
        return Criteria(
            subject=TargetSubject.ORGANISATION,
            municipalities=("Hagen", "Ennepe-Ruhr-Kreis"),
            wz=("24", "25"),  # metal production and metal products
            kinds=(OrganisationKind.COMPANY.value,),
        )


def branchentreff(ws: Workspace, capacity: str = "") -> uuid.UUID:
    day = (date.today() + timedelta(days=30)).strftime("%d.%m.%Y")
    deadline = (date.today() + timedelta(days=20)).strftime("%d.%m.%Y")
    return ws.events.create(
        EventDraft(
            name="Branchentreff Metall Südwestfalen",
            kind=ProjectKind.SECTOR_MEETING,
            date=day,
            start_time="17:30",
            place="SIHK Hagen, Bahnhofstraße 18",
            capacity=capacity,
            registration_deadline=deadline,
            registration_link="https://www.indie-regionruhr.de/anmeldung",
            cost_eur="1.250,50",
            funding="EFRE/JTF NRW",
        )
    )
