"""Bytes of a text file as the programs that wrote it meant them: UTF-8 (BOM or not),
UTF-16 LE/BE (BOM or not: Excel's "Unicode-Text", Thunderbird's UTF-16 CSV, Roundcube's sample
vCard), else a Windows code page guessed from the bytes (cp1252 for German, Latin-2 for Polish
and Czech)."""

from __future__ import annotations

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Letters that only Latin-2 texts have often (ą ę ł ż ś ź ć ń č ř š ž ů ő ű) against those of
# German texts in cp1252 (ä ö ü ß Ä Ö Ü é).
_LATIN2_ONLY = frozenset(
    b"\xb1\xea\xb3\xbf\xb6\xbc\xe6\xf1\xe8\xf8\xb9\xbe\xf9\xf5\xfb\xa3\xa6\xac\xaf"
)
_CP1252_TYPICAL = frozenset(b"\xe4\xf6\xfc\xdf\xc4\xd6\xdc\xe9\xe0")


def utf16_kind(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' / 'utf-16' (with BOM) when the bytes are UTF-16 text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    # ASCII-heavy UTF-16: every other byte is NUL.
    if even.count(0) > len(even) * 0.6 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    if odd.count(0) > len(odd) * 0.6 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    return None


def guess_code_page(data: bytes) -> str:
    """cp1252 or iso-8859-2 for bytes that are not UTF-8, by the letters they would give."""
    latin2 = sum(1 for b in data if b in _LATIN2_ONLY)
    german = sum(1 for b in data if b in _CP1252_TYPICAL)
    return "iso-8859-2" if latin2 > german else "cp1252"


def detect_encoding(data: bytes) -> str:
    """The encoding of a whole file: BOM, UTF-16 without BOM, UTF-8, else a code page."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    kind = utf16_kind(data)
    if kind is not None:
        return kind
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return guess_code_page(data)
    return "utf-8"


def to_text(data: bytes, encoding: str) -> str:
    """Decoded text without a BOM (strict; the caller reports a byte that does not fit)."""
    if encoding.lower().replace("_", "-") in ("utf-16", "utf16"):
        kind = utf16_kind(data)
        if kind in ("utf-16-le", "utf-16-be"):
            encoding = kind
    text = data.decode(encoding)
    return text[1:] if text.startswith("\ufeff") else text


def decode_value(raw: bytes, charset: str | None) -> str:
    """One property value: its declared charset, else UTF-8, else a guessed code page."""
    if charset:
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode(guess_code_page(raw), errors="replace")
