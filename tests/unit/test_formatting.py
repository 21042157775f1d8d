"""German display formats users see on screen and on paper, independent of the system locale."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from indie_desktop.domain.formatting import (
    BERLIN,
    format_date,
    format_datetime,
    format_money,
    format_number,
    local_to_utc,
    to_berlin,
)

NBSP = "\u00a0"


# --- dates and times ---------------------------------------------------------------------------


def test_date_is_shown_as_day_month_year_with_leading_zeros():
    assert format_date(date(2026, 11, 24)) == "24.11.2026"
    assert format_date(date(2026, 2, 1)) == "01.02.2026"


def test_missing_date_is_shown_as_empty_text():
    assert format_date(None) == ""
    assert format_datetime(None) == ""


def test_utc_time_in_winter_is_shown_one_hour_ahead_in_berlin():
    assert format_datetime(datetime(2026, 11, 24, 13, 5, tzinfo=UTC)) == "24.11.2026 14:05"


def test_utc_time_in_summer_is_shown_two_hours_ahead_in_berlin():
    assert format_datetime(datetime(2026, 7, 15, 8, 30, tzinfo=UTC)) == "15.07.2026 10:30"


def test_naive_stored_time_is_taken_as_utc():
    assert format_datetime(datetime(2026, 7, 15, 8, 30)) == "15.07.2026 10:30"


def test_time_stored_with_another_offset_is_shown_in_berlin():
    new_york = timezone(timedelta(hours=-5))
    assert format_datetime(datetime(2026, 11, 24, 8, 5, tzinfo=new_york)) == "24.11.2026 14:05"


def test_late_evening_utc_time_shows_the_next_calendar_day_in_berlin():
    late = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
    assert format_date(late) == "01.01.2027"
    assert format_datetime(late) == "01.01.2027 00:30"


def test_to_berlin_keeps_the_instant():
    instant = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # just after the switch to summer time
    local = to_berlin(instant)
    assert local == instant
    assert local.tzinfo is BERLIN
    assert (local.hour, local.minute) == (3, 30)


def test_berlin_time_typed_in_winter_is_stored_one_hour_earlier_in_utc():
    assert local_to_utc(datetime(2026, 11, 24, 14, 5)) == datetime(2026, 11, 24, 13, 5, tzinfo=UTC)


def test_berlin_time_typed_in_summer_is_stored_two_hours_earlier_in_utc():
    stored = local_to_utc(datetime(2026, 7, 15, 10, 30))
    assert stored == datetime(2026, 7, 15, 8, 30, tzinfo=UTC)
    assert stored.utcoffset() == timedelta(0)


def test_typed_berlin_time_comes_back_unchanged_on_screen():
    typed = datetime(2026, 10, 1, 9, 0)
    assert format_datetime(local_to_utc(typed)) == "01.10.2026 09:00"


def test_aware_time_given_to_local_to_utc_is_only_converted():
    aware = datetime(2026, 7, 15, 10, 30, tzinfo=BERLIN)
    assert local_to_utc(aware) == datetime(2026, 7, 15, 8, 30, tzinfo=UTC)


# --- money and numbers -------------------------------------------------------------------------


def test_amount_is_shown_with_thousands_dots_decimal_comma_and_euro():
    assert format_money(Decimal("1234.50")) == f"1.234,50{NBSP}€"


def test_negative_amount_is_shown_with_leading_minus():
    assert format_money(Decimal("-1234.5")) == f"-1.234,50{NBSP}€"


def test_amount_without_currency_sign_for_tables():
    assert format_money(Decimal("1234.5"), currency=False) == "1.234,50"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (0, "0,00"),
        (5, "5,00"),
        (999.99, "999,99"),
        (1000, "1.000,00"),
        (1234567.891, "1.234.567,89"),
        (Decimal("0.005"), "0,01"),
        (Decimal("2.675"), "2,68"),
        (2.675, "2,68"),
        (0.1 + 0.2, "0,30"),
        (Decimal("-0.001"), "0,00"),
    ],
)
def test_amount_is_rounded_commercially_to_the_cent(value, shown):
    assert format_money(value, currency=False) == shown


def test_missing_amount_is_shown_as_empty_text():
    assert format_money(None) == ""


def test_number_is_shown_with_thousands_dots():
    assert format_number(20000) == "20.000"
    assert format_number(160000) == "160.000"
    assert format_number(-3000) == "-3.000"
    assert format_number(999) == "999"


def test_number_with_decimals_uses_a_decimal_comma():
    assert format_number(Decimal("1234.5"), decimals=1) == "1.234,5"
    assert format_number(12.345, decimals=2) == "12,35"
    assert format_number(2.5) == "3"


def test_number_that_is_not_finite_is_shown_as_dash():
    assert format_number(float("nan")) == "–"
    assert format_money(float("inf")) == "–"
