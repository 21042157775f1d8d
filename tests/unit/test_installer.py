"""The Windows installer as far as Linux can check it: names Windows accepts as file names, an
icon with every size Windows shows, a version resource from the one version number, updates
that replace the program folder, a self-test whose failure the installing person sees."""

from __future__ import annotations

import re
import struct
from pathlib import Path
from typing import Any

from indie_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "installer" / "indie-desktop.iss"
FORBIDDEN_IN_FILE_NAMES = set('<>:"/\\|?*')


def _sections(text: str) -> dict[str, list[str]]:
    """The .iss as {section: its non-comment lines}."""
    out: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            out.setdefault(current, [])
        elif current:
            out[current].append(line)
    return out


def _entry(line: str) -> dict[str, str]:
    """`Name: "x"; Filename: "y"` -> {"Name": "x", "Filename": "y"}."""
    found = re.findall(r'(\w+):\s*(?:"([^"]*)"|([^;]*))', line)
    return {key: quoted or plain.strip() for key, quoted, plain in found}


def _path_parts(value: str) -> list[str]:
    """The folder and file names a value becomes, Inno constants ({app}, {autoprograms}) removed."""
    without_constants = re.sub(r"\{[^{}]*\}", "", value)
    return [part for part in without_constants.split("\\") if part]


def test_shortcut_group_and_folder_names_have_no_character_windows_forbids() -> None:
    sections = _sections(ISS.read_text(encoding="utf-8"))
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    names = [setup["DefaultGroupName"], setup["DefaultDirName"], setup["OutputBaseFilename"]]
    names += [_entry(line)["Name"] for line in sections["Icons"]]
    assert len(names) >= 5
    for name in names:
        for part in _path_parts(name):
            assert not FORBIDDEN_IN_FILE_NAMES & set(part), f"{name!r} is no Windows file name"
            assert not part.endswith((" ", ".")), name


def test_the_icon_holds_every_size_windows_shows() -> None:
    data = (ROOT / "installer" / "indie-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)  # an icon, not a cursor
    sizes = set()
    for n in range(count):
        width, height = struct.unpack_from("<BB", data, 6 + 16 * n)
        size, offset = struct.unpack_from("<II", data, 6 + 16 * n + 8)
        assert offset + size <= len(data)
        sizes.add((width or 256, height or 256))  # 0 in the directory means 256
    assert {(s, s) for s in (16, 24, 32, 48, 64, 256)} <= sizes


class _Recorded:
    """Stands in for PyInstaller's version-info classes: keeps what it was built with."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs


def test_both_exes_get_a_version_resource_made_from_the_one_version_number(
    tmp_path: Path,
) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "installer"))
    try:
        from version_resource import write_version_file
    finally:
        sys.path.remove(str(ROOT / "installer"))
    path = write_version_file(tmp_path, __version__, "indie-desktop-cli", "In|Die Desktop")
    names = {
        n: type(n, (_Recorded,), {})
        for n in (
            "VSVersionInfo",
            "FixedFileInfo",
            "StringFileInfo",
            "StringTable",
            "StringStruct",
            "VarFileInfo",
            "VarStruct",
        )
    }
    info = eval(path.read_text(encoding="utf-8"), {"__builtins__": {}}, names)
    numbers = (*(int(n) for n in __version__.split(".")), 0)
    assert info.kwargs["ffi"].kwargs["filevers"] == numbers
    assert info.kwargs["ffi"].kwargs["prodvers"] == numbers
    table = info.kwargs["kids"][0].args[0][0].args[1]
    strings = {s.args[0]: s.args[1] for s in table}
    assert strings["FileVersion"] == strings["ProductVersion"] == __version__
    assert strings["OriginalFilename"] == "indie-desktop-cli.exe"
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert spec.count("version=") == 2 and "write_version_file" in spec
    assert "VersionInfoVersion={#AppVersion}" in ISS.read_text(encoding="utf-8")


def test_an_update_first_removes_the_old_program_files_but_no_user_data() -> None:
    sections = _sections(ISS.read_text(encoding="utf-8"))
    deleted = [_entry(line)["Name"] for line in sections["InstallDelete"]]
    assert r"{app}\_internal" in deleted
    assert all(name.startswith("{app}\\") for name in deleted)
    assert not any("data" in name.lower() or ".ini" in name.lower() for name in deleted)


def test_a_failing_self_test_is_shown_to_the_person_installing() -> None:
    text = ISS.read_text(encoding="utf-8")
    sections = _sections(text)
    assert not any("self-test" in line for line in sections["Run"])  # [Run] ignores exit codes
    code = "\n".join(sections["Code"])
    run_cli = r"Exec\(ExpandConstant\('\{app\}\\indie-desktop-cli\.exe'\), 'self-test'"
    assert re.search(run_cli, code)
    assert "ResultCode <> 0" in code and "MsgBox" in code
    assert "Exit-Code %1" in text  # German text with the exit code


def test_the_installer_offers_to_put_the_command_line_exe_on_the_path() -> None:
    sections = _sections(ISS.read_text(encoding="utf-8"))
    tasks = [_entry(line)["Name"] for line in sections["Tasks"]]
    assert "addtopath" in tasks
    registry = [_entry(line) for line in sections["Registry"]]
    assert {r["Root"] for r in registry if r.get("Tasks") == "addtopath"} == {"HKCU", "HKLM"}
    assert all(r["ValueName"] == "Path" and "{app}" in r["ValueData"] for r in registry)


def test_building_md_tells_it_to_install_for_all_users_on_applocker_pcs() -> None:
    text = (ROOT / "BUILDING.md").read_text(encoding="utf-8")
    assert "AppLocker" in text and "/ALLUSERS" in text
