"""Update the German translation: lupdate over the sources into the .ts, then lrelease to .qm.

Run after changing user-visible texts, translate the new entries (Qt Linguist:
``pyside6-linguist indie_desktop/resources/translations/indie_de.ts``), run it again and
commit the .ts and the .qm:

    python tools/update_translations.py

lupdate reads ``indie_desktop/app.py``, ``indie_desktop/domain/enum_labels.py`` (the enums'
labels, also used without Qt by the command line and the printouts),
``indie_desktop/domain/list_columns.py`` (the lists' headers, also used by the exports),
``indie_desktop/ui/**/*.py`` and the Designer forms ``forms/*.ui`` (not the generated
``ui_*.py``: the forms carry the same texts under the same context, the form's class name,
which is what the generated code passes to ``QCoreApplication.translate``). Existing
translations are kept; texts that disappeared from the sources stay in the file marked as
vanished, so lrelease leaves them out.

Some texts are translated at run time although no ``tr()`` call names them, so lupdate
cannot see them. This script adds them through a generated list of messages:

- ``services``: the English messages of the services and of the domain validation
  (``FieldError``, ``FieldCollector.fail``, ``ValidationError``, ``ConflictError`` ...), as
  the first-run dialog and the task runner pass them to ``translate("services", message)``;
  "At most N characters" once for every length limit the services use;
- ``validation``: the same field messages, which the record dialogs look up there;
- ``first_run``: the demo generator's phase names (``services/demo/generator.py``);
- the UI's own ``tr()``/``translate()`` texts once more: lupdate misses those written inside
  an f-string (``f"({self.tr('primary')})"``);
- messages with ``%n`` marked by ``QT_TRANSLATE_NOOP`` are looked up with a count, so they
  are entered as plural messages (German needs both forms; lupdate alone would make them
  singular).

The generated lists live in a temporary folder; their locations are removed from the .ts.
tests/ui/test_translations.py fails when the .ts misses a text of the sources, when a text
is untranslated, or when the .qm is not what lrelease makes of the .ts.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "indie_desktop"
FORMS_DIR = ROOT / "forms"
TRANSLATIONS_DIR = PACKAGE / "resources" / "translations"
TS_FILE = TRANSLATIONS_DIR / "indie_de.ts"
QM_FILE = TRANSLATIONS_DIR / "indie_de.qm"
SOURCE_LANGUAGE = "en"
TARGET_LANGUAGE = "de_DE"

# Generated lists of messages for lupdate; their locations are removed from the .ts again.
GENERATED_PREFIX = "lupdate_generated_"

SERVICES_CONTEXT = "services"
VALIDATION_CONTEXT = "validation"
DEMO_CONTEXT = "first_run"

# Exceptions whose (first) argument is a message for the user.
FIELD_ERRORS = {"FieldError"}
SERVICE_ERRORS = {"ConflictError", "NotFound", "PermissionDenied"}
LENGTH_CHECKS = {"require_text", "optional_text"}
LENGTH_MESSAGE = "At most {n} characters"

Message = tuple[str, str, bool]  # (context, source text, plural)
T = TypeVar("T")


# --- the Qt tools -----------------------------------------------------------------------------


def qt_tool(name: str) -> list[str]:
    """The command for PySide6's `lupdate`/`lrelease`, from this interpreter's PySide6.

    Prefers the ``pyside6-<name>`` launcher next to the interpreter (venv ``bin/`` or
    ``Scripts\\`` on Windows); falls back to the binary inside the PySide6 package.
    """
    here = Path(sys.executable).parent
    for launcher_name in (f"pyside6-{name}", f"pyside6-{name}.exe"):
        launcher = here / launcher_name
        if launcher.is_file() and os.access(launcher, os.X_OK):
            return [str(launcher)]
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    for binary in (package / f"{name}.exe", package / name, package / "Qt" / "bin" / name):
        if binary.is_file():
            return [str(binary)]
    raise FileNotFoundError(f"pyside6-{name} not found next to {sys.executable} nor in {package}")


def _run(command: Sequence[str], quiet: bool) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(
            f"{Path(command[0]).name} failed ({result.returncode}):\n{result.stdout}{result.stderr}"
        )
    if not quiet:
        print((result.stdout + result.stderr).strip())


# --- what lupdate reads -----------------------------------------------------------------------


def source_files(root: Path = ROOT) -> list[Path]:
    """app.py, the UI modules without the generated forms, and the Designer forms."""
    package = root / "indie_desktop"
    python = [
        package / "app.py",
        package / "domain" / "enum_labels.py",
        package / "domain" / "list_columns.py",
    ]
    python += sorted(
        path
        for path in (package / "ui").rglob("*.py")
        if not (path.parent.name == "forms" and path.name.startswith("ui_"))
    )
    return python + sorted((root / "forms").glob("*.ui"))


# --- messages lupdate cannot see --------------------------------------------------------------


def _module_strings(tree: ast.Module) -> dict[str, str]:
    """Module-level NAME = "text" constants (a message kept in a variable)."""
    constants: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            if isinstance(node.value.value, str):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        constants[target.id] = node.value.value
    return constants


def _message(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    """The fixed English text of a message argument, None if it has none.

    f"Not a valid e-mail address: {exc}" gives its head 'Not a valid e-mail address', which
    the dialogs translate on its own (the library's explanation stays English).
    """
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    if isinstance(node, ast.JoinedStr) and node.values:
        first = node.values[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            head, separator, _rest = first.value.partition(": ")
            if separator and head:
                return head
    return None


def _called_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _referenced_name(node: ast.AST) -> str:
    """'require_text' for `v.require_text` or `require_text` passed as a value."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def service_messages(root: Path = ROOT) -> tuple[list[str], list[str], list[int]]:
    """(field messages, other service error messages, length limits) in the services' code.

    Field messages are what the domain validation and the services report for one field;
    the others are the texts of ConflictError, NotFound and PermissionDenied.
    """
    package = root / "indie_desktop"
    files = [
        package / "domain" / "validation.py",
        package / "domain" / "errors.py",
        *sorted((package / "services").rglob("*.py")),
    ]
    fields: list[str] = []
    errors: list[str] = []
    lengths: set[int] = set()
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        constants = _module_strings(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _called_name(node)
            if name in FIELD_ERRORS | SERVICE_ERRORS and node.args:
                text = _message(node.args[0], constants)
                if text:
                    (fields if name in FIELD_ERRORS else errors).append(text)
            elif name == "fail" and len(node.args) >= 2:
                text = _message(node.args[1], constants)
                if text:
                    fields.append(text)
            elif name == "ValidationError" and node.args and isinstance(node.args[0], ast.Dict):
                for value in node.args[0].values:
                    text = _message(value, constants)
                    if text:
                        fields.append(text)
            elif node.args and LENGTH_CHECKS & {name, *map(_referenced_name, node.args)}:
                # require_text(value, 200) or c.take("name", v.require_text, value, 200)
                limit = node.args[-1]
                if isinstance(limit, ast.Constant) and isinstance(limit.value, int):
                    lengths.add(limit.value)
    return _unique(fields), _unique(errors), sorted(lengths)


def demo_phases(root: Path = ROOT) -> list[str]:
    """The phase names the demo generator reports (`phase = "..."` in services/demo/)."""
    path = root / "indie_desktop" / "services" / "demo" / "generator.py"
    if not path.is_file():
        return []
    phases: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Assign):
            continue
        for target in node.targets:
            if isinstance(target, ast.Name) and target.id == "phase":
                pairs = [(target, node.value)]
            elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                pairs = list(zip(target.elts, node.value.elts, strict=False))
            else:
                continue
            for name, value in pairs:
                if isinstance(name, ast.Name) and name.id == "phase":
                    if isinstance(value, ast.Constant) and isinstance(value.value, str):
                        phases.append(value.value)
    return _unique(phases)


def _constant_strings(nodes: Sequence[ast.expr]) -> list[str] | None:
    if all(isinstance(n, ast.Constant) and isinstance(n.value, str) for n in nodes):
        return [n.value for n in nodes]  # type: ignore[attr-defined]
    return None


def ui_messages(files: Iterable[Path]) -> list[Message]:
    """Every tr(), translate() and QT_TRANSLATE_NOOP() with literal texts in the UI code.

    lupdate finds most of them itself but not those inside f-strings (f"({self.tr('x')})");
    listing all of them again costs nothing. self.tr() belongs to the enclosing class, as in
    PySide. A QT_TRANSLATE_NOOP text with %n is looked up with a count: a plural message.
    """
    found: list[Message] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            visit(child, child.name if isinstance(child, ast.ClassDef) else cls)
        if not isinstance(node, ast.Call):
            return
        name, args = _called_name(node), node.args
        if name in ("tr", "QT_TR_NOOP") and cls and args:
            texts = _constant_strings(args[:1])
            if texts and (len(args) < 2 or _is_none(args[1])):
                found.append((cls, texts[0], len(args) >= 3))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            texts = _constant_strings(args[:2])
            if texts and (len(args) < 3 or _is_none(args[2])):
                plural = len(args) >= 4 or (name == "QT_TRANSLATE_NOOP" and "%n" in texts[1])
                found.append((texts[0], texts[1], plural))

    for path in files:
        if path.suffix == ".py":
            visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), None)
    return found


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def runtime_messages(root: Path = ROOT) -> list[Message]:
    """What lupdate cannot find by itself (and the UI's literal texts once more, see above).

    The plural messages come first: for lupdate, the first occurrence of a text decides
    whether it is a plural message.
    """
    fields, errors, lengths = service_messages(root)
    ui = ui_messages(source_files(root))
    messages = [m for m in ui if m[2]] + [m for m in ui if not m[2]]
    messages += [(SERVICES_CONTEXT, text, False) for text in [*fields, *errors]]
    messages += [(SERVICES_CONTEXT, LENGTH_MESSAGE.format(n=n), False) for n in lengths]
    messages += [(VALIDATION_CONTEXT, text, False) for text in fields]
    messages += [(DEMO_CONTEXT, phase, False) for phase in demo_phases(root)]
    return _unique(messages)


def _unique(items: Iterable[T]) -> list[T]:
    return list(dict.fromkeys(items))


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def runtime_source(messages: Iterable[Message]) -> str:
    """A Python module lupdate can read: one translate() call per run-time message."""
    lines = [
        "# Generated by tools/update_translations.py for lupdate; never imported.",
        "from PySide6.QtCore import QCoreApplication",
        "",
    ]
    for context, text, plural in messages:
        count = ", None, 1" if plural else ""
        lines.append(f"QCoreApplication.translate({_literal(context)}, {_literal(text)}{count})")
    return "\n".join(lines) + "\n"


# --- update and release -----------------------------------------------------------------------

_GENERATED_LOCATION = re.compile(
    r'^[ \t]*<location filename="[^"]*' + re.escape(GENERATED_PREFIX) + r'[a-z]+\.py"[^>]*/>\r?\n',
    re.MULTILINE,
)


def update_ts(ts_file: Path = TS_FILE, root: Path = ROOT, *, quiet: bool = False) -> None:
    """Merge the sources' texts into ts_file (created if missing), keeping translations."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    messages = runtime_messages(root)
    with tempfile.TemporaryDirectory(prefix="indie-lupdate-") as tmp:
        plurals = Path(tmp) / f"{GENERATED_PREFIX}plurals.py"
        plurals.write_text(runtime_source(m for m in messages if m[2]), encoding="utf-8")
        others = Path(tmp) / f"{GENERATED_PREFIX}messages.py"
        others.write_text(runtime_source(m for m in messages if not m[2]), encoding="utf-8")
        command = [
            *qt_tool("lupdate"),
            "-no-obsolete",  # removed texts leave the .ts (git keeps their history)
            "-locations",
            "absolute",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            TARGET_LANGUAGE,
            str(plurals),  # first: the first occurrence decides whether a text is plural
            *(str(path) for path in source_files(root)),
            str(others),  # last: the sources' order of texts stays as it is
            "-ts",
            str(ts_file),
        ]
        _run(command, quiet)
    text = ts_file.read_text(encoding="utf-8")
    ts_file.write_text(_GENERATED_LOCATION.sub("", text), encoding="utf-8", newline="")


def release(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE, *, quiet: bool = False) -> None:
    """Compile ts_file into the binary qm_file the application loads."""
    _run([*qt_tool("lrelease"), str(ts_file), "-qm", str(qm_file)], quiet)


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--release-only", action="store_true", help="only compile the .ts into the .qm"
    )
    args = parser.parse_args(argv)
    if not args.release_only:
        update_ts()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
