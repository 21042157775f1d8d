"""The demo network's events: time, place, capacity and deadline of each, and realistic
participation (invited, registered, cancelled, attended, no-show) with its dated steps."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from indie_desktop.services.demo.context import money

BERLIN = ZoneInfo("Europe/Berlin")
EVENT_KINDS = ("sector_meeting", "joint_trade_fair", "business_trip", "event", "workshop")
EVENT_ROLES = {
    "sector_meeting": "participant",
    "joint_trade_fair": "exhibitor",
    "business_trip": "participant",
    "event": "participant",
    "workshop": "participant",
}
PARTICIPANT_NOTES = (None, None, None, None, "vegetarisch", "rollstuhlgerecht", "kommt später")
FAIR_HALLS = ("Halle 6, Stand B24", "Halle 17, Stand C10", "Halle 3, Stand A41")
FUNDING = ("EFRE/JTF NRW", "Eigenmittel der Netzwerkpartner", "Bundesprogramm Messeförderung")


def _berlin(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), BERLIN).astimezone(UTC)


def event_fields(
    rng: random.Random, kind: str, place: str, starts: date, ends: date
) -> dict[str, object]:
    """A demo event's time, place, capacity, deadline and the parts of its kind."""
    if kind not in EVENT_KINDS:
        return dict.fromkeys(
            (
                "starts_at",
                "ends_at",
                "place",
                "capacity",
                "registration_deadline",
                "registration_link",
                "cost_eur",
                "funding",
                "co_organisers",
                "fair_name",
                "hall_stand",
                "destination",
            )
        )
    hour = 17 if kind == "sector_meeting" else 9
    return {
        "starts_at": _berlin(starts, hour),
        "ends_at": _berlin(ends, hour + 4 if starts == ends else 18),
        "place": place,
        "capacity": rng.choice((30, 40, 60, 80, None)),
        "registration_deadline": starts - timedelta(days=7),
        "registration_link": "https://www.indie-regionruhr.de/anmeldung",
        "cost_eur": money(rng, "300-9000"),
        "funding": rng.choice(FUNDING),
        "co_organisers": None,
        "fair_name": f"Messe {place}" if kind == "joint_trade_fair" else None,
        "hall_stand": rng.choice(FAIR_HALLS) if kind == "joint_trade_fair" else None,
        "destination": place if kind == "business_trip" else None,
    }


def participation(
    rng: random.Random, kind: str, starts: date, today: date
) -> list[tuple[str, datetime]]:
    """A participant's status steps: invited, then registered or cancelled, then (after the
    event) attended or no-show. Network projects have no statuses."""
    if kind not in EVENT_KINDS:
        return []

    def at(days_before: int) -> datetime:
        return _berlin(starts - timedelta(days=days_before), rng.randint(8, 17), rng.randint(0, 59))

    steps = [("invited", at(rng.randint(28, 42)))]
    if starts > today and rng.random() < 0.12:
        return steps  # has not answered yet
    if rng.random() < 0.1:
        return [*steps, ("cancelled", at(rng.randint(1, 10)))]
    steps.append(("registered", at(rng.randint(11, 25))))
    if starts < today:
        steps.append(("attended" if rng.random() < 0.85 else "no_show", at(0)))
    return steps
