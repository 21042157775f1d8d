"""Printing on a real CUPS queue (cups-pdf) from the command line, through the same print path
as the GUI's print button: the PDF itself reaches the spool, with copies and duplex."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader

from indie_desktop.cli import main
from tests.cups_queue import CupsQueue
from tests.print.world import World

LETTER_PAGE_SPOOL_LIMIT = 200_000  # bytes per letter page in the spool (issue 20)


def _job(out: str) -> str:
    found = re.search(r"as job (\S+):", out)
    assert found, out
    return found.group(1)


def test_a_scripted_mail_merge_prints_two_sided_on_the_office_queue(
    world: World, cups: CupsQueue, tmp_path: Path, capsys
) -> None:
    data = str(world.ws.db.path.parent)  # type: ignore[union-attr]
    args = ["print", "mail-merge", "--template", "netzwerk_information", "--municipality", "Hagen"]
    args += ["--data-dir", data, "--printer", cups.queue, "--copies", "2", "--duplex", "long"]
    args += ["--out", str(tmp_path / "merge.pdf")]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "2 letter(s), 0 skipped" in out and f"sent to printer {cups.queue}" in out
    job = _job(out)
    attributes = cups.control_file(job)
    assert b"two-sided-long-edge" in attributes
    assert b"copies\x00\x04\x00\x00\x00\x02" in attributes
    written = (tmp_path / "merge.pdf").read_bytes()
    assert cups.spooled_bytes(job) == len(written)  # the PDF itself went to the spool
    pages = len(PdfReader(io.BytesIO(written)).pages)
    assert cups.spooled_bytes(job) / pages <= LETTER_PAGE_SPOOL_LIMIT
    printed = PdfReader(cups.printed_pdf(job))
    text = " ".join(page.extract_text() for page in printed.pages)
    # Text, not a picture (ghostscript in cups-pdf re-encodes the fonts, so only ASCII is
    # compared here; the names are checked in the PDF that was sent, which is the spool file)
    assert text.count("Mit freundlichen") == 2
    assert len(printed.pages) == pages


def test_every_print_command_takes_a_printer(world: World, cups: CupsQueue, capsys) -> None:
    data = str(world.ws.db.path.parent)  # type: ignore[union-attr]
    commands = [
        ["contact-sheet", "--organisation", str(world.company)],
        ["person-sheet", "--person", str(world.zoe)],
        ["referral-letter", "--referral", str(world.referral)],
        ["labels", "--layout", "3474", "--query", "müller"],
        ["attendance-list", "--project", str(world.project)],
    ]
    for command in commands:
        assert main(["print", *command, "--data-dir", data, "--printer", cups.queue]) == 0
        job = _job(capsys.readouterr().out)
        assert PdfReader(cups.printed_pdf(job)).pages, command


def test_an_unknown_printer_is_named_in_the_error(world: World, cups: CupsQueue, capsys) -> None:
    data = str(world.ws.db.path.parent)  # type: ignore[union-attr]
    args = ["print", "contact-sheet", "--organisation", str(world.company), "--data-dir", data]
    assert main([*args, "--printer", "Drucker-3.OG"]) == 1
    assert "Drucker-3.OG" in capsys.readouterr().err


def test_print_needs_a_file_or_a_printer(world: World, capsys) -> None:
    data = str(world.ws.db.path.parent)  # type: ignore[union-attr]
    assert (
        main(["print", "contact-sheet", "--organisation", str(world.company), "--data-dir", data])
        == 2
    )
    assert "--printer" in capsys.readouterr().err
