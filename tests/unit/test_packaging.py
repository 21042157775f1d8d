"""What the frozen build needs: resources found under sys._MEIPASS, and build.spec shipping every
resource, plugin and dynamically loaded module the code uses — checked without building."""

from __future__ import annotations

import ast
import re
import shutil
import sys
import tomllib
from pathlib import Path

import pytest

from indie_desktop import __version__
from indie_desktop.resources import package_path, resource_path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "indie_desktop"
SPEC = ROOT / "build.spec"


def spec_lists() -> dict[str, list[str]]:
    """The literal lists assigned at the top level of build.spec."""
    found: dict[str, list[str]] = {}
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.List):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    try:
                        found[target.id] = ast.literal_eval(node.value)
                    except ValueError:
                        continue
    return found


def resource_dirs_used_by_code() -> set[str]:
    """First arguments of resource_path("icons", ...) calls anywhere in the package."""
    used: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "resource_path"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                used.add(str(node.args[0].value))
    return used


# --- the resource finder ---------------------------------------------------------------------


def test_resources_are_found_beside_the_package_when_not_frozen() -> None:
    assert not hasattr(sys, "_MEIPASS")
    assert resource_path("icons", "app.svg") == PACKAGE / "resources" / "icons" / "app.svg"
    assert resource_path("icons", "app.svg").is_file()
    assert package_path("store", "migrations").is_dir()


def test_resources_are_found_under_meipass_in_a_frozen_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The layout PyInstaller's onedir makes: _internal/indie_desktop/resources/...
    bundle = tmp_path / "_internal"
    shutil.copytree(PACKAGE / "resources", bundle / "indie_desktop" / "resources")
    shutil.copytree(
        PACKAGE / "store" / "migrations", bundle / "indie_desktop" / "store" / "migrations"
    )
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    icon = resource_path("icons", "app.svg")
    assert icon == bundle / "indie_desktop" / "resources" / "icons" / "app.svg"
    assert icon.is_file()
    assert resource_path("translations", "indie_de.qm").is_file()
    assert package_path("store", "migrations", "env.py").is_file()

    from indie_desktop.cli.selftest import _check_resources
    from indie_desktop.ui.i18n import install_translator

    # The self-test and the translator look in the bundle, not in the source tree.
    assert _check_resources() == []
    (bundle / "indie_desktop" / "resources" / "translations" / "indie_de.qm").unlink()
    assert any("German translation" in p for p in _check_resources())
    assert callable(install_translator)


# --- build.spec ------------------------------------------------------------------------------


def test_every_package_data_dir_in_the_spec_exists() -> None:
    lists = spec_lists()
    assert lists["PACKAGE_DATA_DIRS"] == ["resources", "store/migrations"]
    for subdir in lists["PACKAGE_DATA_DIRS"]:
        assert (PACKAGE / subdir).is_dir(), subdir


def test_every_resource_folder_the_code_uses_ships_with_the_build() -> None:
    """The spec ships the whole resources tree; every folder the code asks for must be in it
    and hold files (fonts with their licence, templates, icons, translations)."""
    used = resource_dirs_used_by_code()
    assert {"icons", "translations"} <= used
    for name in sorted(used):
        folder = PACKAGE / "resources" / name
        assert folder.is_dir() and any(folder.iterdir()), f"resources/{name} is used but missing"
    shipped = {p.name for p in (PACKAGE / "resources").iterdir() if p.is_dir()}
    assert used <= shipped
    fonts = PACKAGE / "resources" / "fonts"
    assert {"fonts", "templates"} <= used  # printing's fonts and letter templates
    if fonts.is_dir():  # fonts travel with their licence
        assert any(p.stem.upper().startswith(("LICENSE", "LICENCE")) for p in fonts.iterdir())
    # Icons are all vector graphics (sharp at any scale factor).
    assert {p.suffix for p in (PACKAGE / "resources" / "icons").iterdir()} == {".svg"}


def test_the_spec_collects_data_packages_that_exist() -> None:
    import importlib.util

    for package in spec_lists()["DATA_PACKAGES"]:
        assert importlib.util.find_spec(package) is not None, package
    assert "tzdata" in spec_lists()["DATA_PACKAGES"]  # Windows has no zone database


def test_the_spec_skips_optional_windows_modules_that_are_missing_here() -> None:
    """OPTIONAL_IMPORTS names Windows-only modules (win32com.client); off Windows their
    package is missing and the build must go on without them (find_spec of a dotted name
    raised there and stopped the Linux build)."""
    namespace: dict[str, object] = {}
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef) and node.name == "importable":
            code = ast.Module(
                body=[ast.Import(names=[ast.alias("importlib.util")]), node], type_ignores=[]
            )
            exec(compile(ast.fix_missing_locations(code), str(SPEC), "exec"), namespace)
    importable = namespace["importable"]
    assert callable(importable)
    optional = spec_lists()["OPTIONAL_IMPORTS"]
    assert "win32com.client" in optional
    for name in optional:
        assert importable(name) in (True, False)
    assert importable("json") is True
    assert importable("no_such_package_here.client") is False


def test_the_spec_names_the_qt_plugins_and_keyring_backends() -> None:
    lists = spec_lists()
    assert {"platforms", "imageformats", "iconengines", "printsupport"} <= set(
        lists["QT_PLUGIN_TYPES"]
    )
    assert "PySide6.QtSvg" in lists["QT_MODULES"]  # SVG icons and the svg icon engine
    assert "PySide6.QtPdf" in lists["QT_MODULES"]  # the print preview
    assert "win32timezone" in lists["OPTIONAL_IMPORTS"]
    backends = set(lists["KEYRING_BACKENDS"])
    assert {"keyring.backends.Windows", "keyring.backends.macOS"} <= backends
    assert "keyring.backends.SecretService" in backends
    import importlib.util

    for module in lists["KEYRING_BACKENDS"] + lists["DYNAMIC_IMPORTS"]:
        assert importlib.util.find_spec(module) is not None, module
    assert "keyring" in lists["METADATA"]  # backends are found through entry points


def test_the_spec_has_nothing_specific_to_linux() -> None:
    text = SPEC.read_text(encoding="utf-8")
    code = "\n".join(line.split("#", 1)[0] for line in text.splitlines())
    for marker in (".so", "/usr/", "linux", "xcb", "platform ==", "sys.platform", "posix"):
        assert marker not in code.lower(), marker
    assert (ROOT / "installer" / "indie-desktop.ico").is_file()


def test_the_installer_script_packs_the_onedir_folder() -> None:
    iss = (ROOT / "installer" / "indie-desktop.iss").read_text(encoding="utf-8")
    assert r"dist\indie-desktop\*" in iss
    assert "recursesubdirs" in iss
    assert "indie-desktop.exe" in iss
    assert "signtool" in (ROOT / "BUILDING.md").read_text(encoding="utf-8")


# --- one version number --------------------------------------------------------------------


def test_the_version_is_kept_in_one_place() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "indie_desktop.__version__"
    }
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    iss = (ROOT / "installer" / "indie-desktop.iss").read_text(encoding="utf-8")
    assert __version__ not in iss  # the installer is told the version when it is built


def test_every_dependency_is_named_with_its_licence_in_about() -> None:
    from indie_desktop.licences import COMPONENTS

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    named = {c.distribution.lower() for c in COMPONENTS}
    for requirement in project["project"]["dependencies"]:
        name = re.split(r"[\[<>=!~ ]", requirement, maxsplit=1)[0].lower()
        assert name in named, f"{name} is bundled but not listed in licences.py"
    assert all(c.licence for c in COMPONENTS)
