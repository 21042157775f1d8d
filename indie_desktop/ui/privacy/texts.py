"""What users read for the data protection codes and the services' English reasons."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from indie_desktop.domain.enum_labels import QT_TRANSLATE_NOOP
from indie_desktop.domain.privacy import Purpose

CONTEXT = "privacy"

PURPOSES = {
    Purpose.LETTER: QT_TRANSLATE_NOOP("privacy", "Letters"),
    Purpose.NEWSLETTER: QT_TRANSLATE_NOOP("privacy", "Newsletter"),
    Purpose.EVENT_INVITATIONS: QT_TRANSLATE_NOOP("privacy", "Event invitations"),
    Purpose.PASS_TO_PARTNERS: QT_TRANSLATE_NOOP("privacy", "Passing on to partners"),
    Purpose.ALL: QT_TRANSLATE_NOOP("privacy", "All purposes"),
}
SOURCES = {
    "visit": QT_TRANSLATE_NOOP("privacy", "Company visit"),
    "trade_fair": QT_TRANSLATE_NOOP("privacy", "Trade fair"),
    "import_file": QT_TRANSLATE_NOOP("privacy", "Import file"),
    "web": QT_TRANSLATE_NOOP("privacy", "Web"),
    "event": QT_TRANSLATE_NOOP("privacy", "Event"),
    "referral": QT_TRANSLATE_NOOP("privacy", "Referral"),
}
REVIEW_REASONS = {
    "no_contact": QT_TRANSLATE_NOOP("privacy", "No contact"),
    "consent_expired": QT_TRANSLATE_NOOP("privacy", "Consent ran out"),
}
RECORD_KINDS = {
    "activity": QT_TRANSLATE_NOOP("privacy", "Activity"),
    "need": QT_TRANSLATE_NOOP("privacy", "Need"),
    "referral": QT_TRANSLATE_NOOP("privacy", "Referral"),
    "referral_stage_change": QT_TRANSLATE_NOOP("privacy", "Referral step"),
    "cooperation": QT_TRANSLATE_NOOP("privacy", "Cooperation"),
    "task": QT_TRANSLATE_NOOP("privacy", "Task"),
    "project": QT_TRANSLATE_NOOP("privacy", "Project"),
    "organisation": QT_TRANSLATE_NOOP("privacy", "Organisation"),
    "person": QT_TRANSLATE_NOOP("privacy", "Person"),
}
_REASONS = (
    (re.compile(r"^Objection since (.+)$"), QT_TRANSLATE_NOOP("privacy", "Objection since %1")),
    (
        re.compile(r"^Consent withdrawn on (.+)$"),
        QT_TRANSLATE_NOOP("privacy", "Consent withdrawn on %1"),
    ),
    (
        re.compile(r"^Consent expired on (.+)$"),
        QT_TRANSLATE_NOOP("privacy", "Consent ran out on %1"),
    ),
    (re.compile(r"^Last contact (.+)$"), QT_TRANSLATE_NOOP("privacy", "Last contact %1")),
)
_PLAIN = (
    QT_TRANSLATE_NOOP("privacy", "No consent for this purpose"),
    QT_TRANSLATE_NOOP("privacy", "Erased or deleted"),
    QT_TRANSLATE_NOOP("privacy", "Never in contact"),
    QT_TRANSLATE_NOOP("privacy", "A consent ran out"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def purpose_label(purpose: Purpose) -> str:
    return tr(PURPOSES[purpose])


def source_label(code: str) -> str:
    """A known source code in the user's words; free text as typed."""
    return tr(SOURCES[code]) if code in SOURCES else code


def record_kind(target_type: str) -> str:
    return tr(RECORD_KINDS[target_type]) if target_type in RECORD_KINDS else target_type


def reason_text(reason: str) -> str:
    """A service's English reason ('Objection since 01.09.2026') in the user's language."""
    for pattern, source in _REASONS:
        if match := pattern.match(reason):
            return tr(source).replace("%1", match[1])
    return tr(reason) if reason in _PLAIN else reason
