"""Issue 21, exact letters: DIN 5008 form B measured with pdfplumber against the standard's
numbers, addresses as the post and the reader expect them, every font embedded (pdffonts)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from indie_desktop.domain.enums import OrganisationKind, Salutation
from indie_desktop.printing.fonts import FONT, register_fonts
from indie_desktop.printing.layout import wrap
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.work.referrals import PartnerChoice, ReferralDraft
from tests.print.test_letters import LETTERHEAD, letter_pdf
from tests.print.world import MM, World, page_text, pdf_pages

# DIN 5008:2020 form B, in millimetres from the top edge of the page.
ADDRESS_FIELD_TOP = 45.0
NOTE_ZONE_HEIGHT = 17.7  # Zusatz- und Vermerkzone, filled from the bottom up
ADDRESS_ZONE_TOP = 62.7  # Anschriftzone ...
ADDRESS_ZONE_HEIGHT = 27.3  # ... to the field's bottom at 90 mm
ADDRESS_FIELD_LEFT = 20.0
ADDRESS_FIELD_RIGHT = 105.0
INFO_BLOCK_LEFT = 125.0


def _field_words(data: bytes) -> list[dict]:
    page = pdf_pages(data)[0]
    return [
        w
        for w in page.extract_words()
        if ADDRESS_FIELD_TOP * MM - 0.5 <= w["top"] < 95 * MM
        and w["x0"] < (INFO_BLOCK_LEFT - 1) * MM
    ]


def _zones(data: bytes, return_word: str) -> tuple[list[dict], list[dict]]:
    """(words of the return line, words of the recipient) in the address field."""
    words = _field_words(data)
    first = next(w for w in words if w["text"] == return_word)
    same_line = [w for w in words if abs(w["top"] - first["top"]) < 1]
    return same_line, [w for w in words if w not in same_line]


def test_return_line_sits_at_the_bottom_of_the_vermerkzone_right_above_the_address() -> None:
    data = letter_pdf(
        ["Hochschule Bochum", "Frau Prof. Dr. Zoë Ñúñez", "Am Campus 1", "44801 Bochum"]
    )
    return_line, _recipient = _zones(data, "Wirtschaftsförderung")
    assert return_line
    for w in return_line:
        assert w["top"] >= ADDRESS_FIELD_TOP * MM
        assert w["bottom"] <= ADDRESS_ZONE_TOP * MM
        # filled from the bottom up: directly above the Anschriftzone, not at the field's top
        assert w["bottom"] >= (ADDRESS_ZONE_TOP - 1.5) * MM, w["bottom"] / MM


@pytest.mark.parametrize("lines", [4, 6, 9])
def test_recipient_lies_inside_the_anschriftzone(lines: int) -> None:
    recipient = ["Hochschule Bochum", "Frau Prof. Dr. Zoë Ñúñez"]
    recipient += [f"Abteilung {i} Ärger" for i in range(lines - 4)]
    recipient += ["Am Hochschulcampus 1", "44801 Bochum"]
    data = letter_pdf(recipient)
    _return_line, words = _zones(data, "Wirtschaftsförderung")
    texts = [w["text"] for w in words]
    assert {"Hochschule", "Ñúñez", "44801", "Bochum"} <= set(texts)
    assert len({round(w["top"]) for w in words}) == lines  # one recipient line each
    for w in words:
        assert w["top"] >= ADDRESS_ZONE_TOP * MM, (w["text"], w["top"] / MM)
        assert w["bottom"] <= (ADDRESS_ZONE_TOP + ADDRESS_ZONE_HEIGHT) * MM, w["text"]
        assert ADDRESS_FIELD_LEFT * MM <= w["x0"] and w["x1"] <= ADDRESS_FIELD_RIGHT * MM


def test_letter_to_a_public_body_carries_no_legal_form_in_the_address(world: World) -> None:
    ws = world.ws
    tu = ws.organisations.create(
        OrganisationDraft(
            name="Technische Universität Dortmund",
            legal_form="KdöR",
            kind=OrganisationKind.UNIVERSITY,
            street="August-Schmidt-Straße 4",
            postcode="44227",
            city="Dortmund",
        )
    )
    agency = ws.organisations.create(
        OrganisationDraft(
            name="Agentur für Arbeit Dortmund AöR",
            street="Steinstraße 39",
            postcode="44147",
            city="Dortmund",
        )
    )
    need = ws.needs.create(NeedDraft(organisation_id=world.company, topic="Werkstoffprüfung"))
    for partner, name in (
        (tu, "Technische Universität Dortmund"),
        (agency, "Agentur für Arbeit Dortmund"),
    ):
        (rid,) = ws.referrals.create(ReferralDraft(need, [PartnerChoice(organisation_id=partner)]))
        draft = ws.printing.referral_letter_draft(rid)
        assert draft.recipient_lines[0] == name
        text = page_text(ws.printing.referral_letter(draft))[0]
        assert "KdöR" not in text and "AöR" not in text
    labels = page_text(ws.printing.labels([], [tu, agency], layout="L7163"))[0]
    assert "Technische Universität Dortmund" in labels
    assert "KdöR" not in labels and "AöR" not in labels


def test_letter_text_has_no_double_brackets_after_a_contact_with_a_function(world: World) -> None:
    ws = world.ws
    langern = ws.people.create(
        PersonDraft(
            salutation=Salutation.FRAU,
            first_name="Julia",
            last_name="Langern",
            function="Konstrukteurin",
            phone="02331 123458",
            affiliations=[AffiliationDraft(organisation_id=world.company, is_primary=True)],
        )
    )
    draft = ws.printing.referral_letter_draft(world.referral, contact_person_id=langern)
    assert ") (" not in draft.body
    assert "Frau Julia Langern (Konstrukteurin, Telefon 02331" in draft.body.replace("\xa0", " ")


def test_iban_in_the_footer_is_printed_in_groups_of_four() -> None:
    from dataclasses import replace

    lh = replace(
        LETTERHEAD, footer="Sparkasse Dortmund · IBAN DE12440501990000123456 · BIC DORTDE33"
    )
    import io

    from indie_desktop.printing.letter import Letter, LetterWriter, new_canvas

    buffer = io.BytesIO()
    canvas = new_canvas(buffer, "Test")
    LetterWriter(canvas).draw(Letter(lh, ["A", "44137 Dortmund"], "Betreff", "Hallo,", "Text"))
    canvas.save()
    text = page_text(buffer.getvalue())[0]
    assert "IBAN DE12 4405 0199 0000 1234 56 · BIC DORTDE33" in text


def test_the_letter_goes_to_the_contact_person_the_user_chose(world: World) -> None:
    ws = world.ws
    mirror = ws.printing.referral_letter_draft(world.referral, mirror=True)
    assert "Herrn Łukasz Wiśniewski" in mirror.recipient_lines
    chosen = ws.printing.referral_letter_draft(
        world.referral, mirror=True, contact_person_id=world.alex
    )
    assert "Alex Schmidt" in chosen.recipient_lines
    assert "Wiśniewski" not in " ".join(chosen.recipient_lines)
    assert chosen.salutation.startswith("Guten Tag Alex Schmidt")
    assert [p.name for p in ws.printing.contact_choices(world.referral)] == [
        "Alex Schmidt",
        "Łukasz Wiśniewski",
    ]


EMAIL = "maria-theresia.wisniewska-nunez@forschungsgesellschaft-oberflaechentechnik.example.de"


def test_an_email_address_too_long_for_its_column_is_broken_only_at_its_dots_and_at() -> None:
    register_fonts()
    lines = wrap(EMAIL, FONT, 8, 45 * MM)
    assert "".join(lines) == EMAIL and len(lines) > 1
    parts = set(re.split(r"(?=[@.])|(?<=-)", EMAIL))
    for line in lines:
        pieces = [p for p in re.split(r"(?=[@.])|(?<=-)", line) if p]
        assert all(p in parts for p in pieces), line


def test_contact_sheet_never_breaks_an_email_address_in_the_middle(world: World) -> None:
    ws = world.ws
    ws.people.create(
        PersonDraft(
            first_name="Maria-Theresia",
            last_name="Wiśniewska-Ñúñez",
            email=EMAIL,
            affiliations=[AffiliationDraft(organisation_id=world.company)],
        )
    )
    text = "\n".join(page_text(ws.printing.contact_sheets([world.company])))
    parts = set(re.split(r"(?=[@.])|(?<=-)", EMAIL))
    found = [line for line in text.splitlines() if any(p in line for p in ("@forsch", "maria-th"))]
    assert found
    for line in text.splitlines():
        for word in line.split():
            if word and word in EMAIL and len(word) > 3:
                pieces = [p for p in re.split(r"(?=[@.])|(?<=-)", word) if p]
                assert all(p in parts for p in pieces), word


# --- every font embedded --------------------------------------------------------------------


def _fonts(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    return [r.split() for r in rows]


def _documents(world: World, folder: Path) -> dict[str, bytes]:
    from datetime import date

    from indie_desktop.domain.outcomes import Period
    from indie_desktop.printing.report_funding import write_funding_report

    ws = world.ws
    docs = {
        "referral letter": ws.printing.referral_letter(
            ws.printing.referral_letter_draft(world.referral)
        ),
        "contact sheet": ws.printing.contact_sheets([world.company]),
        "person sheet": ws.printing.person_sheets([world.lukasz]),
        "labels": ws.printing.labels([world.lukasz], [world.partner], layout="L7163"),
        "attendance list": ws.printing.attendance_list(project_id=world.project),
        "letterhead sample": ws.printing.letterhead_sample(ws.printing.letterhead_draft()),
        "art. 14 letter": ws.printing.art14_letter(world.lukasz),
        "mail merge": ws.printing.mail_merge("netzwerk_information", [world.lukasz]).pdf,
        "access export": ws.privacy.export_access(
            world.lukasz, folder / "auskunft"
        ).pdf.read_bytes(),
    }
    report = ws.funding_report.build(Period(date(2026, 1, 1), date(2026, 12, 31)))
    write_funding_report(report, folder / "bericht.pdf")
    docs["funding report"] = (folder / "bericht.pdf").read_bytes()
    return docs


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_every_pdf_the_app_writes_embeds_every_font(world: World, tmp_path: Path) -> None:
    for name, data in _documents(world, tmp_path).items():
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(data)
        rows = _fonts(pdf)
        assert rows, name
        # columns: name type encoding emb sub uni object ID; "emb" is the 4th from the end
        unembedded = [r[0] for r in rows if r[-5] != "yes"]
        assert unembedded == [], f"{name}: {unembedded}"
