"""Reading real e-mail files (Outlook .msg, .eml) from public test suites (tests/files/mail)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import olefile
import pytest

from indie_desktop.interchange.mail import MailFileError, read_mail, read_mail_file
from indie_desktop.interchange.mail.rtf_text import decompress_rtf, rtf_to_text

MAIL = Path(__file__).parents[1] / "files" / "mail"


def test_outlook_msg_with_german_umlauts_in_subject_and_rtf_html_body() -> None:
    m = read_mail_file(MAIL / "poi-bug66335.msg")
    assert m.subject == "Deine Bestellbestätigung vom 13-09-2018"
    assert m.sender is not None and m.sender.email == "udemy@email.udemy.com"
    assert m.sent_at == datetime(2018, 9, 13, 14, 25, 24, tzinfo=UTC)
    assert m.message_id.startswith("0.1.16.9E8.1D44B6D9C65B73A.0@")
    assert m.filename == "poi-bug66335.msg"


def test_windows_1252_text_declared_as_utf8_reads_with_umlauts() -> None:
    m = read_mail_file(MAIL / "poi-ASCII_UTF-8_CP1252_LCID1031.msg")
    assert m.subject == "Subject öäü Subject"
    assert m.text == "Body öäü Body"


def test_html_only_outlook_body_becomes_text() -> None:
    assert read_mail_file(MAIL / "poi-HTMLBodyBinary_UTF-8.msg").text == "HTML öäü"


def test_iso_8859_1_code_page_of_an_outlook_subject() -> None:
    m = read_mail_file(MAIL / "msgreader-EmailWithSpecialCharsInSubject.msg")
    assert m.subject.startswith("Un sujet bien défini Àéroport mañana être ouïe")


def test_outlook_attachments_come_out_with_names_and_bytes() -> None:
    m = read_mail_file(MAIL / "poi-attachment_test_msg.msg")
    assert m.subject == "test pièce jointe 1"
    assert [(a.filename, len(a.content)) for a in m.attachments] == [
        ("test-unicode.doc", 24064),
        ("pj1.txt", 89),
    ]
    assert m.message_id == ""  # no Message-ID: recognised by the file's digest
    assert m.identity.startswith("sha256:")


def test_received_outlook_mail_lists_to_and_cc_from_its_headers() -> None:
    m = read_mail_file(MAIL / "poi-example_received_unicode.msg")
    assert len(m.to) == 3 and len(m.cc) == 3
    assert m.sender is not None and m.sender.email == "mike.farman@alfresco.com"
    assert [a.filename for a in m.attachments] == ["alfresco.gif"]


def test_a_mail_attached_to_a_mail_is_kept_as_eml() -> None:
    m = read_mail_file(MAIL / "poi-58214_with_attachment.msg")
    (inner,) = m.attachments
    assert inner.filename == "Test mail attachment.eml"
    assert read_mail(inner.content, inner.filename).subject == "Test mail attachment"


def test_compressed_rtf_of_real_outlook_mails_gives_the_text_outlook_wrote_beside_it() -> None:
    for name in ("poi-quick.msg", "msgreader-RtfSampleEmail.msg"):
        ole = olefile.OleFileIO(str(MAIL / name))
        rtf = decompress_rtf(ole.openstream("__substg1.0_10090102").read())
        if ole.exists("__substg1.0_1000001F"):
            plain = ole.openstream("__substg1.0_1000001F").read().decode("utf-16-le")
        else:
            plain = ole.openstream("__substg1.0_1000001E").read().decode("cp1252")
        ole.close()
        from_rtf = rtf_to_text(rtf)
        assert from_rtf.split()[:12] == plain.split()[:12], name
    # RTF that wraps the HTML of a mail (\fromhtml1): the HTML's text, umlauts decoded.
    ole = olefile.OleFileIO(str(MAIL / "poi-bug66335.msg"))
    rtf = decompress_rtf(ole.openstream("__substg1.0_10090102").read())
    ole.close()
    assert rtf_to_text(rtf).startswith("Deine Bestellbestätigung vom 13-09-2018\n")


def test_rtf_only_outlook_mail_reads_its_text_from_the_rtf(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A real Outlook RTF mail with its plain and HTML bodies hidden, as Outlook leaves an
    # RTF-only mail (no such sample is in the public suites).
    exists = olefile.OleFileIO.exists
    monkeypatch.setattr(
        olefile.OleFileIO,
        "exists",
        lambda self, name: (
            not name.startswith(("__substg1.0_1000", "__substg1.0_1013")) and exists(self, name)
        ),
    )
    m = read_mail_file(MAIL / "msgreader-RtfSampleEmail.msg")
    assert m.text.startswith("BOOK ONE: 1805\n\nCHAPTER I\n\n“Well, Prince, so Genoa")


def test_eml_from_exchange_with_windows_1252_sender_and_attachments() -> None:
    m = read_mail_file(MAIL / "msgreader-TestWithAttachmentsAndInlines.eml")
    assert m.sender is not None and m.sender.label() == "Müller Peter <Peter.Mueller@domain.ch>"
    assert m.message_id.startswith("GVAP278MB0198D05D58CEAFAF320C57649EF12@")
    assert [a.filename for a in m.attachments] == [
        "Outlook-facebook.png",
        "attachment1f.txt",
        "attachment2f.txt",
        "attachment3d.txt",  # sent without a file name: named after its description
        "attachment4f.txt",
    ]
    assert m.text.startswith("Test email")


def test_eml_with_utf8_umlaut_in_sender_name() -> None:
    m = read_mail_file(MAIL / "msgreader-TestWithInlineHavingContentDisposition.eml")
    assert m.sender is not None and m.sender.name == "Brüller Peter"


def test_a_file_that_is_no_mail_is_refused_with_a_reason(tmp_path: Path) -> None:
    not_mail = tmp_path / "Angebot.msg"
    not_mail.write_bytes(b"%PDF-1.7 this is a pdf")
    with pytest.raises(MailFileError, match="not an Outlook message"):
        read_mail_file(not_mail)
    text = tmp_path / "notiz.eml"
    text.write_text("nur ein Text\nohne Kopfzeilen\n", encoding="utf-8")
    with pytest.raises(MailFileError, match="not an e-mail"):
        read_mail_file(text)
