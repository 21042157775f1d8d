"""Technology terms in German text, found as terms and not as substrings.

A text ('Digitalisierung der Fertigungsplanung, MES/ERP-Anbindung') is split into words, each
word folded (search_fold), German compounds split against the vocabulary's words
('Fräsbearbeitung' -> 'fräs' + 'bearbeitung'), and inflections reduced to a simple stem
('Fräsen', 'Fräser' -> 'fras'). Abbreviations (MES, ERP, CNC, SPS) match only a whole word
written as the abbreviation: 'MES' is never found in 'Messeauftritte' or 'Messtechnik'.

The vocabulary groups synonyms into concepts ('Lasersintern' ~ 'SLS' ~ 'Selektives
Lasersintern') and links a concept to a broader one ('Lasersintern' > 'Additive Fertigung'):
a need for the broader term finds the narrower one and the other way round, at a lower weight.
The longest term found at a place wins ('Wärmepumpen' is not also 'Pumpen').
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from indie_desktop.domain.text import search_fold

# Matches of a concept: the same concept, or one step along 'broader': a partner offering
# the narrower term ('CNC-Fräsen' for 'Zerspanung') fits better than one offering only the
# broader ('Simulation' for 'FEM-Berechnung').
EXACT, NARROWER, BROADER = 1.0, 0.7, 0.4
# A generic concept (a line starting with '~') weighs less: it says little about who fits.
GENERIC_WEIGHT = 0.5
ABBREVIATION = "#"  # marks an abbreviation's part: matched only as the whole word
MIN_PART = 4  # shortest part a compound is split into ('bau' stays inside 'Stahlbau')
_WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+")
_SUFFIXES = ("ungen", "innen", "en", "er", "em", "es", "e", "n", "s")
_LINKS = ("s", "es", "n", "en", "er", "e")  # Fugenelemente between compound parts
# Words of the trade that carry no concept themselves but let compounds be split.
BASE_WORDS = (
    "Präzision Technik Technologie Planung Berechnung Nachweis Anwendung Presse Pressen Kontakt "
    "Bearbeitung Anlage Anlagen System Systeme Teil Teile "
    "Fertigung Produktion Maschine Maschinen Prüfung Analyse Entwicklung Beratung Steuerung "
    "Messung Verfahren Bau Werk Zelle Linie Lösung Lösungen Anbindung Integration Einführung "
    "Software Daten Prozess Prozesse Qualität Material Werkstoff Metall Stahl Aluminium Kunststoff "
    "Bauteil Bauteile Komponenten Serie Serien Labor Roboter Laser Sensor Energie Wärme Strom "
    "Gebäude Fahrzeug Fahrzeuge Motor Getriebe Pulver Druck Guss Form Formen Oberfläche Schicht "
    "Lager Transport Logistik Lieferant Kunde Kunden Automation Schweiß Fräs Dreh Schleif Biege "
    "Montage Modul Module Service Dienst Dienstleistung Optimierung Simulation Konstruktion "
    "Sicherheit Netz Netze Platte Platten Kühl Kühlung Lack Schutz Reinigung Antrieb Antriebe "
    "Kamera Bild Schaltschrank Elektronik Mechanik Hydraulik Pneumatik Zylinder Ventil Ventile"
)


def stem(word: str) -> str:
    """A folded word reduced by up to two inflection endings, never below four letters."""
    if len(word) <= MIN_PART or word.isdigit():
        return word
    for _ in range(2):
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= MIN_PART:
                word = word[: -len(suffix)] + ("ung" if suffix == "ungen" else "")
                break
        else:
            break
    return word


STOPWORDS = frozenset(
    stem(search_fold(w))
    for w in (
        "der die das den dem des ein eine einer eines einem einen und oder für fur mit von vom zu "
        "zur zum im in am an auf aus bei nach über uber unter durch als auch sowie bzw ggf etc "
        "sucht suchen gesucht suche braucht benötigt benotigt wird werden soll sollen wir unser "
        "unsere ihr ihre neue neuen neuer neu partner partnern hochschulpartner kooperation "
        "kooperationspartner unterstützung unterstutzung hilfe thema themen bedarf projekt "
        "projekte firma unternehmen betrieb region regional möglich moglich bitte kontakt "
        "einsatz einführen einfuhren aufbau umsetzung ansprechpartner erfahrung erfahrungen"
    ).split()
)


def _is_abbreviation(word: str) -> bool:
    """'MES', 'SPS', 'IoT', 'ZfP', 'H2': short and with more than one capital."""
    return len(word) <= 5 and sum(c.isupper() for c in word) >= 2


@dataclass(frozen=True)
class Concept:
    index: int
    label: str
    broader: str | None
    generic: bool

    @property
    def weight(self) -> float:
        return GENERIC_WEIGHT if self.generic else 1.0


@dataclass(frozen=True)
class Found:
    """A concept found in a text, with the words there that named it (as written)."""

    concept: Concept
    words: str


@dataclass
class Analysis:
    """What a text says in terms: the concepts found, and the other words' stems."""

    concepts: dict[int, Found] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)  # stem -> the word as written


@dataclass(frozen=True)
class ConceptMatch:
    """A wanted concept a partner offers: exactly, or through a broader/narrower concept."""

    wanted: Concept
    offered: Concept
    offered_words: str
    quality: float

    @property
    def reason(self) -> str:
        """'MES' or 'Zerspanung: CNC-Fräsen' (the partner's term as it wrote it)."""
        if self.quality >= EXACT:
            return self.wanted.label
        return f"{self.wanted.label}: {self.offered_words}"


class Vocabulary:
    """Concepts with their synonyms; builds its own compound-splitting lexicon from them."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.concepts: list[Concept] = []
        self._by_label: dict[str, Concept] = {}
        self._abbreviations: dict[str, set[int]] = {}  # as written -> concept indexes
        raw: list[tuple[int, list[str]]] = []
        for line in lines:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            generic = line.startswith("~")
            line = line.lstrip("~").strip()
            body, _, broader = line.partition(">")
            names = [n.strip() for n in body.split(";") if n.strip()]
            if not names:
                continue
            key = search_fold(names[0])
            existing = self._by_label.get(key)
            if existing is not None:  # a staff term for a shipped concept: more synonyms
                raw.append((existing.index, names))
                continue
            concept = Concept(len(self.concepts), names[0], broader.strip() or None, generic)
            self.concepts.append(concept)
            self._by_label[key] = concept
            raw.append((concept.index, names))
        self.known: set[str] = {stem(search_fold(w)) for w in BASE_WORDS.split()}
        self.generic: frozenset[str] = STOPWORDS | self.known  # no evidence on their own
        for _index, names in raw:
            for name in names:
                for word in _WORD.findall(name):
                    if not _is_abbreviation(word) and len(word) >= MIN_PART:
                        self.known.add(stem(search_fold(word)))
        self._split_cache: dict[str, tuple[str, ...]] = {}
        self._phrases: dict[tuple[str, ...], set[int]] = {}
        for index, names in raw:
            for name in names:
                words = _WORD.findall(name)
                if len(words) == 1 and _is_abbreviation(words[0]):
                    self._abbreviations.setdefault(words[0].upper(), set()).add(index)
                parts = tuple(p for w in words for p in self._word_parts(w))
                if parts:
                    self._phrases.setdefault(parts, set()).add(index)
        self._longest = max((len(p) for p in self._phrases), default=1)
        self._cache: dict[str, Analysis] = {}

    def concept(self, label: str) -> Concept | None:
        return self._by_label.get(search_fold(label))

    def broader(self, concept: Concept) -> Concept | None:
        return self.concept(concept.broader) if concept.broader else None

    # --- words ----------------------------------------------------------------------------

    def _word_parts(self, word: str) -> tuple[str, ...]:
        """An abbreviation is one part of its own kind ('#MES'), which no lower-case word and
        no piece of a compound can be; other words are split and stemmed."""
        if _is_abbreviation(word):
            return (ABBREVIATION + word.upper(),)
        return self._parts(word)

    def _parts(self, word: str) -> tuple[str, ...]:
        """A word as written -> its stemmed parts: 'Fräsbearbeitung' -> ('fras', 'bearbeitung')."""
        folded = search_fold(word)
        if not folded:
            return ()
        cached = self._split_cache.get(folded)
        if cached is None:
            whole = stem(folded)
            split = None if whole in self.known else self._split(folded) or self._half(folded)
            cached = split or (whole,)
            self._split_cache[folded] = cached
        return cached

    def _split(self, folded: str) -> tuple[str, ...] | None:
        """The folded word as known parts, fewest parts first; None if it cannot be split."""
        if stem(folded) in self.known:
            return (stem(folded),)
        best: tuple[str, ...] | None = None
        for i in range(len(folded) - MIN_PART, MIN_PART - 1, -1):  # longest first part first
            head = self._head(folded[:i])
            if head is None:
                continue
            rest = self._split(folded[i:]) if len(folded) - i >= MIN_PART else None
            if rest is not None and (best is None or 1 + len(rest) < len(best)):
                best = (head, *rest)
                if len(best) == 2:
                    break
        return best

    def _half(self, folded: str) -> tuple[str, ...] | None:
        """A compound of which one side is known: 'Hydraulikpressen' -> 'hydraulik' + 'pres',
        'Batteriekontakte' is left whole unless one side is a term of the trade."""
        for i in range(len(folded) - MIN_PART, MIN_PART, -1):
            head = self._head(folded[:i])
            if head is not None and len(head) >= 5:
                return (head, stem(folded[i:]))
        for i in range(MIN_PART + 1, len(folded) - MIN_PART):
            tail = stem(folded[i:])
            if len(tail) >= 5 and tail in self.known:
                head = folded[:i]
                for k in _LINKS:
                    if head.endswith(k) and len(head) - len(k) >= MIN_PART:
                        head = head[: -len(k)]
                        break
                return (stem(head), tail)
        return None

    def _head(self, head: str) -> str | None:
        for candidate in (head, *(head[: -len(k)] for k in _LINKS if head.endswith(k))):
            if len(candidate) >= MIN_PART and stem(candidate) in self.known:
                return stem(candidate)
        return None

    # --- texts ----------------------------------------------------------------------------

    def analyse(self, text: str | None) -> Analysis:
        """The concepts and other words of a text (cached: competences repeat across firms)."""
        text = text or ""
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        result = Analysis()
        # (part, the word as written it came from, where that word starts and ends)
        seq: list[tuple[str, str, int, int]] = []
        for m in _WORD.finditer(text):
            seq.extend((p, m.group(), m.start(), m.end()) for p in self._word_parts(m.group()))
        covered = [False] * len(seq)
        for length in range(min(self._longest, len(seq)), 0, -1):  # longest terms first
            for start in range(len(seq) - length + 1):
                if any(covered[start : start + length]):
                    continue
                key = tuple(p[0] for p in seq[start : start + length])
                indexes = self._phrases.get(key)
                if not indexes:
                    continue
                words = text[seq[start][2] : seq[start + length - 1][3]]  # as written
                for index in indexes:
                    result.concepts.setdefault(index, Found(self.concepts[index], words))
                for k in range(start, start + length):
                    covered[k] = True
        for (part, word, _a, _b), done in zip(seq, covered, strict=True):
            if (
                not done
                and not part.startswith(ABBREVIATION)
                and len(part) >= 5
                and part not in self.generic
                and not part.isdigit()
            ):
                result.words.setdefault(part, word)
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[text] = result
        return result

    def matches(self, wanted: Analysis, offered: Analysis) -> list[ConceptMatch]:
        """The wanted concepts a partner offers, best match per wanted concept."""
        out: list[ConceptMatch] = []
        for index, found in wanted.concepts.items():
            exact = offered.concepts.get(index)
            if exact is not None:
                out.append(ConceptMatch(found.concept, exact.concept, exact.words, EXACT))
                continue
            best: tuple[float, Found] | None = None
            for other in offered.concepts.values():
                quality = self._relation(found.concept, other.concept)
                if quality and (
                    best is None
                    or quality > best[0]
                    or (quality == best[0] and len(other.words) > len(best[1].words))
                ):
                    best = (quality, other)
            if best is not None:
                out.append(ConceptMatch(found.concept, best[1].concept, best[1].words, best[0]))
        return out

    def _relation(self, wanted: Concept, offered: Concept) -> float:
        """NARROWER if the partner offers a narrower concept, BROADER if a broader one."""
        if offered.broader is not None and self.concept(offered.broader) == wanted:
            return NARROWER
        if wanted.broader is not None and self.concept(wanted.broader) == offered:
            return BROADER
        return 0.0

    def _related(self, a: Concept, b: Concept) -> bool:
        return bool(self._relation(a, b))

    def surface_stems(self, analysis: Analysis) -> set[str]:
        """Folded word stems that any text naming these concepts (or related ones) contains:
        a coarse SQL pre-filter of candidates, refined by analyse()."""
        wanted = {f.concept.index for f in analysis.concepts.values()}
        for c in self.concepts:
            for f in analysis.concepts.values():
                if self._related(c, f.concept):
                    wanted.add(c.index)
        stems: set[str] = set()
        for phrase, indexes in self._phrases.items():
            if indexes & wanted:
                stems.add(max(phrase, key=len).lstrip(ABBREVIATION).lower())
        for abbreviation, indexes in self._abbreviations.items():
            if indexes & wanted:
                stems.add(search_fold(abbreviation))
        stems.update(analysis.words)
        return stems
