"""Letters in Word: every letter as .docx with the DIN 5008 layout of the PDF, an
institution's own Word template with merge fields filled for a mail merge."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from indie_desktop.interchange.docx_template import document_text, read_word_template
from indie_desktop.services.printing.word import docx_to_pdf, libreoffice
from tests.print.world import World, pdf_pages, words_between

WORD = Path(__file__).parents[1] / "files" / "word"
needs_libreoffice = pytest.mark.skipif(
    libreoffice() is None, reason="LibreOffice (soffice) renders Word documents as PDF"
)


def _document_xml(docx: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml").decode("utf-8")


def test_referral_letter_as_word_has_the_drafted_text(world: World) -> None:
    draft = world.ws.printing.referral_letter_draft(world.referral)
    draft.body += "\nEin Satz, in Word nachzubessern."
    docx = world.ws.printing.letter_docx(draft)
    text = document_text(docx)
    assert draft.salutation in text and draft.subject in text
    assert "Ein Satz, in Word nachzubessern." in text
    for line in draft.recipient_lines:
        assert line in text
    # The recipient as a frame in the Anschriftzone of DIN 5008 form B: 25 mm from the left,
    # 62.7 mm from the top (twips; 1 mm for the ascent of the first line).
    xml = _document_xml(docx)
    assert 'w:vAnchor="page" w:hAnchor="page" w:x="1417" w:y="3611"' in xml


@needs_libreoffice
def test_word_letter_rendered_keeps_the_din5008_address_window(world: World) -> None:
    draft = world.ws.printing.referral_letter_draft(world.referral)
    pdf = docx_to_pdf(world.ws.printing.letter_docx(draft))
    assert pdf is not None
    first = pdf_pages(pdf)[0]
    window = " ".join(w["text"] for w in words_between(first, 50, 90) if w["x0"] < 300)
    assert draft.recipient_lines[0].split()[0] in window
    subject = words_between(first, 95, 106)
    assert subject and subject[0]["text"] == draft.subject.split()[0]
    assert min(w["x0"] for w in subject) == pytest.approx(25 * 72 / 25.4, abs=2)


def test_mail_merge_as_word_one_document_with_a_page_per_letter(world: World) -> None:
    people = [world.lukasz, world.zoe, world.alex, world.homeless]
    result = world.ws.printing.mail_merge("netzwerk_information", people, as_docx=True)
    assert result.letters == 3 and [p for p, _ in result.skipped] == [world.homeless]
    text = document_text(result.docx)
    assert "Sehr geehrter Herr Wiśniewski," in text and "Sehr geehrte Frau Prof. Dr. Ñúñez," in text
    assert _document_xml(result.docx).count("<w:pageBreakBefore/>") == 2


def test_word_template_of_word_2010_lists_known_and_unknown_fields(
    world: World, tmp_path: Path
) -> None:
    info = world.ws.word_templates.register(WORD / "docx-mailmerge-winword2010.docx")
    assert info.fields[:3] == ["Titel", "Voornaam", "Achternaam"]
    assert "Titel" not in info.unknown and "Voornaam" in info.unknown
    assert [t.name for t in world.ws.word_templates.list()] == ["docx-mailmerge-winword2010.docx"]


def test_word_template_filled_per_person_and_as_one_document(world: World) -> None:
    ws = world.ws
    ws.word_templates.register(WORD / "docx-mailmerge-macword2011.docx")
    people = [world.lukasz, world.zoe, world.homeless]
    one = ws.word_templates.merge("docx-mailmerge-macword2011.docx", people)
    assert one.letters == 2 and [p for p, _ in one.skipped] == [world.homeless]
    assert one.unknown == ["address_line", "postal_code", "state", "country"]
    ((name, docx),) = one.documents
    assert name == "docx-mailmerge-macword2011 - Serienbrief.docx"
    text = document_text(docx)
    assert "Dear Łukasz," in text and "Dear Zoë," in text and "\f" in text
    assert "«" not in text and "MERGEFIELD" not in _document_xml(docx)
    each = ws.word_templates.merge("docx-mailmerge-macword2011.docx", people, each=True)
    assert [n for n, _ in each.documents] == [
        "docx-mailmerge-macword2011 - Łukasz Wiśniewski.docx",
        "docx-mailmerge-macword2011 - Prof. Dr. Zoë Ñúñez.docx",
    ]
    settings = zipfile.ZipFile(io.BytesIO(each.documents[0][1])).read("word/settings.xml")
    assert b"mailMerge" not in settings


def test_placeholders_typed_in_word_are_filled_even_when_word_split_them(tmp_path: Path) -> None:
    source = zipfile.ZipFile(WORD / "docx-mailmerge-winword2010.docx")
    xml = source.read("word/document.xml").decode("utf-8")
    # How Word stores "{{Firma}}" typed with a correction: three runs.
    split = (
        "<w:p><w:r><w:t>Firma: {{Fi</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>rm</w:t></w:r>"
        "<w:r><w:t>a}} in {{ Ort }}</w:t></w:r></w:p>"
    )
    xml = xml.replace("<w:body>", "<w:body>" + split, 1)
    target = tmp_path / "vorlage.docx"
    with zipfile.ZipFile(target, "w") as z:
        for item in source.namelist():
            z.writestr(item, xml if item == "word/document.xml" else source.read(item))
    template = read_word_template(target.read_bytes())
    assert template.fields[:2] == ["Firma", "Ort"]
    text = document_text(template.fill([{"Firma": "Müller & Söhne", "Ort": "Hagen"}]))
    assert text.startswith("Firma: Müller & Söhne in Hagen\n")


@needs_libreoffice
def test_word_merge_renders_a_pdf_with_libreoffice(world: World) -> None:
    world.ws.word_templates.register(WORD / "docx-mailmerge-macword2011.docx")
    result = world.ws.word_templates.merge("docx-mailmerge-macword2011.docx", [world.lukasz])
    pdf = docx_to_pdf(result.documents[0][1])
    assert pdf is not None and pdf.startswith(b"%PDF")
    assert "Dear Łukasz," in pdf_pages(pdf)[0].extract_text()


def test_without_libreoffice_the_docx_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    monkeypatch.setattr(Path, "is_file", lambda _self: False)
    assert docx_to_pdf(b"PK") is None


def test_print_command_writes_word_letters_and_fills_a_word_template(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from indie_desktop.cli import main

    data = str(world.ws.db.path.parent)  # type: ignore[union-attr]
    letter = tmp_path / "Vermittlung.docx"
    assert (
        main(
            [
                "print",
                "referral-letter",
                "--referral",
                str(world.referral),
                "--format",
                "docx",
                "--data-dir",
                data,
                "--out",
                str(letter),
            ]
        )
        == 0
    )
    assert "Sehr geehrte" in document_text(letter.read_bytes())
    merge = tmp_path / "Serienbrief.docx"
    merge_args = ["--municipality", "Hagen", "--format", "docx", "--data-dir", data]
    assert (
        main(
            [
                "print",
                "mail-merge",
                "--template",
                "netzwerk_information",
                *merge_args,
                "--out",
                str(merge),
            ]
        )
        == 0
    )
    assert document_text(merge.read_bytes()).count("Mit freundlichen Grüßen") == 2
    folder = tmp_path / "einzeln"
    template = WORD / "docx-mailmerge-winword2010.docx"
    assert (
        main(
            [
                "print",
                "word-merge",
                "--template",
                str(template),
                "--municipality",
                "Hagen",
                "--each",
                "--data-dir",
                data,
                "--out",
                str(folder),
            ]
        )
        == 0
    )
    err = capsys.readouterr().err
    assert "warning: the field «Voornaam» is unknown and stays empty" in err
    assert sorted(p.name for p in folder.iterdir()) == [
        "docx-mailmerge-winword2010 - Alex Schmidt.docx",
        "docx-mailmerge-winword2010 - Łukasz Wiśniewski.docx",
    ]
    assert main(["print", "word-templates", "--data-dir", data]) == 0
    assert "docx-mailmerge-winword2010.docx: Titel, Voornaam" in capsys.readouterr().out


def _marked_letter_docx() -> bytes:
    from indie_desktop.printing.docx_letter import letters_docx
    from indie_desktop.printing.letter import Letter
    from tests.print.test_letters import LETTERHEAD

    letter = Letter(
        LETTERHEAD,
        ["Gießerei Şükrü Yıldız GmbH", "Herrn Łukasz Wiśniewski", "Eisenstraße 1", "58095 Hagen"],
        "Ihre Anfrage",
        "Sehr geehrter Herr Wiśniewski,",
        "vielen Dank für Ihre Anfrage.",
        signature=["Zoë Ñúñez"],
    )
    return letters_docx([letter], "Brief")


def test_word_letter_carries_the_logo_and_the_fold_marks_in_its_header() -> None:
    docx = _marked_letter_docx()
    parts = zipfile.ZipFile(io.BytesIO(docx))
    header = parts.read("word/header1.xml").decode("utf-8")
    assert header.count('name="Faltmarke') == 2 and header.count('name="Lochmarke') == 1
    assert parts.read("word/media/logo.jpeg")[:2] == b"\xff\xd8"
    assert 'r:embed="rIdLogo"' in header


@needs_libreoffice
def test_word_letter_rendered_has_fold_marks_and_logo_where_din5008_wants_them() -> None:
    """Rendered through LibreOffice: marks at 105 and 210 mm (5 mm long) and the hole mark at
    148.5 mm (8 mm long) on the left edge; the logo top right within the letterhead zone,
    ending at the right margin (190 mm), 10 mm from the top, as in the PDF letter."""
    from indie_desktop.printing.letterhead import LOGO_MAX_HEIGHT, LOGO_MAX_WIDTH

    pdf = docx_to_pdf(_marked_letter_docx())
    assert pdf is not None
    page = pdf_pages(pdf)[0]
    mm = 72 / 25.4
    marks = sorted(
        (round(line["top"] / mm, 1), round((line["x1"] - line["x0"]) / mm, 1))
        for line in [*page.lines, *page.curves, *page.rects]
        if line["x0"] < 15 * mm and abs(line["bottom"] - line["top"]) < 1
    )
    assert [top for top, _ in marks] == pytest.approx([105.0, 148.5, 210.0], abs=0.5)
    assert [length for _, length in marks] == pytest.approx([5.0, 8.0, 5.0], abs=0.3)
    (logo,) = page.images
    assert logo["x1"] / mm == pytest.approx(190.0, abs=0.5)
    assert logo["top"] / mm == pytest.approx(10.0, abs=0.5)
    width, height = (logo["x1"] - logo["x0"]) / mm, (logo["bottom"] - logo["top"]) / mm
    assert width <= LOGO_MAX_WIDTH + 0.5 and height <= LOGO_MAX_HEIGHT + 0.5
    assert logo["bottom"] / mm < 45  # within the letterhead zone of form B
    # The letterhead text keeps clear of the logo.
    name = [w for w in page.extract_words() if w["text"] == "Wirtschaftsförderung"]
    assert name and all(w["x1"] < logo["x0"] for w in name)
