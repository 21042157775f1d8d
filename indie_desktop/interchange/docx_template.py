"""An institution's own Word template (.docx/.dotx) filled from the CRM: Word's merge fields
(MERGEFIELD «Anrede», as Word's Seriendruck writes them, simple or complex fields) and
`{{placeholders}}` typed into the text.

The template is read once: every field becomes a `{{name}}` inside one text run (a paragraph
whose placeholder Word split over several runs is joined into its first run), the body is
kept as XML text, and each recipient is a string substitution of XML-escaped values - so a
thousand letters cost about as much as writing the file. The mail-merge data source Word
linked (`w:mailMerge` in settings.xml) is removed: the filled letters need none, and Word
would ask for it on opening.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
PLACEHOLDER = re.compile(r"\{\{\s*([^{}\s][^{}]*?)\s*\}\}")
_MERGEFIELD = re.compile(r'^\s*MERGEFIELD\s+(?:"([^"]+)"|(\S+))', re.IGNORECASE)
_TEMPLATE_TYPE = "wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = "wordprocessingml.document.main+xml"
_PAGE_BREAK = f'<w:p xmlns:w="{W}"><w:r><w:br w:type="page"/></w:r></w:p>'


class WordTemplateError(ValueError):
    """The file is no Word document this program can fill; the message says why."""


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _field_name(instruction: str) -> str | None:
    m = _MERGEFIELD.match(instruction)
    return (m.group(1) or m.group(2)).strip() if m else None


def _marker_run(name: str, props: etree._Element | None) -> etree._Element:
    run = etree.Element(_w("r"))
    if props is not None:
        run.append(_copy(props))
    t = etree.SubElement(run, _w("t"))
    t.set(XML_SPACE, "preserve")
    t.text = "{{" + name + "}}"
    return run


def _copy(element: etree._Element) -> etree._Element:
    return etree.fromstring(etree.tostring(element))


def _simple_fields(root: etree._Element) -> None:
    for fld in list(root.iter(_w("fldSimple"))):
        name = _field_name(fld.get(_w("instr"), ""))
        if name is None:
            continue
        first_props = fld.find(f"{_w('r')}/{_w('rPr')}")
        parent = fld.getparent()
        if parent is None:
            continue
        parent.replace(fld, _marker_run(name, first_props))


def _complex_fields(root: etree._Element) -> None:
    """begin - instrText ... - separate - result runs - end  ->  one marker run."""
    for paragraph in list(root.iter(_w("p"))):
        runs = [r for r in paragraph if r.tag == _w("r")]
        i = 0
        while i < len(runs):
            char = runs[i].find(_w("fldChar"))
            if char is None or char.get(_w("fldCharType")) != "begin":
                i += 1
                continue
            depth, j, instruction, result_props = 0, i, "", None
            state = "instr"
            while j < len(runs):
                c = runs[j].find(_w("fldChar"))
                kind = c.get(_w("fldCharType")) if c is not None else None
                if kind == "begin":
                    depth += 1
                elif kind == "end":
                    depth -= 1
                    if depth == 0:
                        break
                elif kind == "separate" and depth == 1:
                    state = "result"
                elif state == "instr":
                    instruction += "".join(t.text or "" for t in runs[j].iter(_w("instrText")))
                elif state == "result" and result_props is None:
                    result_props = runs[j].find(_w("rPr"))
                j += 1
            name = _field_name(instruction)
            if name is None or j >= len(runs):
                i = j + 1
                continue
            marker = _marker_run(name, result_props)
            runs[i].addprevious(marker)
            for run in runs[i : j + 1]:
                paragraph.remove(run)
            runs = [r for r in paragraph if r.tag == _w("r")]
            i = runs.index(marker) + 1


def _join_split_placeholders(root: etree._Element) -> None:
    """A placeholder Word split over runs ('{{An' + 'rede}}') joined into the first run."""
    for paragraph in root.iter(_w("p")):
        texts = list(paragraph.iter(_w("t")))
        joined = "".join(t.text or "" for t in texts)
        if "{{" not in joined:
            continue
        if all(PLACEHOLDER.sub("", t.text or "").count("{") == 0 for t in texts):
            continue  # every placeholder already within one run
        texts[0].text = joined
        texts[0].set(XML_SPACE, "preserve")
        for t in texts[1:]:
            t.text = ""


@dataclass(frozen=True)
class WordTemplate:
    """A template read once; `fields` in the order they appear (each once)."""

    parts: dict[str, bytes]  # every file of the package, the body part replaced below
    head: str  # document.xml up to and including <w:body>
    body: str  # the body's content without the final sectPr
    tail: str  # the final sectPr, </w:body></w:document>
    fields: list[str]

    def fill(self, values: Sequence[Mapping[str, str]]) -> bytes:
        """One document: the template once per entry of `values`, a page break between."""
        filled = _PAGE_BREAK_INLINE.join(self._fill_body(v) for v in values)
        return self._package(self.head + filled + self.tail)

    def fill_each(self, values: Sequence[Mapping[str, str]]) -> list[bytes]:
        """One document per entry of `values`."""
        return [self._package(self.head + self._fill_body(v) + self.tail) for v in values]

    def _fill_body(self, values: Mapping[str, str]) -> str:
        def value(m: re.Match[str]) -> str:
            text = values.get(m.group(1), "")
            escaped = escape(text)
            if "\n" in escaped:  # a multi-line value (an address) as line breaks in its run
                escaped = escaped.replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
            return escaped

        return PLACEHOLDER.sub(value, self.body)

    def _package(self, document: str) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in self.parts.items():
                if name == "word/document.xml":
                    z.writestr(name, document.encode("utf-8"))
                else:
                    z.writestr(name, data)
        return buffer.getvalue()


_PAGE_BREAK_INLINE = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def read_word_template(data: bytes) -> WordTemplate:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = {name: archive.read(name) for name in archive.namelist()}
    except (zipfile.BadZipFile, OSError, KeyError) as exc:
        raise WordTemplateError("The file is not a Word document (.docx or .dotx)") from exc
    if "word/document.xml" not in parts:
        raise WordTemplateError("The file is not a Word document (no word/document.xml)")
    try:
        root = etree.fromstring(parts["word/document.xml"])
    except etree.XMLSyntaxError as exc:
        raise WordTemplateError(f"The Word document is damaged: {exc}") from exc
    _simple_fields(root)
    _complex_fields(root)
    _join_split_placeholders(root)
    body = root.find(_w("body"))
    if body is None:
        raise WordTemplateError("The Word document has no body")
    section = body.find(_w("sectPr"))
    if section is not None:
        body.remove(section)
    xml = etree.tostring(root, encoding="unicode")
    open_tag = xml.index(">", xml.index("<w:body")) + 1
    close_tag = xml.rindex("</w:body>")
    section_xml = etree.tostring(section, encoding="unicode") if section is not None else ""
    # The section's own namespace declarations are those of the root: drop the repeated ones.
    section_xml = re.sub(r'\sxmlns:\w+="[^"]*"', "", section_xml)
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml[:open_tag]
    content = xml[open_tag:close_tag]
    fields = list(dict.fromkeys(m.group(1) for m in PLACEHOLDER.finditer(content)))
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        _TEMPLATE_TYPE.encode(), _DOCUMENT_TYPE.encode()
    )
    if "word/settings.xml" in parts:
        parts["word/settings.xml"] = re.sub(
            rb"<w:mailMerge>.*?</w:mailMerge>", b"", parts["word/settings.xml"], flags=re.S
        )
    return WordTemplate(parts, head, content, section_xml + xml[close_tag:], fields)


def document_text(data: bytes) -> str:
    """The text of a .docx, paragraph by paragraph (for checks and previews)."""
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    lines = []
    for p in root.iter(_w("p")):
        parts = []
        for el in p.iter(_w("t"), _w("br"), _w("tab")):
            if el.tag == _w("t"):
                parts.append(el.text or "")
            elif el.tag == _w("tab"):
                parts.append("\t")
            elif el.get(_w("type")) == "page":
                parts.append("\f")
            else:
                parts.append("\n")
        lines.append("".join(parts))
    return "\n".join(lines)
