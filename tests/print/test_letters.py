"""DIN 5008 letters: the address shows in the envelope window, marks sit at their heights,
salutations are correct German, special characters print and extract exactly."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from indie_desktop.domain.enums import Salutation
from indie_desktop.domain.models import Attachment, AuditEntry, Referral
from indie_desktop.printing import din5008 as din
from indie_desktop.printing.letter import Letter, LetterWriter, new_canvas
from indie_desktop.printing.letterhead import Letterhead
from indie_desktop.printing.salutation import address_name, salutation_line
from indie_desktop.printing.templates import TemplateError, render_template
from tests.print.world import MM, World, page_text, pdf_pages

LETTERHEAD = Letterhead(
    name="Wirtschaftsförderung Dortmund",
    sender_line="Wirtschaftsförderung Dortmund · Grüne Straße 2-8 · 44147 Dortmund",
    address_lines=("Grüne Straße 2-8", "44147 Dortmund"),
    phone="0231 502910",
    footer="Sparkasse Dortmund · IBAN DE12 4405 0199 0000 1234 56",
    logo_path="logos/wf-dortmund.png",
)


def letter_pdf(
    recipient: list[str], body: str = "kurzer Text.", salutation: str = "Guten Tag,"
) -> bytes:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, "Test")
    LetterWriter(canvas).draw(
        Letter(
            LETTERHEAD,
            recipient,
            "Betreff",
            salutation,
            body,
            info=[("Unser Zeichen", "AB/1"), ("Datum", "24.11.2026")],
            signature=["Anna Becker"],
        )
    )
    canvas.save()
    return buffer.getvalue()


def assert_inside_address_zone(data: bytes, expected_words: list[str]) -> None:
    page = pdf_pages(data)[0]
    zone = [
        w
        for w in page.extract_words()
        if din.ADDRESS_ZONE_TOP * MM - 1 <= w["top"]
        and w["x0"] < din.INFO_BLOCK_LEFT * MM - 1
        and w["top"] < 95 * MM
    ]
    texts = [w["text"] for w in zone]
    for word in expected_words:
        assert word in texts
    for w in zone:
        assert w["x0"] >= din.ADDRESS_TEXT_LEFT * MM - 0.5
        assert w["x1"] <= (din.ADDRESS_FIELD_LEFT + din.ADDRESS_FIELD_WIDTH) * MM, w
        assert w["bottom"] <= (din.ADDRESS_FIELD_TOP + din.ADDRESS_FIELD_HEIGHT) * MM


def test_recipient_lies_in_the_din_5008_address_zone_below_the_return_line(world: World) -> None:
    draft = world.ws.printing.referral_letter_draft(world.referral)
    data = world.ws.printing.referral_letter(draft)
    assert_inside_address_zone(data, ["Hochschule", "Bochum", "Frau", "Ñúñez", "44801"])
    page = pdf_pages(data)[0]
    return_zone = [
        w
        for w in page.extract_words()
        if din.ADDRESS_FIELD_TOP * MM <= w["top"]
        and w["bottom"] <= din.ADDRESS_ZONE_TOP * MM
        and w["x0"] < din.INFO_BLOCK_LEFT * MM - 1
    ]
    assert "Wirtschaftsförderung" in [w["text"] for w in return_zone]
    assert all(w["bottom"] - w["top"] < 3 * MM for w in return_zone)  # the small font


def test_long_names_and_addresses_wrap_or_shrink_inside_the_window() -> None:
    recipient = [
        "Forschungs- und Entwicklungsgesellschaft für Oberflächentechnik, Werkstoffprüfung "
        "und Qualitätssicherung Müller & Söhne GmbH & Co. KG",
        "Frau Prof. Dr.-Ing. habil. Maria-Theresia Wiśniewska-Ñúñez-Yıldız",
        "Abteilung Zentrale Beschaffung und Lieferantenentwicklung, Gebäude 7, 3. Obergeschoss",
        "Industriestraße 1234a",
        "58095 Hagen",
    ]
    data = letter_pdf(recipient)
    assert_inside_address_zone(data, ["Industriestraße", "1234a", "58095", "Hagen"])
    text = page_text(data)[0]
    assert "Qualitätssicherung" in text and "Wiśniewska-Ñúñez-Yıldız" in text


def test_too_many_address_lines_keep_the_town_line_in_the_window() -> None:
    recipient = [f"Zeile {i} mit einem recht langen Text, der umbrechen muss" for i in range(12)]
    data = letter_pdf([*recipient, "44137 Dortmund"])
    assert_inside_address_zone(data, ["44137", "Dortmund"])


def test_fold_and_hole_marks_are_drawn_at_105_148_5_and_210_mm(world: World) -> None:
    data = world.ws.printing.referral_letter(
        world.ws.printing.referral_letter_draft(world.referral)
    )
    lines = [ln for ln in pdf_pages(data)[0].lines if ln["x0"] < 15 * MM]
    heights = sorted(round(ln["top"] / MM, 1) for ln in lines)
    assert heights == [105.0, 148.5, 210.0]
    hole = next(ln for ln in lines if round(ln["top"] / MM, 1) == 148.5)
    fold = next(ln for ln in lines if round(ln["top"] / MM, 1) == 105.0)
    assert hole["x1"] - hole["x0"] > fold["x1"] - fold["x0"]  # the hole mark is the longer one


TITLES = ["", "Dr.", "Dr.-Ing.", "Prof.", "Prof. Dr.", "Prof. Dr.-Ing.", "Dipl.-Ing.", "Dipl.-Kfm."]
ADDRESSED = {
    "": "",
    "Dr.": "Dr. ",
    "Dr.-Ing.": "Dr. ",
    "Prof.": "Prof. ",
    "Prof. Dr.": "Prof. Dr. ",
    "Prof. Dr.-Ing.": "Prof. Dr. ",
    "Dipl.-Ing.": "",
    "Dipl.-Kfm.": "",
}


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("salutation", list(Salutation))
def test_salutation_for_every_salutation_and_title(salutation: Salutation, title: str) -> None:
    line = salutation_line(salutation, title, "Alex", "Kowalski")
    t = ADDRESSED[title]
    expected = {
        Salutation.FRAU: f"Sehr geehrte Frau {t}Kowalski,",
        Salutation.HERR: f"Sehr geehrter Herr {t}Kowalski,",
        Salutation.DIVERS: f"Guten Tag {t}Alex Kowalski,",
        Salutation.NONE: f"Guten Tag {t}Alex Kowalski,",
    }[salutation]
    assert line == expected


def test_salutation_examples_from_the_issue_and_without_a_name() -> None:
    assert salutation_line("frau", "Prof. Dr.", "Anna", "Kowalski") == (
        "Sehr geehrte Frau Prof. Dr. Kowalski,"
    )
    assert salutation_line("herr", None, "Mehmet", "Yılmaz") == "Sehr geehrter Herr Yılmaz,"
    assert salutation_line("divers", "", "Alex", "Schmidt") == "Guten Tag Alex Schmidt,"
    assert salutation_line(None, None, None, None) == "Sehr geehrte Damen und Herren,"
    assert address_name("herr", "Dipl.-Ing.", "Jan", "Berg") == "Herrn Dipl.-Ing. Jan Berg"


def test_referral_letter_salutes_the_partner_and_the_mirror_letter_the_company(
    world: World,
) -> None:
    printing = world.ws.printing
    to_partner = printing.referral_letter_draft(world.referral)
    assert to_partner.salutation == "Sehr geehrte Frau Prof. Dr. Ñúñez,"
    assert to_partner.recipient_lines[:2] == ["Hochschule Bochum", "Frau Prof. Dr. Zoë Ñúñez"]
    assert "Prüfstand für Hydraulikventile" in to_partner.body
    assert "Müller & Söhne GmbH & Co. KG" in to_partner.subject
    mirror = printing.referral_letter_draft(world.referral, mirror=True)
    assert mirror.salutation == "Sehr geehrter Herr Wiśniewski,"
    assert mirror.recipient_lines[0] == "Müller & Söhne GmbH & Co. KG"
    assert "Hochschule Bochum" in mirror.body
    assert mirror.info["Ansprechpartner"] == "Şükrü Yıldız"


def test_special_characters_print_and_extract_exactly(world: World) -> None:
    printing = world.ws.printing
    draft = printing.referral_letter_draft(world.referral, mirror=True)
    draft.body += "\nSchätzung: 12.500,00 € netto – Rückfragen an Şükrü Yıldız."
    text = page_text(printing.referral_letter(draft))[0]
    for expected in (
        "Łukasz Wiśniewski",
        "Şükrü Yıldız",
        "Zoë Ñúñez",
        "Müller & Söhne GmbH & Co. KG",
        "12.500,00 €",
    ):
        assert expected in text


def test_edited_draft_prints_as_edited(world: World) -> None:
    printing = world.ws.printing
    draft = printing.referral_letter_draft(world.referral)
    draft.subject = "Ein ganz anderer Betreff"
    draft.body = "Nur dieser Satz."
    text = page_text(printing.referral_letter(draft))[0]
    assert "Ein ganz anderer Betreff" in text and "Nur dieser Satz." in text
    assert "Hydraulikventile" not in text


def test_multi_page_letters_are_numbered_seite_1_von_2() -> None:
    short = page_text(letter_pdf(["Firma", "Straße 1", "44137 Dortmund"]))
    assert len(short) == 1 and "Seite" not in short[0]
    body = "\n\n".join(["Ein Absatz mit etwas Text, der die Seite füllt. " * 6] * 9)
    pages = page_text(letter_pdf(["Firma", "Straße 1", "44137 Dortmund"], body))
    assert len(pages) == 2
    assert "Seite 1 von 2" in pages[0] and "Seite 2 von 2" in pages[1]
    assert "Mit freundlichen Grüßen" in pages[1]


def test_template_placeholders_are_substituted_never_evaluated() -> None:
    assert render_template("Hallo {name}, {{wörtlich}}", {"name": "Zoë"}) == "Hallo Zoë, {wörtlich}"
    with pytest.raises(TemplateError, match=r"Unknown placeholder \{firma\}"):
        render_template("Sehr geehrte {firma}", {"company": "X"})
    for attack in ("{company.__class__}", "{company[0]}", "{company!r}", "{company:>99}"):
        with pytest.raises(TemplateError, match="not allowed"):
            render_template(attack, {"company": "X"})
    with pytest.raises(TemplateError, match="brace"):
        render_template("offen {", {})


def test_a_user_template_with_an_unknown_placeholder_is_refused_clearly(world: World) -> None:
    folder = world.ws.printing.templates_dir
    assert folder is not None
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mein_brief.txt").write_text(
        "title: Mein Brief\nsubject: Hallo\n---\nLiebe {vorname},", "utf-8"
    )
    assert "mein_brief" in [t.name for t in world.ws.printing.templates()]
    with pytest.raises(TemplateError, match=r"\{vorname\}"):
        world.ws.printing.mail_merge("mein_brief", [world.lukasz])


def test_recording_the_letter_keeps_the_pdf_and_dates_the_referral(world: World) -> None:
    printing = world.ws.printing
    pdf = printing.referral_letter(printing.referral_letter_draft(world.referral))
    attachment_id = printing.record_letter_sent(world.referral, pdf)
    rows = world.ws.attachments.list_for("referral", world.referral)
    assert [r.id for r in rows] == [attachment_id]
    assert rows[0].filename.endswith(".pdf") and rows[0].size == len(pdf)
    assert world.ws.attachments.open_path(attachment_id).read_bytes() == pdf
    with world.ws.db.session() as s:
        referral = s.get(Referral, world.referral)
        assert referral is not None
        assert referral.letter_attachment_id == attachment_id
        assert referral.letter_sent_on is not None
        trail = s.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.target_id == world.referral, AuditEntry.action == "update"
            )
        ).all()
        assert any(c and "letter_sent_on" in c for c in trail)
        assert s.get(Attachment, attachment_id) is not None


def test_a_referral_letter_can_use_any_letter_template(world: World) -> None:
    printing = world.ws.printing
    for template in printing.templates():
        draft = printing.referral_letter_draft(world.referral, template_name=template.name)
        assert draft.template_name == template.name and draft.body
    invitation = printing.referral_letter_draft(
        world.referral, template_name="einladung_branchentreff"
    )
    assert "Hochschule Bochum" in invitation.body  # {organisation}: the recipient's
