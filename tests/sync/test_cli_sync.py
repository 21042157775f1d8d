"""The command line: take a database offline, then sync and read the summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from indie_desktop.cli import main
from indie_desktop.sync.engine import without_password
from tests.integration.shared_fixtures import SharedServer
from tests.sync.helpers import Laptop, create_org, edit_org


def test_offline_init_and_sync_print_what_happened(
    shared: SharedServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    office = shared.dortmund.workspace()
    org = create_org(office, "Ennepe Kunststofftechnik GmbH", city="Gevelsberg")
    monkeypatch.setenv("PGPASSWORD", shared.dortmund.password)
    url = without_password(shared.dortmund.url)
    data_dir = tmp_path / "laptop"

    assert main(["offline", "init", "--data-dir", str(data_dir), "--url", url]) == 0
    assert "Replica in" in capsys.readouterr().out

    laptop = Laptop(data_dir, shared.dortmund)
    edit_org(laptop.workspace(), org, city="Ennepetal")
    edit_org(office, org, city="Schwelm")
    create_org(office, "Neue Firma Witten", city="Witten")
    laptop.close()
    office.db.dispose()

    assert main(["sync", "--data-dir", str(data_dir)]) == 3
    assert capsys.readouterr().out.strip().startswith("sent 1, received 1, merged 0, conflicts 1")
    capsys.readouterr()
    # Nothing new, but the conflict is still undecided: not a clean sync.
    assert main(["sync", "--data-dir", str(data_dir)]) == 3
    shown = capsys.readouterr()
    assert shown.out.startswith("sent 0, received 0, merged 0, conflicts 0")
    assert "1 undecided conflict(s) remain" in shown.err


def test_list_institutions_on_a_new_server_says_none_yet_and_what_add_staff_creates(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["admin", "init-shared", "--url", pg_url]) == 0
    capsys.readouterr()
    assert main(["admin", "list-institutions", "--url", pg_url]) == 0
    out = capsys.readouterr().out
    assert "No institutions on this server yet" in out
    assert "WF Dortmund" in out and "SIHK Hagen" in out


def test_sync_of_a_folder_that_is_no_replica_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sync", "--data-dir", str(tmp_path)]) == 1
    assert "run offline init first" in capsys.readouterr().err
