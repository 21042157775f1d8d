"""The 'Change history' section of a detail pane: who changed which field when, old → new."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from indie_desktop.domain.enum_labels import QT_TRANSLATE_NOOP
from indie_desktop.domain.formatting import format_datetime

if TYPE_CHECKING:
    from indie_desktop.services.history import HistoryEntry

CONTEXT = "history"
SHOWN = 10

_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("history", "created"),
    "update": QT_TRANSLATE_NOOP("history", "changed"),
    "delete": QT_TRANSLATE_NOOP("history", "deleted"),
    "restore": QT_TRANSLATE_NOOP("history", "restored"),
    "purge": QT_TRANSLATE_NOOP("history", "removed"),
}

_FIELDS = {
    "name": QT_TRANSLATE_NOOP("history", "Name"),
    "kind": QT_TRANSLATE_NOOP("history", "Kind"),
    "legal_form": QT_TRANSLATE_NOOP("history", "Legal form"),
    "street": QT_TRANSLATE_NOOP("history", "Street"),
    "postcode": QT_TRANSLATE_NOOP("history", "Postcode"),
    "city": QT_TRANSLATE_NOOP("history", "City"),
    "municipality": QT_TRANSLATE_NOOP("history", "Municipality"),
    "phone": QT_TRANSLATE_NOOP("history", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("history", "Mobile"),
    "email": QT_TRANSLATE_NOOP("history", "E-mail"),
    "website": QT_TRANSLATE_NOOP("history", "Website"),
    "notes": QT_TRANSLATE_NOOP("history", "Notes"),
    "competences": QT_TRANSLATE_NOOP("history", "Competences"),
    "visibility": QT_TRANSLATE_NOOP("history", "Visibility"),
    "status": QT_TRANSLATE_NOOP("history", "Status"),
    "first_name": QT_TRANSLATE_NOOP("history", "First name"),
    "last_name": QT_TRANSLATE_NOOP("history", "Last name"),
    "function": QT_TRANSLATE_NOOP("history", "Function"),
    "department": QT_TRANSLATE_NOOP("history", "Department"),
    "wz_code": QT_TRANSLATE_NOOP("history", "WZ 2008"),
    "responsible_staff_id": QT_TRANSLATE_NOOP("history", "Responsible"),
    "description": QT_TRANSLATE_NOOP("history", "Description"),
}


ADMINISTRATOR = QT_TRANSLATE_NOOP("history", "Administrator")
TITLE = QT_TRANSLATE_NOOP("history", "Change history")
OLDER = QT_TRANSLATE_NOOP("history", "… and older entries")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _value(value: object) -> str:
    if value in (None, ""):
        return "–"
    text = str(value)
    return html.escape(text if len(text) <= 60 else text[:57] + "…")


def history_section(entries: list[HistoryEntry]) -> str:
    """HTML for the newest entries; '' when there is no history."""
    if not entries:
        return ""
    items = []
    for e in entries[:SHOWN]:
        who = html.escape(e.who or _tr(ADMINISTRATOR))
        head = f"{format_datetime(e.at)} · {who} · {_tr(_ACTIONS.get(e.action, e.action))}"
        if e.action == "update" and e.changes:
            parts = [
                f"{html.escape(_tr(_FIELDS[c.field]) if c.field in _FIELDS else c.field)}: "
                f"{_value(c.old)} → {_value(c.new)}"
                for c in e.changes
            ]
            head += "<br>&nbsp;&nbsp;" + "<br>&nbsp;&nbsp;".join(parts)
        items.append(f"<li>{head}</li>")
    more = len(entries) - SHOWN
    tail = f'<p class="hint">{html.escape(_tr(OLDER))}</p>' if more > 0 else ""
    title = html.escape(_tr(TITLE))
    return f"<h3>{title}</h3><ul>{''.join(items)}</ul>{tail}"
