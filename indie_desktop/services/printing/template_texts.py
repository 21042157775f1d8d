"""The texts of the built-in letters edited in the app (Einstellungen → Vorlagen): an edited
text is saved as the user's copy in the templates folder, which takes precedence over the
shipped file; removing the copy brings the shipped text back."""

from __future__ import annotations

from pathlib import Path

from indie_desktop.domain.errors import NotFound, ValidationError
from indie_desktop.printing.templates import (
    TEMPLATE_NAME_PATTERN,
    CompiledTemplate,
    TemplateInfo,
    parse_template,
    placeholders,
    template_dirs,
)
from indie_desktop.services.printing.documents import MERGE_VALUES, PrintService

# Purposes whose letters are filled with the mail merge's names (the referral letters know
# more names, checked when the letter is drafted).
MERGE_PURPOSES = ("letter", "event_invitations", "newsletter", "privacy_information")


class TemplateTexts:
    def __init__(self, printing: PrintService) -> None:
        self.printing = printing

    def _user_path(self, name: str) -> Path:
        if self.printing.templates_dir is None:
            raise ValidationError(
                {"template": "Templates can only be edited in a local data folder."}
            )
        if not TEMPLATE_NAME_PATTERN.match(name or ""):
            raise NotFound(f"There is no letter template named “{name}”.")
        return self.printing.templates_dir / f"{name}.txt"

    def text(self, name: str) -> str:
        """The template file's text as printed now (the user's copy or the shipped one)."""
        for folder in template_dirs(self.printing.templates_dir):
            path = folder / f"{name}.txt"
            if TEMPLATE_NAME_PATTERN.match(name or "") and path.is_file():
                return path.read_text("utf-8")
        raise NotFound(f"There is no letter template named “{name}”.")

    def customised(self, name: str) -> bool:
        return self.printing.templates_dir is not None and self._user_path(name).is_file()

    def save(self, name: str, text: str) -> TemplateInfo:
        """Check the text (braces, placeholder names of a mail merge), then keep it as the
        user's copy; TemplateError (field 'template') says what is wrong."""
        template = parse_template(name, text)
        if not template.body.strip():
            raise ValidationError({"template": "The letter text is empty."})
        for part in (template.subject, template.body):
            placeholders(part)
            if template.info.purpose in MERGE_PURPOSES:
                CompiledTemplate(part, MERGE_VALUES)
        path = self._user_path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part")
        partial.write_text(text.replace("\r\n", "\n"), "utf-8")
        partial.replace(path)
        return template.info

    def reset(self, name: str) -> None:
        """Remove the user's copy: the shipped text applies again."""
        path = self._user_path(name)
        if path.is_file():
            path.unlink()
