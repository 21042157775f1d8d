"""The command line other issues and scripts build on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from indie_desktop import __version__
from indie_desktop.cli import main
from indie_desktop.services.context import Actor
from indie_desktop.services.directory.staff import DirectoryService
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import open_local


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "indie_desktop", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=300,
    )


def test_python_dash_m_runs_the_same_command_line(tmp_path: Path) -> None:
    result = _run("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_demo_command_fills_the_database_reproducibly(tmp_path: Path, capsys: object) -> None:
    args = ["--organisations", "40", "--people", "120", "--activities", "100", "--seed", "7"]
    assert main(["demo", "--data-dir", str(tmp_path / "a"), *args]) == 0
    assert main(["demo", "--data-dir", str(tmp_path / "b"), *args]) == 0
    names = []
    for sub in ("a", "b"):
        db = open_local(tmp_path / sub)

        actor = DirectoryService(db).local_actor()
        ws = Workspace(db, actor or Actor.system())
        names.append([r.name for r in ws.organisations.page(ListQuery(), 0, 40)])
        assert ws.organisations.count(ListQuery()) >= 40
        db.dispose()
    assert names[0] == names[1]


def test_self_test_passes_on_a_fresh_data_folder(tmp_path: Path) -> None:
    result = _run("self-test", "--data-dir", str(tmp_path / "data"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout


def test_self_test_reports_an_unusable_database(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "indie.sqlite3").write_bytes(b"not a database" * 200)
    result = _run("self-test", "--data-dir", str(data), cwd=tmp_path)
    assert result.returncode == 1
    assert "not a usable database" in result.stderr


def test_self_test_knows_every_designer_form() -> None:
    from indie_desktop.cli.selftest import FORMS

    forms_dir = Path(__file__).resolve().parents[2] / "forms"
    assert sorted(FORMS) == sorted(p.stem for p in forms_dir.glob("*.ui"))


def _register(data_dir: Path) -> None:
    db = open_local(data_dir)
    directory = DirectoryService(db)
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    directory.register_local_user(choice, "Şükrü", "Yıldız", "s.yildiz@example.de")
    db.dispose()


def test_import_command_exit_status_tells_whether_every_row_went_in(
    tmp_path: Path, capsys: object
) -> None:
    data = tmp_path / "data"
    _register(data)
    good = tmp_path / "gut.csv"
    good.write_bytes("Firma;PLZ\r\nYıldız Metallbau GmbH;58095\r\n".encode("utf-8-sig"))
    mixed = tmp_path / "gemischt.csv"
    mixed.write_bytes("Firma;PLZ\r\nA GmbH;44135\r\nB GmbH;123\r\n".encode("cp1252"))
    broken = tmp_path / "kaputt.csv"
    broken.write_bytes(b"\x00\x01\x02PK")

    assert main(["import", str(good), "--data-dir", str(data), "--dry-run"]) == 0
    assert "dry run" in capsys.readouterr().out  # type: ignore[attr-defined]
    assert main(["import", str(good), "--data-dir", str(data)]) == 0
    # A postcode that is no German one costs no firm: it is kept in the notes and reported.
    assert main(["import", str(mixed), "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "Zeile 3, PLZ: 123 ist keine gültige deutsche Postleitzahl – als Notiz übernommen" in out
    assert main(["import", str(broken), "--data-dir", str(data)]) == 2
    assert main(["import", str(good), "--data-dir", str(data), "--on-duplicate", "skip"]) == 3

    db = open_local(data)
    ws = Workspace(db, Actor.system())
    names = [r.name for r in ws.organisations.page(ListQuery(), 0, 10)]
    db.dispose()
    assert names == ["A GmbH", "B GmbH", "Yıldız Metallbau GmbH"]

    # The same file again changes nothing (a 100 % match fills the existing firm) ...
    assert main(["import", str(good), "--data-dir", str(data)]) == 0
    # ... unless the user asks to import duplicates anyway.
    assert main(["import", str(good), "--data-dir", str(data), "--on-duplicate", "import"]) == 0
    capsys.readouterr()  # type: ignore[attr-defined]
    assert main(["duplicates", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "Yıldız Metallbau GmbH  <->  Yıldız Metallbau GmbH" in out


def test_redirected_output_on_a_german_windows_keeps_every_name(tmp_path: Path) -> None:
    """`search "Yıldız" > treffer.txt` where Python's redirected output is cp1252."""
    data = tmp_path / "data"
    _register(data)
    table = tmp_path / "firmen.csv"
    table.write_bytes("Firma;PLZ\r\nYıldız Metallbau GmbH;58095\r\n".encode("utf-8-sig"))
    assert main(["import", str(table), "--data-dir", str(data)]) == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="cp1252")
    out = tmp_path / "treffer.txt"
    with out.open("wb") as redirected:
        result = subprocess.run(
            [sys.executable, "-m", "indie_desktop", "search", "Yıldız", "--data-dir", str(data)],
            stdout=redirected,
            stderr=subprocess.PIPE,
            env=env,
            timeout=300,
            check=False,
        )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "Yıldız Metallbau GmbH" in out.read_text(encoding="utf-8")


def test_a_console_that_cannot_show_a_name_gets_a_question_mark_not_a_crash() -> None:
    import io

    from indie_desktop.cli.console import configure_output

    class Console(io.TextIOWrapper):
        def isatty(self) -> bool:
            return True

    raw = io.BytesIO()
    console = Console(raw, encoding="cp1252")
    configure_output((console,))
    print("Şükrü Yıldız", file=console, flush=True)
    assert raw.getvalue().decode("cp1252") == "?ükrü Y?ld?z\n"
