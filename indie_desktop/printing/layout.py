"""Text fitting for fixed boxes: wrap to a width, shrink to fit, never draw past the box.

Measured with the fonts' metrics (`stringWidth`), which is fast and exact for the embedded
TrueType fonts; the documents lay out their lines first and draw them afterwards, so page
counts ("Seite 1 von 2") are known before the first page is drawn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

ELLIPSIS = "…"


# Where a long word may be broken without breaking a part of it: before "@" and "." (an
# e-mail address, a web address) and after "-" or "/" (a compound, a path).
_BREAK_POINTS = re.compile(r"(?=[@.])|(?<=[-/])")


def _break_chars(word: str, font: str, size: float, width: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and stringWidth(current + ch, font, size) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than `width` cut into pieces that fit: at its break points (before "@" or
    ".", after "-"), so an e-mail address is never cut in the middle of a part; only a part
    wider than `width` by itself is cut between characters (at least one each)."""
    parts = [p for p in _BREAK_POINTS.split(word) if p]
    pieces: list[str] = []
    current = ""
    for part in parts:
        if stringWidth(current + part, font, size) <= width:
            current += part
            continue
        if current:
            pieces.append(current)
        if stringWidth(part, font, size) <= width:
            current = part
        else:
            *full, current = _break_chars(part, font, size, width)
            pieces.extend(full)
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; line breaks in `text` are kept, an empty line stays an empty line."""
    lines: list[str] = []
    space = stringWidth(" ", font, size)
    for paragraph in text.split("\n"):
        # Split at ordinary spaces only: a no-break space (in '1.234,50 €', phone numbers)
        # keeps its neighbours on one line.
        words = [w for w in paragraph.replace("\t", " ").split(" ") if w]
        if not words:
            lines.append("")
            continue
        current = ""
        current_width = 0.0
        for word in words:
            w = stringWidth(word, font, size)
            if w > width:
                if current:
                    lines.append(current)
                *full, last = break_word(word, font, size, width)
                lines.extend(full)
                current, current_width = last, stringWidth(last, font, size)
                continue
            if not current:
                current, current_width = word, w
            elif current_width + space + w <= width:
                current += " " + word
                current_width += space + w
            else:
                lines.append(current)
                current, current_width = word, w
        lines.append(current)
    return lines


def truncate(text: str, font: str, size: float, width: float) -> str:
    """One line no wider than `width`, cut with '…' if needed."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


@dataclass(frozen=True)
class Fitted:
    size: float
    leading: float
    lines: list[str]


def fit_lines(
    lines: list[str],
    font: str,
    width: float,
    max_lines: int,
    *,
    max_size: float,
    min_size: float,
    leading_factor: float = 1.2,
    height: float | None = None,
) -> Fitted:
    """The largest font size (in 0.5 pt steps) at which the wrapped lines fit `max_lines` lines
    of `width` (and `height`, if given). At the smallest size, lines that still do not fit are
    cut with '…' one line each; if there are still too many, the first lines are kept but the
    last (postcode and city, in an address) always stays."""
    size = max_size
    words = [w for line in lines for w in line.split(" ") if w]
    while size >= min_size - 1e-9:
        leading = size * leading_factor
        allowed = max_lines if height is None else min(max_lines, int(height // leading))
        # Breaking inside a word (an e-mail address, a long compound) only at the smallest size.
        whole = size - 0.5 < min_size - 1e-9 or all(
            stringWidth(w, font, size) <= width for w in words
        )
        wrapped = [w for line in lines for w in wrap(line, font, size, width)]
        if whole and len(wrapped) <= allowed:
            return Fitted(size, leading, wrapped)
        size -= 0.5
    size = min_size
    leading = size * leading_factor
    allowed = max_lines if height is None else max(1, min(max_lines, int(height // leading)))
    cut = [truncate(line, font, size, width) for line in lines]
    if len(cut) > allowed:
        cut = [*cut[: allowed - 1], cut[-1]]
    return Fitted(size, leading, cut)


def fit_one_line(
    text: str, font: str, width: float, *, max_size: float, min_size: float
) -> tuple[float, str]:
    """One line: shrink down to `min_size`, then cut with '…'."""
    size = max_size
    while size > min_size and stringWidth(text, font, size) > width:
        size -= 0.25
    size = max(size, min_size)
    return size, truncate(text, font, size, width)


@lru_cache(maxsize=4096)
def phone_de(e164: str | None) -> str:
    """A stored number as German letters write it: '+49231502910' -> '0231 502910';
    foreign numbers internationally ('+48 22 123 45 67'), anything unparsable as stored."""
    if not e164:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, "DE")
    except phonenumbers.NumberParseException:
        return e164
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 49
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)
