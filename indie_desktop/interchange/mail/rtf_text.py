"""The body of an Outlook mail kept only as compressed RTF (PR_RTF_COMPRESSED): unpacked
(MS-OXRTFCP) and turned into text; an RTF that wraps HTML (\\fromhtml1) gives the HTML's text."""

from __future__ import annotations

import re
import struct

from indie_desktop.interchange.mail.html_text import html_to_text, tidy_text

_PREBUF = (
    b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern "
    b"\\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0"
    b"\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx"
)
_COMPRESSED, _UNCOMPRESSED = 0x75465A4C, 0x414C454D  # "LZFu", "MELA"


class RtfError(ValueError):
    pass


def decompress_rtf(data: bytes) -> bytes:
    """PR_RTF_COMPRESSED -> the RTF document."""
    if len(data) < 16:
        raise RtfError("compressed RTF too short")
    comp_size, raw_size, comp_type, _crc = struct.unpack_from("<IIII", data)
    body = data[16 : 4 + comp_size]
    if comp_type == _UNCOMPRESSED:
        return body[:raw_size]
    if comp_type != _COMPRESSED:
        raise RtfError("unknown RTF compression")
    window = bytearray(4096)
    window[: len(_PREBUF)] = _PREBUF
    wpos = len(_PREBUF)
    out = bytearray()
    i, n = 0, len(body)
    while i < n:
        control = body[i]
        i += 1
        for bit in range(8):
            if i >= n:
                break
            if control & (1 << bit):
                if i + 1 >= n:
                    return bytes(out)
                ref = (body[i] << 8) | body[i + 1]
                i += 2
                offset, length = ref >> 4, (ref & 0xF) + 2
                if offset == wpos:
                    return bytes(out)
                for k in range(length):
                    b = window[(offset + k) & 0xFFF]
                    out.append(b)
                    window[wpos] = b
                    wpos = (wpos + 1) & 0xFFF
            else:
                b = body[i]
                i += 1
                out.append(b)
                window[wpos] = b
                wpos = (wpos + 1) & 0xFFF
    return bytes(out)


# Destinations whose content is no text of the mail.
_SKIP_DESTINATIONS = {
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "object",
    "header",
    "footer",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "xmlnstbl",
    "themedata",
    "datastore",
    "latentstyles",
    "mmathPr",
    "filetbl",
    "revtbl",
    "pgdsctbl",
}
_TOKEN = re.compile(
    rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+", re.S
)


def rtf_to_text(rtf: bytes) -> str:
    """The text of an RTF document; HTML wrapped in RTF comes back as the HTML's text."""
    codepage = "cp1252"
    m = re.search(rb"\\ansicpg(\d+)", rtf[:2000])
    if m:
        codepage = f"cp{int(m.group(1))}"
        try:
            b"".decode(codepage)
        except LookupError:
            codepage = "cp1252"
    from_html = b"\\fromhtml" in rtf[:2000]
    out: list[str] = []
    pending = bytearray()  # \'xx bytes, decoded together (multi-byte code pages)
    # Per group: (skipping, in \htmlrtf, unicode skip count)
    stack: list[tuple[bool, bool, int]] = []
    skip, htmlrtf, uc = False, False, 1
    star = False
    skip_chars = 0

    def flush() -> None:
        if pending:
            out.append(pending.decode(codepage, errors="replace"))
            pending.clear()

    def emit(text: str) -> None:
        if not skip and not (from_html and htmlrtf):
            flush()
            out.append(text)

    for tok in _TOKEN.finditer(rtf):
        word, arg, hexbyte, symbol, brace, text = tok.groups()
        if skip_chars and (hexbyte or text):
            if text and len(text) > skip_chars:
                text = text[skip_chars:]
                skip_chars = 0
            else:
                skip_chars -= 1 if hexbyte else len(text or b"")
                skip_chars = max(skip_chars, 0)
                continue
        if brace == b"{":
            stack.append((skip, htmlrtf, uc))
            star = False
        elif brace == b"}":
            flush()
            if stack:
                skip, htmlrtf, uc = stack.pop()
        elif word is not None:
            w = word.decode()
            if star or w in _SKIP_DESTINATIONS:
                # \*\htmltag carries the HTML of a mail converted to RTF: keep it.
                if not (from_html and w in ("htmltag", "mhtmltag")):
                    skip = True
                star = False
                continue
            if w == "htmlrtf":
                htmlrtf = arg != b"0"
            elif w in ("par", "line", "sect", "page"):
                emit("\n")
            elif w == "tab":
                emit("\t")
            elif w == "uc" and arg is not None:
                uc = int(arg)
            elif w == "u" and arg is not None:
                code = int(arg)
                emit(chr(code + 65536 if code < 0 else code))
                skip_chars = uc
            elif w in ("emdash", "endash"):
                emit("\u2014" if w == "emdash" else "\u2013")
            elif w in ("lquote", "rquote"):
                emit("\u2018" if w == "lquote" else "\u2019")
            elif w in ("ldblquote", "rdblquote"):
                emit("\u201c" if w == "ldblquote" else "\u201d")
            elif w == "bullet":
                emit("\u2022")
        elif symbol is not None:
            if symbol == b"*":
                star = True
            elif symbol in (b"\\", b"{", b"}"):
                emit(symbol.decode())
            elif symbol == b"~":
                emit("\xa0")
            elif symbol == b"\n" or symbol == b"\r":
                emit("\n")
        elif hexbyte is not None:
            if not skip and not (from_html and htmlrtf):
                pending.append(int(hexbyte, 16))
        elif text is not None:
            emit(text.decode(codepage, errors="replace"))
    flush()
    joined = "".join(out).replace("\x00", "")
    return html_to_text(joined) if from_html else tidy_text(joined)
