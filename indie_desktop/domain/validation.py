"""Validation and normalisation of values users type into forms and import files.

Every ``normalize_*``/``parse_*`` function takes what the user typed, returns the canonical
stored form (``None`` for an empty optional field) or raises ``FieldError`` with a short
English message that the UI translates and shows next to the field.

Pure Python: no Qt, no I/O. The validator libraries (email-validator, phonenumbers,
python-stdnum) are imported on first use so that importing this module stays cheap at
application start.
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit, urlunsplit

from indie_desktop.domain.enums import LEGAL_FORMS
from indie_desktop.domain.wz import canonical_wz_code


class FieldError(ValueError):
    """A typed value is not acceptable; ``str(error)`` is the user-facing English message."""


def _clean(value: str | None) -> str | None:
    """Stripped, NFC-normalised text, or None when nothing was typed."""
    if not value:
        return None  # most cells of an import: nothing in this column
    text = unicodedata.normalize("NFC", value).strip()
    return text or None


# --- free text ---------------------------------------------------------------------------------


def require_text(value: str | None, max_length: int) -> str:
    """Stripped text that must not be empty and not longer than max_length characters."""
    text = _clean(value)
    if text is None:
        raise FieldError("Required")
    if len(text) > max_length:
        raise FieldError(f"At most {max_length} characters")
    return text


def optional_text(value: str | None, max_length: int) -> str | None:
    """Stripped text or None when empty; not longer than max_length characters."""
    text = _clean(value)
    if text is not None and len(text) > max_length:
        raise FieldError(f"At most {max_length} characters")
    return text


# --- contact data ------------------------------------------------------------------------------


# Plain addresses (nearly all) take a fast path that gives email-validator's result; an
# import checks thousands, and the library costs ~0.1 ms each (0.3 ms with a letter beyond
# ASCII). Anything unusual goes to it. The local part may use every character of RFC 5322's
# atext, as the library allows and keeps ('?' is what a non-Latin-1 letter becomes in a CSV
# file saved as Windows-1252), and letters, numbers, punctuation and symbols beyond ASCII
# (RFC 6531: 'ş.5@', 'łukasz@', as vCards and workbooks keep them), which the library keeps
# as they are (NFC, as _clean gives them). The domain must be plain ASCII.
# Compiled on first use: its character ranges beyond ASCII take 10 ms to compile, a cost the
# window's start (which imports this module for the list's phone format) need not pay.
@functools.cache
def _plain_email() -> re.Pattern[str]:
    return re.compile(
        r"(?=.{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\U0010ffff-]+"
        r"(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\U0010ffff-]+)*"
        # No '--' in a label's 3rd/4th place: IDNA reserves that ('xn--'), the library refuses it.
        r"@(?=.{4,253}$)(?:(?![A-Za-z0-9-]{2}--)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
        r"(?![A-Za-z-]{2}--)[A-Za-z]{2,63}"
    )


_SPECIAL_USE_TLDS = frozenset(("arpa", "invalid", "local", "localhost", "onion", "test"))
# Local parts the library writes in lower case (RFC 2142 mailbox names: 'Info@' -> 'info@').
_CASE_INSENSITIVE_MAILBOXES = frozenset(
    "info marketing sales support abuse noc security postmaster hostmaster usenet news "
    "webmaster www uucp ftp".split()
)
_EMAIL_MAX_OCTETS = 254  # the whole address in UTF-8, as the library counts it


def _plain_local_part(local: str) -> bool:
    """The library keeps this local part as it is: not a mailbox name it lower-cases, and
    beyond ASCII only letters, numbers, punctuation and symbols (categories L, N, P, S; it
    refuses controls, spaces and unassigned code points, and a leading combining mark)."""
    if local.isascii():
        return local.lower() not in _CASE_INSENSITIVE_MAILBOXES
    return all(ch.isascii() or unicodedata.category(ch)[0] in "LNPS" for ch in local)


def normalize_email(value: str | None) -> str | None:
    """E-mail address in normalised form (domain lower-cased), None when empty."""
    text = _clean(value)
    if text is None:
        return None
    if (
        _plain_email().fullmatch(text)
        and len(text.encode("utf-8", "surrogatepass")) <= _EMAIL_MAX_OCTETS
    ):
        local, _, domain = text.rpartition("@")
        domain = domain.lower()
        if domain.rpartition(".")[2] not in _SPECIAL_USE_TLDS and _plain_local_part(local):
            return f"{local}@{domain}"
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise _email_problem(str(exc)) from exc


def _email_problem(why: str) -> FieldError:
    """Our own words for what the e-mail library found (its English text would otherwise
    stand inside a German message): where the address is wrong, in a translatable message."""
    if "@-sign" in why and ("must have" in why or "exactly one" in why):
        return FieldError("An e-mail address has exactly one @")
    if "before the @-sign" in why:
        return FieldError("Not a valid e-mail address: the part before the @ is not allowed")
    if "after the @-sign" in why or "domain" in why.lower():
        return FieldError("Not a valid e-mail address: the part after the @ is no valid domain")
    return FieldError("Not a valid e-mail address")


# German numbers written plainly ('0231 123456', '+49 231 123456-12', '0231/123456') take a
# fast path: the digits are taken as phonenumbers' parser would take them and only its validity
# check runs (the parse costs ~40 µs, and an import normalises thousands). Anything else
# (parentheses, letters, other countries, extensions) goes through phonenumbers.parse.
_PLAIN_DE_PHONE = re.compile(r"(?:\+49|0049|0)[ ]?[1-9][0-9 /-]*[0-9]")


def _plain_german_phone(text: str) -> str | None:
    """'+49231123456' for a plainly written valid German number; None: ask the parser.

    Digits alone without the leading 0 ('231123456', as Excel keeps a number typed without
    quotes) are what the parser takes as the national number, unless they start with 49
    (the parser may read that as the country code) or 0."""
    if text.isdigit() and text.isascii() and text[0] != "0" and text[:2] != "49":
        if 4 <= len(text) <= 15 and _valid_german_number(text):
            return f"+49{text}"
        return None
    if not _PLAIN_DE_PHONE.fullmatch(text) or "  " in text or "//" in text or "--" in text:
        return None
    # The pattern allows only ASCII digits, '+', ' ', '/' and '-': the digits, at C speed.
    digits = text.replace(" ", "").replace("/", "").replace("-", "").replace("+", "")
    if text.startswith("+49"):
        national = digits[2:]
    elif text.startswith("0049"):
        national = digits[4:]
    else:
        national = digits[1:]
    if not 4 <= len(national) <= 15:
        return None
    if not _valid_german_number(national):
        return None  # the parser decides, and says why
    return f"+49{national}"


@functools.cache
def _german_number_patterns() -> tuple[
    tuple[frozenset[int], re.Pattern[str]], tuple[tuple[frozenset[int], re.Pattern[str]], ...]
]:
    """phonenumbers' German metadata, compiled once: (general description, number types)."""
    from phonenumbers.phonemetadata import PhoneMetadata

    meta = PhoneMetadata.metadata_for_region("DE")
    assert meta is not None and meta.general_desc is not None

    def compiled(desc: object) -> tuple[frozenset[int], re.Pattern[str]]:
        return frozenset(desc.possible_length), re.compile(desc.national_number_pattern)  # type: ignore[attr-defined]

    types = tuple(
        compiled(desc)
        for desc in (
            meta.premium_rate,
            meta.toll_free,
            meta.shared_cost,
            meta.voip,
            meta.personal_number,
            meta.pager,
            meta.uan,
            meta.voicemail,
            meta.fixed_line,
            meta.mobile,
        )
        if desc is not None and desc.national_number_pattern
    )
    return compiled(meta.general_desc), types


@functools.cache
def _german_types_of_length(size: int) -> re.Pattern[str] | None:
    """The patterns of every number type that allows numbers of this length, as one pattern
    (a full match of the alternatives is a full match of one of them); None: no type does."""
    kinds = [
        kind.pattern for sizes, kind in _german_number_patterns()[1] if not sizes or size in sizes
    ]
    return re.compile("|".join(f"(?:{k})" for k in kinds)) if kinds else None


def _valid_german_number(national: str) -> bool:
    """What phonenumbers.is_valid_number says of +49 `national` (digits, no leading zero): the
    number fits the general pattern and one number type's, lengths and patterns as in its
    metadata. An import checks thousands; the library's call costs several times this."""
    lengths, pattern = _german_number_patterns()[0]
    size = len(national)
    if (lengths and size not in lengths) or not pattern.fullmatch(national):
        return False
    kinds = _german_types_of_length(size)
    return kinds is not None and kinds.fullmatch(national) is not None


def normalize_phone(value: str | None, region: str = "DE") -> str | None:
    """Phone number in E.164 form ('0231 123456' -> '+49231123456'), None when empty."""
    text = _clean(value)
    if text is None:
        return None
    if region == "DE":
        fast = _plain_german_phone(text)
        if fast is not None:
            return fast
    import phonenumbers

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise FieldError("Not a valid phone number") from exc
    if number.extension:
        # E.164 has no room for an extension; German extensions are simply more digits.
        raise FieldError("Write an extension with a hyphen, e.g. 0231 123456-12")
    if not phonenumbers.is_valid_number(number):
        raise FieldError("Not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str | None) -> str:
    """Stored number for display, international format: '+49231123456' -> '+49 231 123456'."""
    if not e164:
        return ""
    return _format_phone_cached(e164)


@functools.lru_cache(maxsize=4096)
def _format_phone_cached(e164: str) -> str:
    """Lists repaint often; parsing a number costs ~75 µs, so each is formatted once."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164  # legacy or imported value that was never normalised: show as stored
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalize_postcode(value: str | None) -> str | None:
    """German postcode (PLZ) of exactly five digits, spaces removed; None when empty."""
    text = _clean(value)
    if text is None:
        return None
    digits = "".join(text.split())
    # German postcodes run from 01001 to 99998; none starts with 00.
    if len(digits) != 5 or not digits.isascii() or not digits.isdigit() or digits < "01000":
        raise FieldError("A German postcode has exactly 5 digits")
    return digits


def normalize_website(value: str | None) -> str | None:
    """Web address with a scheme ('www.beispiel.de' -> 'https://www.beispiel.de')."""
    text = _clean(value)
    if text is None:
        return None
    if any(ch.isspace() for ch in text):
        raise FieldError("A web address must not contain spaces")
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text):
        text = f"https://{text}"
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError as exc:
        raise FieldError("Not a valid web address") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FieldError("A web address starts with http:// or https://")
    host = (parts.hostname or "").rstrip(".")
    labels = host.split(".")
    if (
        len(labels) < 2
        or parts.username is not None
        or any(not label or label.startswith("-") or label.endswith("-") for label in labels)
        or any(not (ch.isalnum() or ch == "-") for label in labels for ch in label)
    ):
        raise FieldError("Not a valid web address")
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    return urlunsplit((scheme, netloc, parts.path, parts.query, parts.fragment))


# --- organisation data -------------------------------------------------------------------------


def normalize_vat_id(value: str | None) -> str | None:
    """EU VAT ID (USt-IdNr.) in compact form ('de 136 695 976' -> 'DE136695976')."""
    text = _clean(value)
    if text is None:
        return None
    from stdnum.eu import vat
    from stdnum.exceptions import ValidationError

    try:
        return vat.validate(text)
    except ValidationError as exc:
        raise FieldError(f"Not a valid VAT ID (USt-IdNr.): {exc}") from exc


def _legal_form_key(text: str) -> str:
    """Comparison key: case, spaces and dots do not matter ('e. V.' == 'e.V.' == 'EV')."""
    return "".join(text.split()).replace(".", "").casefold()


_LEGAL_FORM_BY_KEY: dict[str, str] = {_legal_form_key(form): form for form in LEGAL_FORMS}


def normalize_legal_form(value: str | None) -> str | None:
    """One of LEGAL_FORMS in its canonical spelling ('gmbh & co. kg' -> 'GmbH & Co. KG')."""
    text = _clean(value)
    if text is None:
        return None
    if text in LEGAL_FORMS:
        return text
    canonical = _LEGAL_FORM_BY_KEY.get(_legal_form_key(text))
    if canonical is None:
        raise FieldError("Unknown legal form")
    return canonical


# Spelled-out and variant forms that name a legal form at the end of a firm's name.
_LEGAL_FORM_ALIASES: dict[str, str] = {
    "gesellschaftmitbeschränkterhaftung": "GmbH",
    "gesmbh": "GmbH",
    "gmbhundcokg": "GmbH & Co. KG",
    "gmbhucokg": "GmbH & Co. KG",
    "gmbh&cokg": "GmbH & Co. KG",
    "gmbh+cokg": "GmbH & Co. KG",
    "aktiengesellschaft": "AG",
    "kommanditgesellschaft": "KG",
    "kommanditgesellschaftaufaktien": "KGaA",
    "offenehandelsgesellschaft": "OHG",
    "gesellschaftbürgerlichenrechts": "GbR",
    "eingetragenerverein": "e.V.",
    "eingetragenegenossenschaft": "eG",
    "eingetragenerkaufmann": "e.K.",
    "eingetragenekauffrau": "e.K.",
    "ekfm": "e.K.",
    "ekfr": "e.K.",
    "ug(haftungsbeschränkt)&cokg": "UG (haftungsbeschränkt) & Co. KG",
    "ughaftungsbeschränkt": "UG (haftungsbeschränkt)",
    "ug": "UG (haftungsbeschränkt)",
}
_ALIAS_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _umlauts(key: str) -> str:
    return key.translate(_ALIAS_UMLAUTS)


_LEGAL_FORM_ALIASES = {
    _umlauts(key): form for key, form in (*_LEGAL_FORM_ALIASES.items(), *_LEGAL_FORM_BY_KEY.items())
}
_FORM_ENDINGS = tuple(_LEGAL_FORM_ALIASES)
# Words that end many names without being split off as a legal form ('Bertelsmann Stiftung').
_NOT_SPLIT = frozenset({"Einzelunternehmen", "Stiftung"})


def name_with_legal_form(name: str, legal_form: str | None) -> str:
    """'Müller Formenbau GmbH' from name and form, once: a name that already ends with its
    legal form (typed so, or imported) does not get it a second time."""
    name = name.strip()
    form = (legal_form or "").strip()
    if not form or name.endswith(form) or split_legal_form(name)[1] == form:
        return name
    return f"{name} {form}"


def split_legal_form(name: str | None) -> tuple[str, str | None]:
    """('Müller & Söhne', 'GmbH & Co. KG') from 'Müller & Söhne GmbH & Co. KG'.

    The longest trailing run of words that names a legal form is split off; a name that would be
    left empty, or one without such an ending, comes back whole with None."""
    text = _clean(name)
    if text is None:
        return "", None
    if not _umlauts(_legal_form_key(text[-60:])).endswith(_FORM_ENDINGS):
        return text, None  # most names: no legal form at the end (an import asks 10,000 times)
    words = text.split()
    for count in range(min(len(words) - 1, 6), 0, -1):
        tail = " ".join(words[-count:])
        key = _legal_form_key(tail)
        form = _LEGAL_FORM_BY_KEY.get(key) or _LEGAL_FORM_ALIASES.get(_umlauts(key))
        if form is None or form in _NOT_SPLIT:
            continue
        rest = " ".join(words[:-count]).rstrip(" ,;-")
        if rest:
            return rest, form
    return text, None


def normalize_wz_code(value: str | None) -> str | None:
    """Official WZ 2008 code ('25.62.0'; also '25 62 0', '25620', 'c'), None when empty."""
    text = _clean(value)
    if text is None:
        return None
    code = canonical_wz_code(text)
    if code is None:
        raise FieldError("Unknown WZ 2008 code")
    return code


def normalize_year(value: str | int | None, *, earliest: int = 1600) -> int | None:
    """A year such as a founding year: from earliest up to the current year; None when empty."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise FieldError("Enter a year like 1998")
    if isinstance(value, int):
        year = value
    else:
        text = _clean(value)
        if text is None:
            return None
        if not (text.isascii() and text.isdigit()):
            raise FieldError("Enter a year like 1998")
        year = int(text)
    if year < earliest:
        raise FieldError(f"The year must be {earliest} or later")
    if year > datetime.date.today().year:
        raise FieldError("The year must not be in the future")
    return year


# --- dates and amounts -------------------------------------------------------------------------

_DATE_DE = re.compile(r"^(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{4}|\d{2})?$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DATE_MESSAGE = "Enter a date as DD.MM.YYYY"


def _expand_two_digit_year(yy: int, today: datetime.date) -> int:
    """'26' -> 2026, '85' -> 1985: the 2000s up to 30 years ahead, else the 1900s."""
    year = 2000 + yy
    return year if year <= today.year + 30 else year - 100


def parse_date_de(value: str | None) -> datetime.date | None:
    """Date typed the German way ('24.11.2026', '24.11.26', '1.2.2026', '24.11.') or ISO."""
    text = _clean(value)
    if text is None:
        return None
    today = datetime.date.today()
    if match := _DATE_DE.match(text):
        day, month, year_text = match.groups()
        if year_text is None:
            year = today.year  # '24.11.' means this year
        elif len(year_text) == 2:
            year = _expand_two_digit_year(int(year_text), today)
        else:
            year = int(year_text)
    elif match := _DATE_ISO.match(text):
        year_text, month, day = match.groups()
        year = int(year_text)
    else:
        raise FieldError(_DATE_MESSAGE)
    if not 1 <= int(month) <= 12:
        raise FieldError("There is no such month: the month goes from 1 to 12")
    try:
        return datetime.date(year, int(month), int(day))
    except ValueError as exc:  # 31.02.2026, 29.02.2027, year 0000
        if year >= 1 and int(day) >= 1:
            raise FieldError("This day does not exist in that month") from exc
        raise FieldError(_DATE_MESSAGE) from exc


_MONEY_MESSAGE = "Enter an amount like 1.234,50"
_CENT = Decimal("0.01")
_GROUPS = {sep: re.compile(rf"^[1-9]\d{{0,2}}(?:{re.escape(sep)}\d{{3}})+$") for sep in ".,"}


def _integer_part(text: str, separator: str) -> str:
    """Digits of an integer part that may use separator between groups of three digits."""
    if text.isdigit() or not text:
        return text
    if _GROUPS[separator].match(text):
        return text.replace(separator, "")
    raise FieldError(_MONEY_MESSAGE)


def parse_money_de(value: str | None) -> Decimal | None:
    """Amount in euros ('1.234,50', '1234,5', '1234.50 €', '-12,00') as Decimal with cents."""
    text = _clean(value)
    if text is None:
        return None
    text = "".join(text.split())  # also removes no-break spaces: '1 234,50 €'
    text = re.sub(r"(€|EUR|Euro)$", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^(€|EUR)", "", text, flags=re.IGNORECASE)
    sign = ""
    if text[:1] in ("-", "+", "\u2212"):
        sign = "-" if text[0] != "+" else ""
        text = text[1:]
    for whole_euros in (",-", ",\u2013", ",\u2014"):  # '12,-' on a price tag means 12,00
        if text.endswith(whole_euros):
            text = text[: -len(whole_euros)]
    if not text or not text.isascii():
        raise FieldError(_MONEY_MESSAGE)

    comma, dot = text.rfind(","), text.rfind(".")
    if comma >= 0 and dot >= 0:
        # Both present: the later one is the decimal separator ('1.234,50' or '1,234.50').
        decimal_sep, group_sep = (",", ".") if comma > dot else (".", ",")
        integer, _, fraction = text.rpartition(decimal_sep)
        integer = _integer_part(integer, group_sep)
    elif comma >= 0:
        integer, _, fraction = text.rpartition(",")
        integer = _integer_part(integer, ".")  # fails for a second comma
    elif dot >= 0:
        if text.count(".") > 1 or _GROUPS["."].match(text):
            # '1.234' and '1.234.567' are German thousands separators.
            integer, fraction = _integer_part(text, "."), ""
        else:
            integer, _, fraction = text.partition(".")  # '1234.50', '12.5'
    else:
        integer, fraction = text, ""

    if (integer and not integer.isdigit()) or (fraction and not fraction.isdigit()):
        raise FieldError(_MONEY_MESSAGE)
    if len(fraction) > 2 or not (integer or fraction):
        raise FieldError(_MONEY_MESSAGE)
    try:
        amount = Decimal(f"{sign}{integer or '0'}.{fraction or '0'}").quantize(_CENT)
    except InvalidOperation as exc:  # absurdly long input
        raise FieldError(_MONEY_MESSAGE) from exc
    return amount if amount else Decimal("0.00")
