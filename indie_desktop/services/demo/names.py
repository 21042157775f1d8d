"""Names for the demo network: people of the Ruhr area, ASCII slugs and unique e-mail addresses."""

from __future__ import annotations

import random
import re
from functools import lru_cache

from faker import Faker

from indie_desktop.domain.text import fold
from indie_desktop.services.demo import data as d

# People whose names must survive every path (folding, search, printing, exports, sync); they
# run the first three organisations (demo_directory.SPECIAL_ORGS).
SPECIAL_PEOPLE = (("Şükrü", "Yıldız", "m"), ("Łukasz", "Wiśniewski", "m"), ("Zoë", "Ñúñez", "f"))
_DE_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


@lru_cache(maxsize=1 << 14)
def ascii_slug(text: str) -> str:
    """'Müller Präzisionstechnik' -> 'mueller-praezisionstechnik', 'Şükrü' -> 'suekrue'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text.translate(_DE_TRANSLIT))).strip("-")


class Names:
    """Common names of the Ruhr area (German, Turkish, Polish) plus Faker's breadth, seeded."""

    def __init__(self, rng: random.Random, seed: int) -> None:
        self.rng = rng
        self.emails: set[str] = set()
        self.pools: dict[tuple[str, int, bool], tuple[str, ...]] = {}
        for origin, locale, curated in (
            ("de", "de_DE", (d.DE_MALE, d.DE_FEMALE, d.DE_LAST)),
            ("tr", "tr_TR", (d.TR_MALE, d.TR_FEMALE, d.TR_LAST)),
            ("pl", "pl_PL", (d.PL_MALE, d.PL_FEMALE, d.PL_LAST)),
        ):
            fake = Faker(locale)
            fake.seed_instance(seed)
            last = fake.last_name_male if origin == "pl" else fake.last_name
            drawn = (
                [fake.first_name_male() for _ in range(200)],
                [fake.first_name_female() for _ in range(200)],
                [last() for _ in range(400)],
            )
            for part, (common, extra) in enumerate(zip(curated, drawn, strict=True)):
                self.pools[origin, part, True] = common
                self.pools[origin, part, False] = tuple(dict.fromkeys(x for x in extra if x))

    def _draw(self, origin: str, part: int) -> str:
        return self.rng.choice(self.pools[origin, part, self.rng.random() < 0.6])

    def origin(self) -> str:
        r = self.rng.random()
        return "de" if r < 0.77 else "tr" if r < 0.92 else "pl"

    def last(self, origin: str) -> str:
        return self._draw(origin, 2)

    def person(self, family: tuple[str, str] | None = None) -> tuple[str, str, str]:
        """(first name, last name, 'm' or 'f'), optionally of a given (last name, origin)."""
        last, origin = family or (None, self.origin())
        gender = "m" if self.rng.random() < 0.62 else "f"
        last = last or self.last(origin)
        first = self._draw(origin, 0 if gender == "m" else 1)
        while (first, last, gender) in SPECIAL_PEOPLE:  # keep the special people unique
            first = self._draw(origin, 0 if gender == "m" else 1)
        if origin == "pl" and gender == "f" and last.endswith(("ski", "cki")):
            last = last[:-1] + "a"  # Kowalski -> Kowalska
        return first, last, gender

    def email(self, first: str, last: str, domain: str) -> str:
        """first.last@domain, numbered where that address is taken already."""
        local = f"{ascii_slug(first)}.{ascii_slug(last)}"
        address, n = f"{local}@{domain}", 1
        while address in self.emails:
            n += 1
            address = f"{local}{n}@{domain}"
        self.emails.add(address)
        return address
