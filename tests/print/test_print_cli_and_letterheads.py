"""The `print` command line and the institutions' letterheads."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from indie_desktop.cli import main
from indie_desktop.domain.errors import ConflictError, ValidationError
from indie_desktop.domain.models import AuditEntry, Institution, Referral
from indie_desktop.domain.network_members import NETWORK_MEMBERS
from indie_desktop.printing.letterhead import Letterhead, logo_image, resolve_logo
from indie_desktop.services.demo.generator import DemoSize, generate_demo
from indie_desktop.services.demo.logos import logo_name
from tests.print.world import World, page_text, pdf_pages


def pdf_pages_of(path: Path) -> int:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    return len(PdfReader(io.BytesIO(data)).pages)


def test_print_commands_write_valid_pdfs(world: World, tmp_path: Path, capsys) -> None:
    data = str(world.ws.db.path.parent)  # type: ignore[union-attr]
    out = tmp_path / "out"
    commands = {
        "sheet.pdf": ["contact-sheet", "--organisation", str(world.company)],
        "sheets.pdf": [
            "contact-sheet",
            "--organisation",
            str(world.company),
            "--organisation",
            str(world.partner),
        ],
        "person.pdf": ["person-sheet", "--person", str(world.zoe)],
        "letter.pdf": ["referral-letter", "--referral", str(world.referral), "--mirror"],
        "merge.pdf": [
            "mail-merge",
            "--template",
            "netzwerk_information",
            "--municipality",
            "Hagen",
        ],
        "labels.pdf": ["labels", "--layout", "L7163", "--query", "müller", "--start-cell", "3"],
        "orgs.pdf": ["labels", "--organisations", "--kind", "university"],
        "list.pdf": ["attendance-list", "--project", str(world.project)],
    }
    for name, args in commands.items():
        assert main(["print", *args, "--data-dir", data, "--out", str(out / name)]) == 0, name
        assert pdf_pages_of(out / name) >= 1
    assert pdf_pages_of(out / "sheets.pdf") == 2
    merged = page_text((out / "merge.pdf").read_bytes())
    assert len(merged) == 2  # Łukasz and Alex work in Hagen
    assert "Hochschule Bochum" in page_text((out / "orgs.pdf").read_bytes())[0]
    assert "2 letter(s), 0 skipped" in capsys.readouterr().out


def test_print_referral_letter_can_record_it_as_sent(world: World, tmp_path: Path) -> None:
    data = str(world.ws.db.path.parent)  # type: ignore[union-attr]
    args = ["print", "referral-letter", "--referral", str(world.referral), "--record"]
    assert main([*args, "--data-dir", data, "--out", str(tmp_path / "l.pdf")]) == 0
    with world.ws.db.session() as s:
        referral = s.get(Referral, world.referral)
        assert referral is not None and referral.letter_attachment_id is not None


def test_print_refuses_bad_input_with_a_message(world: World, tmp_path: Path, capsys) -> None:
    data = str(world.ws.db.path.parent)  # type: ignore[union-attr]
    out = str(tmp_path / "x.pdf")
    assert (
        main(
            [
                "print",
                "mail-merge",
                "--template",
                "gibtsnicht",
                "--kind",
                "company",
                "--data-dir",
                data,
                "--out",
                out,
            ]
        )
        == 2
    )
    assert "no letter template named" in capsys.readouterr().err
    assert (
        main(
            [
                "print",
                "mail-merge",
                "--template",
                "netzwerk_information",
                "--data-dir",
                data,
                "--out",
                out,
            ]
        )
        == 2
    )
    assert "Choose recipients" in capsys.readouterr().err
    assert (
        main(["print", "labels", "--municipality", "Nirgendwo", "--data-dir", data, "--out", out])
        == 2
    )
    assert not Path(out).exists()


def test_letterhead_is_edited_with_validation_and_audited(world: World) -> None:
    printing = world.ws.printing
    draft = printing.letterhead_draft()
    assert draft.name == "Wirtschaftsförderung Dortmund" and draft.postcode == "44147"
    bad = replace(draft, email="kein-mail", postcode="4414", name=" ", logo_path="/nope/logo.png")
    with pytest.raises(ValidationError) as info:
        printing.save_letterhead(bad)
    assert set(info.value.errors) == {"email", "postcode", "name", "logo_path"}
    good = replace(
        draft,
        footer="Stadtsparkasse Dortmund · IBAN DE12 4405 0199 0000 1234 56",
        logo_path="logos/wf-dortmund.png",
    )
    version = printing.save_letterhead(good)
    assert version == draft.version + 1
    with pytest.raises(ConflictError):
        printing.save_letterhead(replace(good, footer="veraltet"))  # still the old version
    page = pdf_pages(printing.contact_sheets([world.company]))[0]
    assert "Stadtsparkasse Dortmund" in page.extract_text()
    assert page.images  # the logo
    with world.ws.db.session() as s:
        changes = s.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.target_id == draft.institution_id, AuditEntry.action == "update"
            )
        ).all()
        assert any(c and "footer" in c for c in changes)
    sample = printing.letterhead_sample(replace(good, name="Neuer Name e.V."))
    assert "Neuer Name e.V." in page_text(sample)[0]


def test_demo_gives_every_institution_a_letterhead_with_a_printable_logo(local_db) -> None:
    generate_demo(local_db, DemoSize(organisations=20, people=40, activities=20))
    with local_db.session() as s:
        institutions = s.scalars(select(Institution)).all()
    assert len(institutions) == len(NETWORK_MEMBERS)
    for inst in institutions:
        assert inst.logo_path == logo_name(inst.short_name)
        assert resolve_logo(inst.logo_path) is not None
        assert logo_image(Letterhead.from_institution(inst)) is not None
        assert inst.footer and "IBAN" in inst.footer
        assert inst.email and inst.phone and inst.sender_line
