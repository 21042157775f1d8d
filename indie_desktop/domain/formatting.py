"""German display formats for dates, times, amounts and numbers.

Deliberately without the ``locale`` module: results must be identical on Windows and Linux
whatever the user's system locale is. Times are stored as UTC and shown in Europe/Berlin;
``zoneinfo`` reads the ``tzdata`` package where the system has no time zone database (Windows).
"""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")

NBSP = "\u00a0"  # keeps '1.234,50' and '€' on one line
EMPTY_NUMBER = "–"  # shown for NaN/infinity instead of failing a whole printout


def to_berlin(dt: datetime) -> datetime:
    """The same instant in Berlin time; a naive datetime is taken to be UTC."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(BERLIN)


def local_to_utc(naive_local: datetime) -> datetime:
    """A wall-clock time typed in Berlin as an aware UTC datetime (aware input is converted)."""
    if naive_local.tzinfo is None:
        # fold=0: an ambiguous time in the October hour picks the first (summer time) one,
        # a time skipped in March is read with the winter offset (02:30 -> 01:30 UTC).
        naive_local = naive_local.replace(tzinfo=BERLIN)
    return naive_local.astimezone(UTC)


def format_date(d: date | datetime | None) -> str:
    """'24.11.2026'; a datetime is first converted to Berlin time, None gives ''."""
    if d is None:
        return ""
    if isinstance(d, datetime):
        d = to_berlin(d).date()
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def format_datetime(dt: datetime | None) -> str:
    """'24.11.2026 14:05' in Berlin time; naive input is taken to be UTC, None gives ''."""
    if dt is None:
        return ""
    local = to_berlin(dt)
    return f"{format_date(local.date())} {local.hour:02d}:{local.minute:02d}"


def _to_decimal(value: Decimal | int | float) -> Decimal:
    """Exact decimal; floats go through their shortest repr so 0.1 stays 0.1."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


def format_number(value: Decimal | int | float, decimals: int = 0) -> str:
    """German grouping and decimal comma, rounded half up: 20000 -> '20.000', 2 -> '1.234,50'."""
    number = _to_decimal(value)
    if not number.is_finite():
        return EMPTY_NUMBER
    rounded = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""  # also turns -0,00 into 0,00
    text = f"{abs(rounded):,.{decimals}f}"  # '1,234.50'
    return sign + text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_money(value: Decimal | int | float | None, currency: bool = True) -> str:
    """Euro amount as '1.234,50 €' (no-break space before €), '-1.234,50 €'; None gives ''."""
    if value is None:
        return ""
    text = format_number(value, decimals=2)
    if currency and text != EMPTY_NUMBER:
        return f"{text}{NBSP}€"
    return text


def address_text(
    street: str | None, postcode: str | None, city: str | None, country: str | None
) -> str:
    """'Hauptstr. 1, 44135 Dortmund, Schweiz': one line of an address's parts."""
    place = " ".join(x for x in (postcode, city) if x)
    return ", ".join(x for x in (street, place, country) if x)
