"""Letter templates with {placeholders}, filled by plain substitution (never code execution).

A template is a UTF-8 text file `NAME.txt`: a few `key: value` header lines (title, purpose,
subject), a line `---`, then the body. `{company}` is replaced by its value, `{{` and `}}` give
literal braces. Only bare names are allowed: `{x.y}`, `{x[0]}`, `{x!r}` or `{x:>9}` are refused,
like any name the document does not know, with a message naming it and the known ones.
The shipped templates live in resources/templates; a user's folder of the same files (edited
copies or new ones) takes precedence.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from indie_desktop.domain.errors import NotFound, ValidationError
from indie_desktop.resources import resource_path

NAME_PATTERN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
TEMPLATE_NAME_PATTERN = re.compile(r"^[A-Za-z0-9_-]+$")
HEADER_KEYS = ("title", "purpose", "subject")


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    title: str
    purpose: str  # "referral_partner", "referral_company", "letter"


@dataclass(frozen=True)
class LetterTemplate:
    info: TemplateInfo
    subject: str
    body: str


class TemplateError(ValidationError):
    """A template cannot be filled: bad syntax or an unknown placeholder (field 'template')."""

    def __init__(self, message: str) -> None:
        super().__init__({"template": message})
        self.message = message


def placeholders(text: str) -> list[str]:
    """The placeholder names used in `text`, in order; raises TemplateError on bad syntax."""
    names: list[str] = []
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise TemplateError(
            f"The template has an unmatched brace ({exc}). Write {{{{ or }}}} for a literal brace."
        ) from exc
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if not NAME_PATTERN.match(field) or spec or conversion:
            shown = (
                "{"
                + field
                + (f"!{conversion}" if conversion else "")
                + (f":{spec}" if spec else "")
                + "}"
            )
            raise TemplateError(
                f"The placeholder {shown} is not allowed: use a plain name such as {{company}}."
            )
        names.append(field)
    return names


def render_template(text: str, values: Mapping[str, object]) -> str:
    """`text` with every {name} replaced by values[name]; TemplateError for unknown names."""
    out: list[str] = []
    parsed = placeholders(text)  # validates first
    unknown = sorted({n for n in parsed if n not in values})
    if unknown:
        known = ", ".join("{" + k + "}" for k in sorted(values))
        names = ", ".join("{" + n + "}" for n in unknown)
        raise TemplateError(f"Unknown placeholder {names}. Known placeholders: {known}")
    for literal, field, _spec, _conversion in string.Formatter().parse(text):
        out.append(literal)
        if field is not None:
            value = values[field]
            out.append("" if value is None else str(value))
    return "".join(out)


class CompiledTemplate:
    """A template checked once against the known names, then filled quickly many times
    (a mail merge fills the same template for every letter)."""

    def __init__(self, text: str, known: set[str] | frozenset[str]) -> None:
        names = placeholders(text)
        unknown = sorted({n for n in names if n not in known})
        if unknown:
            raise TemplateError(
                f"Unknown placeholder {', '.join('{' + n + '}' for n in unknown)}. "
                f"Known placeholders: {', '.join('{' + k + '}' for k in sorted(known))}"
            )
        self.parts = [(literal, field) for literal, field, _s, _c in string.Formatter().parse(text)]

    def fill(self, values: Mapping[str, object]) -> str:
        out: list[str] = []
        for literal, field in self.parts:
            out.append(literal)
            if field is not None:
                value = values.get(field)
                out.append("" if value is None else str(value))
        return "".join(out)


# Two brackets in a row, as a filled-in "{contact} (Telefon {phone})" leaves them when the
# contact brings its function: "Frau Langern (Konstrukteurin) (Telefon …)".
_DOUBLE_BRACKETS = re.compile(r"\(([^()\n]*)\)\s*\(([^()\n]*)\)")


def tidy(text: str) -> str:
    """Filled text without the gaps empty values leave: trailing spaces, runs of blank lines;
    two bracketed remarks in a row become one ("(Konstrukteurin, Telefon …)")."""
    while _DOUBLE_BRACKETS.search(text):
        text = _DOUBLE_BRACKETS.sub(r"(\1, \2)", text)
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and out and not out[-1]:
            continue
        out.append(line)
    return "\n".join(out).strip("\n")


def parse_template(name: str, text: str) -> LetterTemplate:
    """A template file's content: header lines, '---', body."""
    header: dict[str, str] = {}
    body = text
    head, sep, rest = text.replace("\r\n", "\n").partition("\n---\n")
    if sep:
        for line in head.splitlines():
            key, colon, value = line.partition(":")
            if colon and key.strip().lower() in HEADER_KEYS:
                header[key.strip().lower()] = value.strip()
        body = rest
    info = TemplateInfo(name, header.get("title", name), header.get("purpose", "letter"))
    return LetterTemplate(info, header.get("subject", ""), body.strip("\n"))


def template_dirs(user_dir: Path | None = None) -> list[Path]:
    """Where templates are looked up, first match wins: the user's folder, then the shipped."""
    dirs = [user_dir] if user_dir is not None else []
    return [*dirs, resource_path("templates")]


def list_templates(user_dir: Path | None = None) -> list[TemplateInfo]:
    """Every template by name (a user's copy replaces the shipped one of the same name)."""
    found: dict[str, TemplateInfo] = {}
    for folder in template_dirs(user_dir):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")):
            if path.stem in found or not TEMPLATE_NAME_PATTERN.match(path.stem):
                continue
            try:
                found[path.stem] = parse_template(path.stem, path.read_text("utf-8")).info
            except (OSError, UnicodeDecodeError):
                continue  # an unreadable file is not offered
    return sorted(found.values(), key=lambda t: t.title.casefold())


def load_template(name: str, user_dir: Path | None = None) -> LetterTemplate:
    if not TEMPLATE_NAME_PATTERN.match(name or ""):
        raise NotFound(f"There is no letter template named “{name}”.")
    for folder in template_dirs(user_dir):
        path = folder / f"{name}.txt"
        if path.is_file():
            try:
                return parse_template(name, path.read_text("utf-8"))
            except (OSError, UnicodeDecodeError) as exc:
                raise TemplateError(f"The template {path} cannot be read: {exc}") from exc
    known = ", ".join(t.name for t in list_templates(user_dir))
    raise NotFound(f"There is no letter template named “{name}”. Templates: {known}")
