"""Where a local database may live, as Windows office PCs have it (simulated with PureWindowsPath,
a stubbed drive-type call and stubbed file attributes): shares and OneDrive/SharePoint-synced
folders are refused with advice, local long paths (`\\\\?\\C:\\...`) are accepted."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest

from indie_desktop.store import storage_place
from indie_desktop.store.database import StorageError, open_local
from indie_desktop.store.storage_place import SHARE, SYNCED, unsafe_place

LOCAL, REMOTE = 3, 4  # GetDriveTypeW: DRIVE_FIXED, DRIVE_REMOTE
ONEDRIVE_ENV = {"OneDriveCommercial": r"C:\Users\zoe.nunez\OneDrive - Wirtschaftsförderung"}


def _place(path: str, env: dict[str, str] | None = None, attributes: int = 0) -> str | None:
    return unsafe_place(
        PureWindowsPath(path),
        environ=env or {},
        drive_type_of=lambda root: REMOTE if root.upper().startswith("Z:") else LOCAL,
        attributes_of=lambda _path: attributes,
    )


@pytest.mark.parametrize(
    "path",
    [
        r"\\fileserver\crm\In-Die",
        r"\\?\UNC\fileserver\crm\In-Die",
        r"Z:\In-Die",  # a mapped drive
    ],
)
def test_shares_and_mapped_drives_are_shares(path: str) -> None:
    assert _place(path) == SHARE


def test_a_local_long_path_is_a_local_disk() -> None:
    long_folder = "\\".join(["Projekte"] * 40)
    assert _place(rf"\\?\C:\{long_folder}\In-Die") is None
    assert _place(r"C:\Users\Şükrü Yıldız\AppData\Local\In-Die") is None


def test_folders_synced_by_onedrive_for_business_are_refused() -> None:
    inside = r"C:\Users\zoe.nunez\OneDrive - Wirtschaftsförderung\Desktop\In-Die"
    assert _place(inside, ONEDRIVE_ENV) == SYNCED
    assert _place(inside.upper(), ONEDRIVE_ENV) == SYNCED  # Windows ignores case
    assert _place(r"C:\Users\zoe.nunez\OneDrive - Andere\In-Die", ONEDRIVE_ENV) is None


def test_a_personal_onedrive_folder_is_refused() -> None:
    env = {"OneDrive": r"D:\OneDrive"}
    assert _place(r"D:\OneDrive\Dokumente\In-Die", env) == SYNCED


def test_a_folder_with_cloud_file_attributes_is_refused() -> None:
    # SharePoint libraries synced elsewhere than the OneDrive folders: the attributes say it.
    pinned = storage_place.FILE_ATTRIBUTE_PINNED
    recall = storage_place.FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS
    assert _place(r"C:\Firma\Team - Dokumente\In-Die", attributes=pinned) == SYNCED
    assert _place(r"C:\Firma\Team - Dokumente\In-Die", attributes=recall) == SYNCED
    assert _place(r"C:\Firma\In-Die", attributes=0x10) is None  # a plain directory


def test_open_local_refuses_a_onedrive_folder_with_advice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced = tmp_path / "OneDrive - Wirtschaftsförderung"
    monkeypatch.setattr(storage_place, "ON_WINDOWS", True)
    monkeypatch.setattr(storage_place, "drive_type", lambda _root: LOCAL)
    monkeypatch.setattr(storage_place, "file_attributes", lambda _path: 0)
    monkeypatch.setenv("OneDriveCommercial", str(synced))
    with pytest.raises(StorageError, match="OneDrive"):
        open_local(synced / "Desktop" / "In-Die")
    assert not (synced / "Desktop").exists()  # nothing made there
    open_local(tmp_path / "In-Die").dispose()  # beside it is fine
