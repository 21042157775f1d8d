"""Contact sheets, mail merge, labels and attendance lists, checked in the PDF the user gets."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from indie_desktop.domain.errors import Cancelled, ValidationError
from indie_desktop.printing.address_labels import LAYOUTS
from tests.print.world import MM, World, page_text, pdf_pages


def test_contact_sheet_shows_what_a_visit_needs(world: World) -> None:
    text = "\n".join(page_text(world.ws.printing.contact_sheets([world.company])))
    for expected in (
        "Wirtschaftsförderung Dortmund",  # the user's letterhead
        "Müller & Söhne GmbH & Co. KG",
        "Körnerstraße 12, 58095 Hagen",
        "02331 123456",
        "Łukasz Wiśniewski",
        "Geschäftsführer",
        "02331 123457",
        "Alex Schmidt",
        "Prüfstand für Hydraulikventile",
        "In Vermittlung",  # the need status as the app labels it (one German wording)
        "an Hochschule Bochum",
        "Angebot für Prüfstand einholen",
        "Şükrü Yıldız",  # responsible staff
        "5.000 €",
    ):
        assert expected in text, expected


def test_contact_sheet_dates_open_needs_by_the_day_they_were_found(world: World) -> None:
    """A need found on a visit months ago shows that day, not the day it was typed in."""
    from sqlalchemy import update

    from indie_desktop.domain.models import Need

    with world.ws.db.session() as s:
        s.execute(
            update(Need)
            .where(Need.organisation_id == world.company)
            .values(found_on=date(2026, 3, 17))
        )
    text = "\n".join(page_text(world.ws.printing.contact_sheets([world.company])))
    assert "17.03.2026" in text


def test_several_organisations_give_one_pdf_with_a_sheet_each(world: World) -> None:
    pages = page_text(world.ws.printing.contact_sheets([world.company, world.partner]))
    assert len(pages) == 2
    assert "Müller & Söhne" in pages[0] and "Hochschule Bochum" in pages[1]
    assert "Ñúñez" in pages[1]
    assert "Seite" not in pages[0]  # one-page sheets carry no page number


def test_person_sheet_lists_organisations_and_contacts(world: World) -> None:
    text = page_text(world.ws.printing.person_sheets([world.lukasz]))[0]
    assert "Łukasz Wiśniewski" in text
    assert "Müller & Söhne GmbH & Co. KG" in text
    assert "Firmenbesuch bei" in text and "Angebot für Prüfstand" in text


def test_mail_merge_writes_one_letter_each_and_skips_people_without_address(
    world: World,
) -> None:
    seen: list[tuple[int, int]] = []
    result = world.ws.printing.mail_merge(
        "einladung_branchentreff",
        [world.lukasz, world.homeless, world.zoe, world.street_less, world.alex],
        progress=lambda done, total: seen.append((done, total)),
    )
    assert result.letters == 3
    assert {pid for pid, _reason in result.skipped} == {world.homeless, world.street_less}
    assert all("postal address" in reason for _pid, reason in result.skipped)
    assert seen[-1] == (5, 5)
    pages = page_text(result.pdf)
    assert len(pages) == 3
    assert "Sehr geehrter Herr Wiśniewski," in pages[0]
    assert "Sehr geehrte Frau Prof. Dr. Ñúñez," in pages[1]
    assert "Guten Tag Alex Schmidt," in pages[2]
    assert "Müller & Söhne GmbH & Co. KG" in pages[0]  # {organisation} in the body


def test_mail_merge_stops_when_cancelled(world: World) -> None:
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(Cancelled):
        world.ws.printing.mail_merge(
            "einladung_branchentreff", [world.lukasz, world.zoe, world.alex], cancelled=cancelled
        )
    assert len(asked) == 3


@pytest.mark.parametrize(("layout", "start"), [("3474", 0), ("3474", 4), ("L7163", 3)])
def test_labels_land_in_their_cells(world: World, layout: str, start: int) -> None:
    people = [world.lukasz, world.zoe, world.alex, world.homeless]
    data = world.ws.printing.labels(people, [world.partner], layout=layout, start_cell=start)
    page = pdf_pages(data)[0]
    sheet = LAYOUTS[layout]
    words = page.extract_words()
    expected = ["Wiśniewski", "Ñúñez", "Schmidt", "Bochum"]  # the homeless person is left out
    for offset, word in enumerate(expected):
        left, top, width, height = sheet.cell(start + offset)
        hits = [w for w in words if w["text"] == word]
        inside = [
            w
            for w in hits
            if left * MM <= w["x0"]
            and w["x1"] <= (left + width) * MM
            and top * MM <= w["top"]
            and w["bottom"] <= (top + height) * MM
        ]
        assert inside, (word, hits)
    assert "Firma" not in page.extract_text()


def test_labels_refuse_a_start_cell_outside_the_sheet(world: World) -> None:
    with pytest.raises(ValidationError) as info:
        world.ws.printing.labels([world.lukasz], layout="L7163", start_cell=14)
    assert "start_cell" in info.value.errors


def test_attendance_list_has_participants_and_a_signature_column(world: World) -> None:
    text = page_text(world.ws.printing.attendance_list(project_id=world.project))[0]
    assert "Branchentreff Metall 2026" in text
    assert "Unterschrift" in text
    for name in ("Łukasz Wiśniewski", "Prof. Dr. Zoë Ñúñez", "Alex Schmidt"):
        assert name in text
    numbers = [
        w["text"]
        for w in pdf_pages(world.ws.printing.attendance_list(project_id=world.project))[
            0
        ].extract_words()
    ]
    assert "11" in numbers  # eight numbered blank rows for walk-ins after the three people
    activity = page_text(world.ws.printing.attendance_list(activity_id=world.activity))[0]
    assert "Łukasz Wiśniewski" in activity and "Ñúñez" not in activity


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler) not installed")
def test_documents_render_to_png_for_looking_at(world: World, tmp_path: Path) -> None:
    printing = world.ws.printing
    documents = {
        "letter": printing.referral_letter(printing.referral_letter_draft(world.referral)),
        "sheet": printing.contact_sheets([world.company]),
        "labels": printing.labels([world.lukasz, world.zoe], layout="3474"),
        "attendance": printing.attendance_list(project_id=world.project),
    }
    for name, pdf in documents.items():
        source = tmp_path / f"{name}.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                str(source),
                str(tmp_path / name),
            ],
            check=True,
            timeout=60,
        )
        png = next(tmp_path.glob(f"{name}-*.png"))
        assert png.read_bytes().startswith(b"\x89PNG")
        assert png.stat().st_size > 8_000, name  # a blank A4 page at 60 dpi is ~1 kB


def test_blank_rows_of_an_attendance_list_never_start_a_new_page(world: World) -> None:
    people = [world.lukasz, world.zoe, world.alex]
    data = world.ws.printing.attendance_list(person_ids=people, blank_rows=200)
    assert len(pdf_pages(data)) == 1
