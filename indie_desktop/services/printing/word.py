"""The institution's own Word letterheads (Einstellungen → Vorlagen) filled for the people of a
mail merge, and Word documents turned into PDF where LibreOffice is installed.

A registered template is a copy of the .docx/.dotx in the templates folder (`word/`), so it
stays when the original is moved. Its merge fields are matched by the German names Word users
type (Anrede, Briefanrede, Vorname, Firma, Straße, PLZ, Ort, …) or the letter templates'
names (salutation, organisation, …), without regard to case; a field the CRM does not know
is reported when the template is registered and stays empty in the letters.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from indie_desktop.domain.errors import NotFound, ValidationError
from indie_desktop.domain.privacy import Purpose
from indie_desktop.interchange.docx_template import (
    WordTemplate,
    WordTemplateError,
    read_word_template,
)
from indie_desktop.services.printing.documents import PrintService

NAME_PATTERN = re.compile(r"[^\w ._-]+")
SUFFIXES = (".docx", ".dotx")

# Field name (lower case) -> the merge value it shows. German first: the names Word users give.
FIELDS: dict[str, str] = {
    "anrede": "address_word",
    "briefanrede": "salutation",
    "titel": "title",
    "vorname": "first_name",
    "nachname": "last_name",
    "name": "full_name",
    "funktion": "function",
    "firma": "organisation",
    "organisation": "organisation",
    "straße": "street",
    "strasse": "street",
    "plz": "postcode",
    "ort": "city",
    "datum": "date",
    "sachbearbeiter": "staff_name",
    "ansprechpartner": "staff_name",
    "telefon": "staff_phone",
    "e-mail": "staff_email",
    "email": "staff_email",
    "institution": "institution",
    "anschrift": "address_block",
}
for _key in (
    "salutation",
    "title",
    "first_name",
    "last_name",
    "full_name",
    "function",
    "organisation",
    "street",
    "postcode",
    "city",
    "date",
    "staff_name",
    "staff_phone",
    "staff_email",
    "institution",
):
    FIELDS.setdefault(_key, _key)
SHOWN_FIELDS = (
    "Anrede",
    "Briefanrede",
    "Titel",
    "Vorname",
    "Nachname",
    "Name",
    "Funktion",
    "Firma",
    "Straße",
    "PLZ",
    "Ort",
    "Anschrift",
    "Datum",
    "Sachbearbeiter",
    "Telefon",
    "E-Mail",
    "Institution",
)


@dataclass(frozen=True)
class WordTemplateInfo:
    name: str  # file name in the templates folder
    fields: list[str]
    unknown: list[str]  # fields the CRM cannot fill (stay empty)


@dataclass
class WordMergeResult:
    documents: list[tuple[str, bytes]]  # (file name, .docx); one, or one per person
    letters: int
    skipped: list[tuple[uuid.UUID, str]]
    unknown: list[str]


def field_value(name: str, values: dict[str, str]) -> str | None:
    key = FIELDS.get(name.strip().casefold())
    return None if key is None else values.get(key, "")


class WordTemplates:
    def __init__(self, printing: PrintService) -> None:
        self.printing = printing

    @property
    def folder(self) -> Path:
        if self.printing.templates_dir is None:
            raise ValidationError(
                {"template": "Word templates need a templates folder (local data folder)."}
            )
        return self.printing.templates_dir / "word"

    def _info(self, name: str, template: WordTemplate) -> WordTemplateInfo:
        unknown = [f for f in template.fields if FIELDS.get(f.strip().casefold()) is None]
        return WordTemplateInfo(name, template.fields, unknown)

    def check(self, source: Path) -> WordTemplateInfo:
        """Read a template without registering it: its fields and the unknown ones."""
        return self._info(source.name, self._read(source))

    @staticmethod
    def _read(source: Path) -> WordTemplate:
        if source.suffix.lower() not in SUFFIXES:
            raise ValidationError(
                {"template": "Choose a Word document (.docx) or template (.dotx)"}
            )
        try:
            return read_word_template(source.read_bytes())
        except OSError as exc:
            raise ValidationError({"template": f"The file cannot be read: {exc}"}) from exc
        except WordTemplateError as exc:
            raise ValidationError(
                {"template": "The file is not a Word document (.docx or .dotx)"}
            ) from exc

    def register(self, source: Path) -> WordTemplateInfo:
        """Copy the template into the templates folder (a file of the same name is replaced)."""
        template = self._read(source)
        name = NAME_PATTERN.sub("_", source.name)
        self.folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, self.folder / name)
        return self._info(name, template)

    def list(self) -> list[WordTemplateInfo]:
        if self.printing.templates_dir is None or not self.folder.is_dir():
            return []
        found = []
        for path in sorted(self.folder.iterdir(), key=lambda p: p.name.casefold()):
            if path.suffix.lower() in SUFFIXES:
                try:
                    found.append(self._info(path.name, read_word_template(path.read_bytes())))
                except (OSError, WordTemplateError):
                    continue  # a damaged file is not offered
        return found

    def remove(self, name: str) -> None:
        path = self._path(name)
        path.unlink()

    def _path(self, name: str) -> Path:
        path = self.folder / name
        if NAME_PATTERN.search(name) or not path.is_file():
            raise NotFound(f"There is no Word template named “{name}”.")
        return path

    def merge(
        self,
        name: str,
        person_ids: Sequence[uuid.UUID],
        *,
        each: bool = False,
        purpose: Purpose | str = Purpose.LETTER,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> WordMergeResult:
        """The template filled for each person: one document with page breaks, or (`each`)
        one document per person. Objections and missing addresses are skipped as in the
        mail merge."""
        template = read_word_template(self._path(name).read_bytes())
        info = self._info(name, template)
        p = self.printing
        rows: list[dict[str, str]] = []
        names: list[str] = []
        skipped: list[tuple[uuid.UUID, str]] = []
        with p.db.session() as s:
            staff = p._writer(s)
            lh = p._letterhead(s, p._print_institution(s))
            base = p._writer_values(staff, lh)
            for entry, values in p.merge_recipients(
                s, person_ids, base, purpose, skipped, progress=progress, cancelled=cancelled
            ):
                person = entry.person
                values["address_word"] = {"frau": "Frau", "herr": "Herr"}.get(
                    str(person.salutation or ""), ""
                )
                values["address_block"] = "\n".join(
                    x
                    for x in (
                        values["organisation"],
                        values["street"],
                        f"{values['postcode']} {values['city']}".strip(),
                    )
                    if x
                )
                rows.append({f: field_value(f, values) or "" for f in template.fields})
                names.append(values["full_name"] or values["last_name"])
        stem = Path(name).stem
        if each:
            documents = [
                (f"{stem} - {_safe(n)}.docx", doc)
                for n, doc in zip(names, template.fill_each(rows), strict=True)
            ]
        else:
            documents = [(f"{stem} - Serienbrief.docx", template.fill(rows))] if rows else []
        return WordMergeResult(documents, len(rows), skipped, info.unknown)


def _safe(name: str) -> str:
    return NAME_PATTERN.sub("_", name)[:80] or "Brief"


def libreoffice() -> str | None:
    """The LibreOffice program, if installed (soffice; on Windows in Program Files)."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    for candidate in (
        Path("C:/Program Files/LibreOffice/program/soffice.exe"),
        Path("C:/Program Files (x86)/LibreOffice/program/soffice.exe"),
    ):
        if candidate.is_file():
            return str(candidate)
    return None


def docx_to_pdf(docx: bytes, timeout: float = 120) -> bytes | None:
    """The document as PDF through LibreOffice (headless, its own profile so a running
    LibreOffice of the user is not disturbed); None when LibreOffice is not installed."""
    program = libreoffice()
    if program is None:
        return None
    with tempfile.TemporaryDirectory(prefix="indie-docx-") as tmp:
        folder = Path(tmp)
        source = folder / "brief.docx"
        source.write_bytes(docx)
        profile = (folder / "profile").as_uri()
        try:
            subprocess.run(
                [
                    program,
                    f"-env:UserInstallation={profile}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(folder),
                    str(source),
                ],
                check=True,
                capture_output=True,
                timeout=timeout,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            raise ValidationError(
                {"pdf": f"LibreOffice could not convert the document: {exc}"}
            ) from exc
        target = folder / "brief.pdf"
        if not target.is_file():
            raise ValidationError({"pdf": "LibreOffice made no PDF of the document"})
        return target.read_bytes()
