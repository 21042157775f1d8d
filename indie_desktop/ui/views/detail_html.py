"""The HTML of the detail panes: escaping, links, label/value tables, sections, affiliations.

The views build their detail pane from these pieces; QTextBrowser shows the result with
DETAIL_STYLE as the document's style sheet.
"""

from __future__ import annotations

import datetime
import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from indie_desktop.domain.enums import ContactKind, ContactLabel
from indie_desktop.domain.formatting import address_text, format_date
from indie_desktop.ui import labels

if TYPE_CHECKING:
    from indie_desktop.services.contacts.contact_points import ContactPointDraft

DETAIL_STYLE = """
h2 { margin-bottom: 2px; }
h3 { margin-top: 14px; margin-bottom: 4px; color: %(heading)s; }
p.subtitle { color: %(muted)s; margin-top: 0; }
td.label { color: %(muted)s; padding-right: 12px; vertical-align: top; }
p.hint { color: %(muted)s; }
span.ended { color: %(muted)s; }
"""


def detail_style() -> str:
    """DETAIL_STYLE with colours for the current palette (light or dark)."""
    from indie_desktop.ui.theme import heading_color, muted_color

    return DETAIL_STYLE % {"heading": heading_color().name(), "muted": muted_color().name()}


def esc(text: object) -> str:
    return html.escape(str(text)) if text not in (None, "") else ""


def link(href: str, text: str) -> str:
    return f'<a href="{html.escape(href, quote=True)}">{esc(text)}</a>'


def multiline(text: str) -> str:
    return esc(text).replace("\n", "<br>")


def hint(text: str) -> str:
    """A grey note in place of a record ('Nothing matches the filter.')."""
    return f'<p class="hint">{esc(text)}</p>'


def field_table(rows: Iterable[tuple[str, str]]) -> str:
    """Label/value rows (values already HTML); empty values are left out."""
    cells = "".join(
        f'<tr><td class="label">{esc(label)}</td><td>{value}</td></tr>'
        for label, value in rows
        if value
    )
    return f'<table width="100%" cellspacing="0" cellpadding="3">{cells}</table>' if cells else ""


def contact_point_rows(points: Iterable[ContactPointDraft]) -> list[tuple[str, str]]:
    """Label/value rows of further contact details: 'E-mail (home)' with a mail link, 'Fax
    (work)' with the number, 'Address (home)' with the address on one line."""
    rows: list[tuple[str, str]] = []
    for p in points:
        kind = ContactKind(p.kind)
        title = f"{labels.label(kind)} ({labels.label(ContactLabel(p.label))})"
        if kind is ContactKind.EMAIL:
            value = link(f"mailto:{p.value}", p.value)
        elif kind is ContactKind.WEB:
            value = link(p.value if "://" in p.value else f"https://{p.value}", p.value)
        elif kind is ContactKind.ADDRESS:
            value = esc(address_text(p.street, p.postcode, p.city, p.country))
        else:
            value = esc(p.value)
        rows.append((title, value))
    return rows


def section(title: str, body: str) -> str:
    return f"<h3>{esc(title)}</h3>{body}" if body else ""


def bullet_list(items: Iterable[str]) -> str:
    """<ul> of items (already HTML); '' when there are none, so section() leaves it out."""
    body = "".join(f"<li>{item}</li>" for item in items)
    return f"<ul>{body}</ul>" if body else ""


# --- affiliations (a person at an organisation) -------------------------------------------------


def has_ended(until: datetime.date | None, today: datetime.date | None = None) -> bool:
    """An affiliation whose end date has passed (one ending today still holds today)."""
    return until is not None and until < (today or datetime.date.today())


def affiliation_span(since: datetime.date | None, until: datetime.date | None) -> str:
    """'since 01.02.2020', 'until 26.11.2018', '01.02.2015 until 26.11.2018' or ''."""
    if since and until:
        text = QCoreApplication.translate("detail_html", "{since} until {until}")
        return text.format(since=format_date(since), until=format_date(until))
    if since:
        return QCoreApplication.translate("detail_html", "since {date}").format(
            date=format_date(since)
        )
    if until:
        return QCoreApplication.translate("detail_html", "until {date}").format(
            date=format_date(until)
        )
    return ""


def affiliation_item(
    name_html: str,
    role: str,
    since: datetime.date | None,
    until: datetime.date | None,
    *,
    mark_primary: bool = False,
    today: datetime.date | None = None,
) -> str:
    """One affiliation as list item HTML: 'Name – role, since 01.02.2020'.

    An affiliation that has ended is greyed and says until when it held; `mark_primary`
    adds '(primary)' (worth saying only where a person has several organisations).
    """
    parts = [name_html]
    if role:
        parts.append(f" – {esc(role)}")
    if mark_primary:
        primary = QCoreApplication.translate("detail_html", "primary")
        parts.append(f" <i>({esc(primary)})</i>")
    span = affiliation_span(since, until)
    if span:
        parts.append(f", {esc(span)}")
    text = "".join(parts)
    return f'<span class="ended">{text}</span>' if has_ended(until, today) else text
