"""Finding likely duplicates among many records quickly: strong keys by dictionary, fuzzy names
only within blocks (same postcode, same name prefix) so a scan is not quadratic."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from indie_desktop.domain.matching import OrganisationKeys, PersonKeys

# Reason codes; the UI and the CLI turn them into words.
VAT, REGISTER, EMAIL, WEBSITE, PHONE = "vat", "register", "email", "website", "phone"
NAME_ADDRESS, NAME_POSTCODE, NAME_CITY = "name_address", "name_postcode", "name_city"
SAME_NAME_ORG = "name_organisation"

STRONG_SCORE = {VAT: 100, REGISTER: 100, EMAIL: 97, WEBSITE: 95, PHONE: 92}
NAME_CUTOFF_SAME_POSTCODE = 85.0
NAME_CUTOFF_ELSEWHERE = 93.0
# A key shared by more records than this is a switchboard or a shared inbox, not an identity.
MAX_KEY_GROUP = 25
PREFIX = 4


@dataclass(frozen=True, slots=True)
class Match:
    """A likely duplicate: the other record, a score 0-100 and why."""

    other: object
    score: int
    reasons: tuple[str, ...]


def _sorted_tokens(core: str) -> str:
    """Words in order, so plain ratio equals token_sort_ratio ('GmbH Müller' ~ 'Müller GmbH')."""
    return " ".join(sorted(core.split()))


def _strong_keys(k: OrganisationKeys) -> list[tuple[str, str]]:
    """(code, value) of the keys k has; OrganisationIndex.__init__ spells out the same."""
    keys = []  # spelled out: built for every row of an import
    if k.vat:
        keys.append((VAT, k.vat))
    if k.register:
        keys.append((REGISTER, k.register))
    if k.email:
        keys.append((EMAIL, k.email))
    if k.domain:
        keys.append((WEBSITE, k.domain))
    if k.phone:
        keys.append((PHONE, k.phone))
    return keys


def _fuzzy(a: OrganisationKeys, b: OrganisationKeys, similarity: float) -> Match | None:
    if a.postcode and a.postcode == b.postcode:
        if similarity < NAME_CUTOFF_SAME_POSTCODE:
            return None
        if a.street and a.street == b.street:
            return Match(b.id, min(100, round(similarity) + 5), (NAME_ADDRESS,))
        return Match(b.id, round(similarity) - 5, (NAME_POSTCODE,))
    if similarity < NAME_CUTOFF_ELSEWHERE:
        return None
    if a.postcode and b.postcode:
        return None  # same name in two places: branches or namesakes, not duplicates
    if a.city and a.city == b.city:
        return Match(b.id, round(similarity) - 5, (NAME_CITY,))
    return None


def _combine(matches: Iterable[Match]) -> Match:
    matches = list(matches)
    best = max(matches, key=lambda m: m.score)
    reasons = tuple(
        dict.fromkeys(r for m in sorted(matches, key=lambda m: -m.score) for r in m.reasons)
    )
    return Match(best.other, best.score, reasons)


class OrganisationIndex:
    """Organisations indexed for 'which known record is this one?' and for a full scan."""

    def __init__(self, records: Iterable[OrganisationKeys]) -> None:
        self.records: list[OrganisationKeys] = list(records)
        self._strong: dict[tuple[str, str], list[int]] = defaultdict(list)
        self._by_postcode: dict[str, list[int]] = defaultdict(list)
        self._by_prefix: dict[str, list[int]] = defaultdict(list)
        self._core_cache: dict[int, list[str]] = {}
        # `add` for each record, spelled out with local names: 20,000 per import or scan.
        strong, by_postcode, by_prefix = self._strong, self._by_postcode, self._by_prefix
        for i, k in enumerate(self.records):
            if k.vat:
                strong[(VAT, k.vat)].append(i)
            if k.register:
                strong[(REGISTER, k.register)].append(i)
            if k.email:
                strong[(EMAIL, k.email)].append(i)
            if k.domain:
                strong[(WEBSITE, k.domain)].append(i)
            if k.phone:
                strong[(PHONE, k.phone)].append(i)
            core = k.core
            if core:
                if k.postcode:
                    by_postcode[k.postcode].append(i)
                by_prefix[core[:PREFIX]].append(i)

    def add(self, k: OrganisationKeys) -> None:
        i = len(self.records)
        self.records.append(k)
        for key in _strong_keys(k):
            self._strong[key].append(i)
        if k.core:
            if k.postcode:
                self._by_postcode[k.postcode].append(i)
            self._by_prefix[k.core[:PREFIX]].append(i)

    def names(self) -> dict[object, str]:
        return {k.id: k.name for k in self.records}

    def _cores(self, block: list[int]) -> list[str]:
        """The name cores of a block, kept while the block does not grow."""
        cached = self._core_cache.get(id(block))
        if cached is None or len(cached) != len(block):
            cached = [_sorted_tokens(self.records[i].core) for i in block]
            self._core_cache[id(block)] = cached
        return cached

    def matches(self, k: OrganisationKeys, limit: int = 5) -> list[Match]:
        """Known organisations that are probably the one described by k, best first."""
        found: dict[int, list[Match]] = {}
        records = self.records
        for code, value in _strong_keys(k):
            group = self._strong.get((code, value))
            if group and len(group) <= MAX_KEY_GROUP:
                for i in group:
                    m = Match(records[i].id, STRONG_SCORE[code], (code,))
                    found.setdefault(i, []).append(m)
        if k.core:
            blocks = (
                self._by_prefix.get(k.core[:PREFIX]),
                self._by_postcode.get(k.postcode) if k.postcode else None,
            )
            done: set[int] = set()
            query = _sorted_tokens(k.core)
            for block in blocks:
                if not block:
                    continue
                for _, similarity, pos in process.extract(
                    query,
                    self._cores(block),
                    scorer=fuzz.ratio,
                    score_cutoff=NAME_CUTOFF_SAME_POSTCODE,
                    limit=None,
                ):
                    i = block[pos]
                    if i in done:
                        continue
                    done.add(i)
                    fuzzy = _fuzzy(k, records[i], similarity)
                    if fuzzy is not None:
                        found.setdefault(i, []).append(fuzzy)
        if not found:
            return []
        result = [_combine(ms) for i, ms in found.items() if records[i].id != k.id]
        return sorted(result, key=lambda m: -m.score)[:limit]

    def pairs(
        self, progress: Callable[[int, int], None] | None = None
    ) -> Iterator[tuple[object, object, int, tuple[str, ...]]]:
        """Every likely duplicate pair once: (id a, id b, score, reasons)."""
        seen: dict[tuple[int, int], list[Match]] = defaultdict(list)
        for (code, _value), group in self._strong.items():
            if 1 < len(group) <= MAX_KEY_GROUP:
                for x, i in enumerate(group):
                    for j in group[x + 1 :]:
                        seen[(i, j)].append(Match(None, STRONG_SCORE[code], (code,)))
        blocks = [*self._by_postcode.values(), *self._by_prefix.values()]
        total = len(blocks)
        for n, block in enumerate(blocks):
            if progress is not None and n % 200 == 0:
                progress(n, total)
            if len(block) < 2:
                continue
            choices = self._cores(block)
            for x, i in enumerate(block[:-1]):
                for _, similarity, pos in process.extract(
                    choices[x],
                    choices[x + 1 :],
                    scorer=fuzz.ratio,
                    score_cutoff=NAME_CUTOFF_SAME_POSTCODE,
                    limit=None,
                ):
                    j = block[x + 1 + pos]
                    m = _fuzzy(self.records[i], self.records[j], similarity)
                    if m is not None and m.reasons[0] not in {
                        r for s in seen.get((i, j), []) for r in s.reasons
                    }:
                        seen[(i, j)].append(m)
        if progress is not None:
            progress(total, total)
        for (i, j), ms in seen.items():
            best = _combine(ms)
            yield self.records[i].id, self.records[j].id, best.score, best.reasons


def person_pairs(
    people: list[PersonKeys],
) -> Iterator[tuple[object, object, int, tuple[str, ...]]]:
    """Likely duplicate people: same e-mail, same phone, or same name at the same organisation."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, p in enumerate(people):
        if p.email:
            groups[(EMAIL, p.email)].append(i)
        for phone in p.phones:
            groups[(PHONE, phone)].append(i)
        groups[("name", p.name_key)].append(i)
    seen: dict[tuple[int, int], list[Match]] = defaultdict(list)
    for (code, _), group in groups.items():
        if not 1 < len(group) <= MAX_KEY_GROUP * (4 if code == "name" else 1):
            continue
        for x, i in enumerate(group):
            for j in group[x + 1 :]:
                if code != "name":
                    seen[(i, j)].append(Match(None, STRONG_SCORE[code], (code,)))
                elif people[i].organisations & people[j].organisations:
                    seen[(i, j)].append(Match(None, 90, (SAME_NAME_ORG,)))
    for (i, j), ms in seen.items():
        best = _combine(ms)
        yield people[i].id, people[j].id, best.score, best.reasons


class PersonIndex:
    """People indexed by e-mail, phone and folded name, for checking import rows."""

    def __init__(self, people: Iterable[PersonKeys]) -> None:
        self._by: dict[tuple[str, str], list[PersonKeys]] = defaultdict(list)
        # Namesakes per organisation: an import of 10,000 rows may hold a few dozen names, and
        # each row would otherwise walk every earlier namesake.
        self._by_name_organisation: dict[tuple[str, object], list[PersonKeys]] = defaultdict(list)
        for p in people:
            self.add(p)

    def names(self) -> dict[object, str]:
        return {p.id: p.name for group in self._by.values() for p in group}

    def add(self, p: PersonKeys) -> None:
        if p.email:
            self._by[(EMAIL, p.email)].append(p)
        for phone in p.phones:
            self._by[(PHONE, phone)].append(p)
        self._by[("name", p.name_key)].append(p)
        for organisation in p.organisations:
            self._by_name_organisation[(p.name_key, organisation)].append(p)

    def matches(self, k: PersonKeys, limit: int = 5) -> list[Match]:
        keys = [(EMAIL, k.email)] if k.email else []
        keys += [(PHONE, phone) for phone in k.phones]
        groups = [(code, group) for code, value in keys if (group := self._by.get((code, value)))]
        if len(k.organisations) == 1:  # an import row: its one organisation, if any
            (organisation,) = k.organisations
            namesakes = self._by_name_organisation.get((k.name_key, organisation), [])
        elif k.organisations:
            namesakes = self._by.get(("name", k.name_key), [])
        else:
            namesakes = []  # nobody shares an organisation with a person of none
        if not groups and not namesakes:
            return []  # most rows of an import: nobody shares a key
        found: dict[object, list[Match]] = defaultdict(list)
        for code, group in groups:
            if len(group) <= MAX_KEY_GROUP:
                for p in group:
                    found[p.id].append(Match(p.id, STRONG_SCORE[code], (code,)))
        for p in namesakes:
            if p.organisations & k.organisations:
                found[p.id].append(Match(p.id, 90, (SAME_NAME_ORG,)))
        result = [_combine(ms) for pid, ms in found.items() if pid != k.id]
        return sorted(result, key=lambda m: -m.score)[:limit]
