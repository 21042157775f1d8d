"""Errors in the user's language: the services' English messages and typed errors, translated.

The services and the domain validation speak English; what the user reads is looked up here:

- `translate_error(message)` for one field message ('Not a valid e-mail address: <why>'),
  as the record dialogs and the first-run dialog show them next to their fields;
- `describe_error(error)` for an error as a whole (a refused delete, a failed background
  task, a database that cannot be opened): a text for the user, and the technical detail
  (English, with ids and paths) for the details area of the message box;
- `show_error(parent, title, error)` shows such a message box.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from indie_desktop.domain.enum_labels import QT_TRANSLATE_NOOP
from indie_desktop.domain.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationError,
)
from indie_desktop.store.database import StorageError

ERROR_CONTEXT = "validation"
CONTEXT = "errors"
SERVICES_CONTEXT = "services"

# Messages the services and domain validation raise (English); listed so lupdate offers them
# for translation. A message not listed here is shown as it is.
VALIDATION_MESSAGES = (
    QT_TRANSLATE_NOOP("validation", "Required"),
    QT_TRANSLATE_NOOP("validation", "At most %n characters"),
    QT_TRANSLATE_NOOP("validation", "Not a valid e-mail address"),
    QT_TRANSLATE_NOOP("validation", "An e-mail address has exactly one @"),
    QT_TRANSLATE_NOOP(
        "validation", "Not a valid e-mail address: the part before the @ is not allowed"
    ),
    QT_TRANSLATE_NOOP(
        "validation", "Not a valid e-mail address: the part after the @ is no valid domain"
    ),
    QT_TRANSLATE_NOOP("validation", "Not a valid phone number"),
    QT_TRANSLATE_NOOP("validation", "Write an extension with a hyphen, e.g. 0231 123456-12"),
    QT_TRANSLATE_NOOP("validation", "A German postcode has exactly 5 digits"),
    QT_TRANSLATE_NOOP("validation", "A web address must not contain spaces"),
    QT_TRANSLATE_NOOP("validation", "Not a valid web address"),
    QT_TRANSLATE_NOOP("validation", "A web address starts with http:// or https://"),
    QT_TRANSLATE_NOOP("validation", "Not a valid VAT ID (USt-IdNr.)"),
    QT_TRANSLATE_NOOP("validation", "Unknown legal form"),
    QT_TRANSLATE_NOOP("validation", "Unknown WZ 2008 code"),
    QT_TRANSLATE_NOOP("validation", "Enter a year like 1998"),
    QT_TRANSLATE_NOOP("validation", "The year must be %1 or later"),
    QT_TRANSLATE_NOOP("validation", "The year must not be in the future"),
    QT_TRANSLATE_NOOP("validation", "Enter a date as DD.MM.YYYY"),
    QT_TRANSLATE_NOOP("validation", "Enter an amount like 1.234,50"),
    QT_TRANSLATE_NOOP("validation", "Ends before it begins"),
    QT_TRANSLATE_NOOP("validation", "Choose an organisation"),
    QT_TRANSLATE_NOOP("validation", "Only one affiliation can be the primary one"),
    QT_TRANSLATE_NOOP("validation", "Choose at least one partner"),
    QT_TRANSLATE_NOOP("validation", "A need cannot be referred to its own organisation"),
    QT_TRANSLATE_NOOP("validation", "This need is closed; reopen it before referring it"),
    QT_TRANSLATE_NOOP("validation", "The date must not be in the future"),
    QT_TRANSLATE_NOOP("validation", "The date lies before the previous stage change"),
    QT_TRANSLATE_NOOP("validation", "This stage cannot follow the current one"),
    QT_TRANSLATE_NOOP("validation", "This referral is closed"),
    QT_TRANSLATE_NOOP("validation", "The value cannot be negative"),
    QT_TRANSLATE_NOOP("validation", "This status cannot follow the current one"),
    QT_TRANSLATE_NOOP("validation", "A new need starts open; referring it sets “in referral”"),
    # issue 24: tenure in the network, the vocabulary editor, the needs radar
    QT_TRANSLATE_NOOP("validation", "Enter the date"),
    QT_TRANSLATE_NOOP("validation", "The date lies in the future"),
    QT_TRANSLATE_NOOP("validation", "There is already a step on this day"),
    QT_TRANSLATE_NOOP("validation", "The company already has this status then"),
    QT_TRANSLATE_NOOP("validation", "Enter the term"),
    QT_TRANSLATE_NOOP("validation", "At most 120 characters, without ';' or '>'"),
    QT_TRANSLATE_NOOP("validation", "Synonym too long or with '>'"),
    QT_TRANSLATE_NOOP("validation", "This term is already in the vocabulary: edit it there"),
    QT_TRANSLATE_NOOP("validation", "The broader term is not in the vocabulary"),
    QT_TRANSLATE_NOOP("validation", "A term cannot be broader than itself"),
    QT_TRANSLATE_NOOP("validation", "Enter at least one synonym to add to this term"),
    QT_TRANSLATE_NOOP("validation", "Choose 1, 2, 3, 6 or 12 months"),
    QT_TRANSLATE_NOOP("validation", "Enter when the next digest is due"),
    QT_TRANSLATE_NOOP("validation", "Name the unit that takes the need up"),
    QT_TRANSLATE_NOOP("validation", "At most 300 characters"),
)
_AT_MOST = re.compile(r"^At most (\d+) characters$")
_YEAR_FROM = re.compile(r"^The year must be (\d+) or later$")

# The fields a ValidationError names (its keys; 'affiliations.0.until' counts as
# 'affiliations'), so a message outside a form can say which field it is about.
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("errors", "Name"),
    "first_name": QT_TRANSLATE_NOOP("errors", "First name"),
    "last_name": QT_TRANSLATE_NOOP("errors", "Last name"),
    "email": QT_TRANSLATE_NOOP("errors", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("errors", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("errors", "Mobile"),
    "street": QT_TRANSLATE_NOOP("errors", "Street"),
    "postcode": QT_TRANSLATE_NOOP("errors", "Postcode"),
    "city": QT_TRANSLATE_NOOP("errors", "City"),
    "website": QT_TRANSLATE_NOOP("errors", "Website"),
    "vat_id": QT_TRANSLATE_NOOP("errors", "VAT ID"),
    "legal_form": QT_TRANSLATE_NOOP("errors", "Legal form"),
    "wz_code": QT_TRANSLATE_NOOP("errors", "WZ code"),
    "founded_year": QT_TRANSLATE_NOOP("errors", "Founded"),
    "starts_on": QT_TRANSLATE_NOOP("errors", "Start"),
    "ends_on": QT_TRANSLATE_NOOP("errors", "End"),
    "budget_eur": QT_TRANSLATE_NOOP("errors", "Budget"),
    "institution": QT_TRANSLATE_NOOP("errors", "Institution"),
    "affiliations": QT_TRANSLATE_NOOP("errors", "Organisations"),
}

# What a StorageError (store/database.py) says, in the user's language: the English message
# is matched; the path goes into the sentence, the system's own explanation stays the detail.
STORAGE_LEAD = QT_TRANSLATE_NOOP("errors", "The database cannot be used.")
STORAGE_MESSAGES = (
    (
        re.compile(r"^Your access has been disabled\."),
        QT_TRANSLATE_NOOP(
            "errors", "Your access has been disabled. Please ask your administrator."
        ),
    ),
    (
        re.compile(r"^The data folder is on a network drive\."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The data folder is on a network drive. A local database file must not live on "
            "a network share (it would be corrupted); use the shared PostgreSQL database "
            "instead.",
        ),
    ),
    (
        re.compile(r"^The data folder (?P<path>.+) cannot be created: (?P<why>.*)$", re.S),
        QT_TRANSLATE_NOOP("errors", "The data folder %1 cannot be created."),
    ),
    (
        re.compile(r"^The database file (?P<path>.+) cannot be read: (?P<why>.*)$", re.S),
        QT_TRANSLATE_NOOP("errors", "The database file %1 cannot be read."),
    ),
    (
        re.compile(r"^The file (?P<path>.+) is not a usable database: (?P<why>.*)$", re.S),
        QT_TRANSLATE_NOOP("errors", "The file %1 is not a usable database."),
    ),
    (  # sync.engine.TOO_OLD
        re.compile(r"^This offline copy was not synchronised for too long"),
        QT_TRANSLATE_NOOP(
            "errors",
            "This offline copy was not synchronised for too long: the server no longer keeps "
            "every change since then. Your own changes were uploaded. Make a new offline copy "
            "in an empty folder.",
        ),
    ),
)


def _translate(context: str, text: object, n: int = -1) -> str:
    """`text` is a str (typed object: what QT_TRANSLATE_NOOP returns in the stubs)."""
    return QCoreApplication.translate(context, str(text), None, n)


def translate_error(message: str) -> tuple[str, str]:
    """A service's English field message in the user's language: (text, detail for a tooltip).

    Messages with a library's explanation ('Not a valid e-mail address: <why>') show the
    translated first part; the explanation, only available in English, goes to the tooltip.
    """
    if match := _AT_MOST.match(message):
        return _translate(ERROR_CONTEXT, "At most %n characters", int(match[1])), ""
    if match := _YEAR_FROM.match(message):
        text = _translate(ERROR_CONTEXT, "The year must be %1 or later")
        return text.replace("%1", match[1]), ""
    translated = _translate(ERROR_CONTEXT, message)
    if translated != message:
        return translated, ""
    head, separator, detail = message.partition(": ")
    if separator and _translate(ERROR_CONTEXT, head) != head:
        return _translate(ERROR_CONTEXT, head), detail
    return message, ""


def field_label(key: str) -> str:
    """The field's name for the user ('email' -> 'E-Mail'), '' for a key not known here."""
    label = FIELD_LABELS.get(key.split(".", 1)[0])
    return _translate(CONTEXT, label) if label else ""


@dataclass(frozen=True)
class ErrorMessage:
    """What to tell the user (translated) and the technical detail (English, for support)."""

    text: str
    detail: str = ""


def describe_error(error: BaseException) -> ErrorMessage:
    """A refused or failed operation as a message for the user, with its technical detail."""
    technical = f"{type(error).__name__}: {error}"
    if isinstance(error, ValidationError):
        lines = []
        for key, message in error.errors.items():
            text, _why = translate_error(message)
            label = field_label(key)
            lines.append(f"• {label}: {text}" if label else f"• {text}")
        lead = QCoreApplication.translate("errors", "Some entries are not valid:")
        return ErrorMessage("\n".join([lead, *lines]), technical)
    if isinstance(error, ConflictError):
        text = _translate(SERVICES_CONTEXT, str(error))
        if text == str(error):  # a message the translation does not know
            text = QCoreApplication.translate(
                "errors", "Somebody else changed this record meanwhile. Reload it and try again."
            )
        return ErrorMessage(text, technical)
    if isinstance(error, NotFound):
        return ErrorMessage(
            QCoreApplication.translate(
                "errors",
                "The record no longer exists: it was deleted, or you may no longer see it.",
            ),
            technical,
        )
    if isinstance(error, PermissionDenied):
        text = _translate(SERVICES_CONTEXT, str(error))
        if text == str(error) or not text:
            text = QCoreApplication.translate("errors", "You are not allowed to do this.")
        return ErrorMessage(text, technical)
    if isinstance(error, StorageError):
        return _describe_storage_error(error, technical)
    if isinstance(error, ServiceError):
        text = _translate(SERVICES_CONTEXT, str(error))
        return ErrorMessage(text or type(error).__name__, technical)
    return ErrorMessage(
        QCoreApplication.translate("errors", "An unexpected error occurred."), technical
    )


def _describe_storage_error(error: StorageError, technical: str) -> ErrorMessage:
    message = str(error)
    for pattern, template in STORAGE_MESSAGES:
        match = pattern.match(message)
        if match is None:
            continue
        groups = match.groupdict()
        text = _translate(CONTEXT, template).replace("%1", groups.get("path") or "")
        why = groups.get("why")
        return ErrorMessage(f"{text}\n\n{why}" if why else text, technical)
    return ErrorMessage(f"{_translate(CONTEXT, STORAGE_LEAD)}\n\n{message}", technical)


def error_box(parent: QWidget | None, title: str, error: BaseException) -> QMessageBox:
    """A warning box: the user's message as text, the technical detail behind 'Show Details'."""
    message = describe_error(error)
    box = QMessageBox(QMessageBox.Icon.Warning, title, message.text, QMessageBox.StandardButton.Ok)
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    if message.detail:
        box.setDetailedText(message.detail)
    return box


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    """Tell the user what went wrong (modal); the technical detail is one click away."""
    box = error_box(parent, title, error)
    try:
        box.exec()
    finally:
        box.deleteLater()
