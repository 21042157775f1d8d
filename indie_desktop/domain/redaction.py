"""The redaction rules of an erasure (Art. 17 DSGVO): what identifies a person in free texts,
and how a text, a JSON value or a search key loses it. Used by the erasure on the database
(services/privacy/erasure.py) and by the sync when an erasure reaches a laptop (sync/erasure.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from indie_desktop.domain.models import (
    Activity,
    Cooperation,
    Need,
    Organisation,
    Person,
    Project,
    Referral,
    ReferralStageChange,
    Task,
)
from indie_desktop.domain.text import search_fold

REDACTED = "[entfernt]"
ANONYMOUS = "Anonymisiert"

# Free texts of other records where a person may be named (target type -> model, fields).
MENTION_FIELDS: dict[str, tuple[Any, tuple[str, ...]]] = {
    "activity": (
        Activity,
        ("subject", "place", "report", "situation", "needs_found", "next_steps"),
    ),
    "need": (Need, ("topic", "description", "wanted_competence")),
    "referral": (Referral, ("note",)),
    "referral_stage_change": (ReferralStageChange, ("note",)),
    "cooperation": (Cooperation, ("title", "evidence")),
    "task": (Task, ("title", "description")),
    "project": (Project, ("description",)),
    "organisation": (Organisation, ("notes", "source", "competences")),
    "person": (Person, ("notes", "function", "department")),
}


def _phone_variants(e164: str) -> list[str]:
    out = [e164]
    try:
        import phonenumbers

        number = phonenumbers.parse(e164, "DE")
        fmt = phonenumbers.PhoneNumberFormat
        for style in (fmt.INTERNATIONAL, fmt.NATIONAL):
            text = phonenumbers.format_number(number, style)
            out += [text, re.sub(r"\D", "", text) if style == fmt.NATIONAL else text]
    except Exception:  # a legacy value that was never normalised: search it as stored
        pass
    return out


def identifying_terms_of(
    first_name: str | None,
    last_name: str | None,
    salutation: str | None,
    title: str | None,
    email: str | None,
    phones: Iterable[str | None],
    last_name_shared: bool = False,
) -> list[str]:
    """`identifying_terms` of a person given as plain values (an offline replica's row)."""
    first, last = (first_name or "").strip(), (last_name or "").strip()
    terms: list[str] = []
    if first and last:
        terms += [f"{first} {last}", f"{last}, {first}", f"{last} {first}"]
    if len(last) >= 3 and last != ANONYMOUS:
        if not last_name_shared:
            terms.append(last)
        else:
            forms = {"frau": ("Frau", "Fr."), "herr": ("Herr", "Herrn", "Hr.")}
            for word in forms.get(salutation or "", ()):
                terms.append(f"{word} {last}")
            if title:
                terms.append(f"{title} {last}")
    if email:
        terms.append(email)
    for phone in phones:
        if phone:
            terms += _phone_variants(phone)
    unique = {t for t in terms if len(t) >= 3}
    return sorted(unique, key=lambda t: (-len(t), t))


def pattern_of(terms: Sequence[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    return re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)


def redact_value(value: Any, pattern: re.Pattern[str]) -> Any:
    if isinstance(value, str):
        return pattern.sub(REDACTED, value)
    if isinstance(value, list):
        return [redact_value(v, pattern) for v in value]
    if isinstance(value, dict):
        return {k: redact_value(v, pattern) for k, v in value.items()}
    return value


def redact_search_key(key: str, terms: Sequence[str]) -> str:
    """A stored search key without the folded forms of `terms`."""
    folded = pattern_of([search_fold(t) for t in terms if search_fold(t)])
    return key if folded is None else " ".join(folded.sub("", key).split())
