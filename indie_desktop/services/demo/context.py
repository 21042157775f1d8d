"""What every phase of the demo generator shares: the seeded random source, `today`, the bulk
writer and the columns every syncable row has, progress, and small value helpers."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from indie_desktop.domain import models as m
from indie_desktop.domain.text import fold, search_key
from indie_desktop.services.demo.writer import BulkWriter, Row

Step = Callable[[int, int], None]  # step(done, total): progress within a phase, may cancel
T = TypeVar("T")
BERLIN = ZoneInfo("Europe/Berlin")

# Memoised `text.fold` and one-part `text.search_key`: names, towns and functions repeat a lot.
# search_key(a, b) is the join of the non-empty search_key(a), search_key(b), so building keys
# part by part follows whatever folding `text` does (a test checks that both agree).
fold_cached = lru_cache(maxsize=1 << 16)(fold)
part_key = lru_cache(maxsize=1 << 16)(search_key)
_CUMULATIVE: dict[int, tuple[Mapping[str, float], tuple[str, ...], list[float]]] = {}


def key(*parts: str | None) -> str:
    """`text.search_key(*parts)`, from memoised parts."""
    return " ".join(p for p in map(part_key, parts) if p)


def pick(rng: random.Random, weights: Mapping[str, float]) -> str:
    """A key drawn by weight; the cumulative weights are computed once per table."""
    entry = _CUMULATIVE.get(id(weights))
    if entry is None or entry[0] is not weights:
        entry = _CUMULATIVE[id(weights)] = (
            weights,
            tuple(weights),
            [*accumulate(weights.values())],
        )
    return rng.choices(entry[1], cum_weights=entry[2])[0]


def money(rng: random.Random, span: str) -> Decimal:
    """A round amount in the range 'low-high' (EUR)."""
    low, high = (int(x) // 100 for x in span.split("-"))
    return Decimal(rng.randint(low, high) * 100).quantize(Decimal("0.01"))


def office_hours(day: date, rng: random.Random) -> datetime:
    """A time during German office hours on `day`, as UTC."""
    local = datetime(day.year, day.month, day.day, rng.randint(8, 17), rng.choice((0, 15, 30, 45)))
    return local.replace(tzinfo=BERLIN).astimezone(UTC)


def counted(items: Sequence[T], step: Step, every: int = 5000) -> Iterator[tuple[int, T]]:
    """(index, item) pairs, reporting progress every `every` items and once at the end."""
    total = len(items)
    for k, item in enumerate(items):
        if k % every == 0:
            step(k, total)
        yield k, item
    step(total, total)


@dataclass
class Context:
    session: Session
    rng: random.Random
    today: date
    writer: BulkWriter
    now: datetime = field(default_factory=lambda: datetime.now(UTC))

    def add(
        self,
        model: type[m.Base],
        owner: uuid.UUID | None,
        fields: Row,
        visibility: str = "network",
        record_id: uuid.UUID | None = None,
    ) -> Row:
        """Write a syncable row: `fields` plus the columns every syncable row has, which nothing
        fills in on the bulk path; a new id unless `record_id` is given. Returns the row."""
        row = {
            "id": record_id or m.uuid7(),
            "created_at": self.now,
            "updated_at": self.now,
            "version": 1,
            "deleted_at": None,
            "visibility": visibility,
            "owner_institution_id": owner,
            **fields,
        }
        self.writer.add(model, row)
        return row

    def past_day(self, days: int = 3 * 365) -> date:
        return self.today - timedelta(days=self.rng.randint(1, days))
