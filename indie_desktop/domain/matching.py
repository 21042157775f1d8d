"""German-aware keys for recognising the same firm or person written differently.

'Müller Präzisionstechnik GmbH' and 'Mueller Praezisionstechnik Gesellschaft mit beschränkter
Haftung' reduce to the same name core; 'Hauptstr. 12' and 'Hauptstraße 12' to the same street.
Strong keys (VAT ID, trade-register entry, e-mail, web domain, phone) decide on their own; the
name core is compared fuzzily within blocks (same postcode, same name prefix).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from indie_desktop.domain.text import fold, search_fold, unfold_digraphs

# Long forms and spelled-out variants -> the short token; applied to folded, de-punctuated text.
_LONG_FORMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), short)
    for pattern, short in (
        (r"\bgesellschaft mit beschrankter haftung\b", "gmbh"),
        (r"\bges m b h\b|\bg m b h\b", "gmbh"),
        (r"\bkommanditgesellschaft auf aktien\b", "kgaa"),
        (r"\bkommanditgesellschaft\b", "kg"),
        (r"\baktiengesellschaft\b", "ag"),
        (r"\boffene handelsgesellschaft\b", "ohg"),
        (r"\bgesellschaft burgerlichen rechts\b|\bgesellschaft burgerl rechts\b", "gbr"),
        (r"\beingetragener verein\b|\be v\b", "ev"),
        (r"\beingetragene genossenschaft\b|\be g\b", "eg"),
        (r"\beingetragene[rn]? kau(f|ff)(mann|frau)\b|\be k\b|\be kfm\b|\be kfr\b", "ek"),
        (r"\bunternehmergesellschaft\b", "ug"),
        (r"\bug haftungsbeschrankt\b", "ug"),
        (r"\b(gmbh|ug|ag|se) (und|u) co\b", r"\1 co"),
        (r"\bcompany\b", "co"),
    )
)
LEGAL_FORM_TOKENS = frozenset(
    "gmbh ggmbh ag kg kgaa co ohg gbr ev eg ek ug se partg mbb kdor aor mbh".split()
)
_FORM_OR_AND = LEGAL_FORM_TOKENS | {"und"}
FREEMAIL_DOMAINS = frozenset(
    "gmail.com googlemail.com web.de gmx.de gmx.net t-online.de outlook.com outlook.de "
    "hotmail.com hotmail.de live.de yahoo.com yahoo.de icloud.com aol.com freenet.de "
    "posteo.de mail.de arcor.de online.de".split()
)
_STREET = re.compile(r"stra?s+e\b|str\b")


# Only names containing one of these need the long-form rewrites (most do not: fast path).
_LONG_FORM_HINT = re.compile(
    r"gesellschaft|\bg m b h|\bges m|\be [vgk]\b|\be kf|eingetragen|unternehmer|"
    r"\bug haft|\b(und|u) co\b|company"
)
# Every alternative of _LONG_FORM_HINT contains one of these: without any, it cannot match, and
# the `in` tests cost a fraction of the pattern's search (20,000 names per duplicate index).
_LONG_FORM_WORDS = (
    "gesellschaft",
    "g m b h",
    "ges m",
    "e v",
    "e g",
    "e k",
    "eingetragen",
    "unternehmer",
    "ug haft",
    "und co",
    "u co",
    "company",
)
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def _tokens(text: str | None, *, folded: bool = False) -> str:
    """Search-folded words; `folded` says text is already fold()-ed (e.g. a stored sort_name)."""
    base = unfold_digraphs(text or "") if folded else search_fold(text)
    base = " ".join(_NOT_ALNUM.sub(" ", base.replace("&", " und ")).split())
    if any(word in base for word in _LONG_FORM_WORDS) and _LONG_FORM_HINT.search(base):
        for pattern, short in _LONG_FORMS:
            base = pattern.sub(short, base)
    return base


def split_name(name: str | None, *, folded: bool = False) -> tuple[str, str]:
    """(name core, legal-form key): trailing legal-form words go to the key, '&'/'und' drop out.

    'Müller Präzisionstechnik GmbH & Co. KG' -> ('muler prazisionstechnik', 'gmbh co kg').
    """
    tokens = _tokens(name, folded=folded).split()
    end = len(tokens)
    while end and tokens[end - 1] in _FORM_OR_AND:
        end -= 1
    core = [t for t in tokens[:end] if t != "und" and t != "u"]
    return " ".join(core), " ".join(t for t in tokens[end:] if t != "und")


@lru_cache(maxsize=8192)
def street_key(street: str | None) -> str:
    """'Hauptstr. 12', 'Hauptstraße 12', 'Haupt-Strasse 12' -> 'hauptstr12'."""
    text = re.sub(r"[^0-9a-z]+", " ", search_fold(street))
    return _STREET.sub("str", text).replace(" ", "")


_COURT_WORDS = re.compile(r"\b(amtsgericht|ag|registergericht)\b")


def register_key(court: str | None, number: str | None) -> str:
    """Trade-register entry ('Amtsgericht Dortmund', 'HRB 12345') -> 'dortmund|hrb12345'.

    Numbers repeat between courts, so a number without its court is no key."""
    if not court or not number:
        return ""
    court_key = _court_key(court)
    number_key = "".join(re.sub(r"[^0-9a-z]+", " ", search_fold(number)).split())
    return f"{court_key}|{number_key}" if court_key and number_key else ""


@lru_cache(maxsize=1024)
def _court_key(court: str) -> str:
    """'Amtsgericht Dortmund' -> 'dortmund' (a handful of courts: computed once each)."""
    return "".join(_COURT_WORDS.sub(" ", _NOT_ALNUM.sub(" ", search_fold(court))).split())


_HOST_END = re.compile(r"[/?#]")


def website_domain(website: str | None) -> str:
    """'https://www.beispiel.de/kontakt' -> 'beispiel.de' (no full URL parse: thousands a scan)."""
    if not website:
        return ""
    text = website.strip().lower()
    host = _HOST_END.split(text.partition("://")[2] if "://" in text else text, maxsplit=1)[0]
    host = host.rpartition("@")[2].partition(":")[0]
    return host.removeprefix("www.").rstrip(".")


def email_key(email: str | None) -> str:
    return (email or "").strip().lower()


def email_domain(email: str | None) -> str:
    domain = email_key(email).rpartition("@")[2]
    return "" if domain in FREEMAIL_DOMAINS else domain


_NOT_DIGIT = re.compile(r"\D+")


def phone_key(phone: str | None) -> str:
    """Digits of a phone number in E.164 form (as the services store it)."""
    if not phone:
        return ""
    if (
        phone[0] == "+" and phone[1:].isascii() and phone[1:].isdigit()
    ):  # stored E.164: the digits as they are
        return phone[1:] if len(phone) >= 7 else ""
    digits = _NOT_DIGIT.sub("", phone)
    return digits if len(digits) >= 6 else ""


@lru_cache(maxsize=4096)
def _city_key(city: str) -> str:
    return search_fold(city)


class OrganisationKeys(NamedTuple):
    """What matching needs of one organisation (a named tuple: 20,000 are built per scan)."""

    id: object
    name: str
    core: str
    postcode: str
    street: str
    city: str
    vat: str
    register: str
    email: str
    domain: str
    phone: str


def organisation_keys(
    id: object,
    name: str | None,
    *,
    postcode: str | None = None,
    street: str | None = None,
    city: str | None = None,
    vat_id: str | None = None,
    register_court: str | None = None,
    register_number: str | None = None,
    email: str | None = None,
    website: str | None = None,
    phone: str | None = None,
    sort_name: str | None = None,
) -> OrganisationKeys:
    """Keys of one organisation; pass the stored sort_name (fold of the name) to save work."""
    return OrganisationKeys(
        id=id,
        name=name or "",
        core=split_name(sort_name, folded=True)[0] if sort_name else split_name(name)[0],
        postcode=(postcode or "").strip(),
        street=street_key(street),
        city=_city_key(city or ""),
        vat=(vat_id or "").replace(" ", "").upper(),
        register=register_key(register_court, register_number),
        email=email_key(email),
        domain=website_domain(website) or email_domain(email),
        phone=phone_key(phone),
    )


class PersonKeys(NamedTuple):
    """What matching needs of one person."""

    id: object
    name: str
    name_key: str
    email: str
    phones: tuple[str, ...]
    organisations: frozenset[object]


def person_keys(
    id: object,
    first_name: str | None,
    last_name: str | None,
    *,
    email: str | None = None,
    phones: tuple[str | None, ...] = (),
    organisations: frozenset[object] = frozenset(),
    sort_name: str | None = None,
) -> PersonKeys:
    """Keys of one person; sort_name is the stored fold('last first') when known."""
    name = " ".join(p for p in (first_name, last_name) if p)
    folded = sort_name if sort_name is not None else fold(f"{last_name or ''} {first_name or ''}")
    return PersonKeys(
        id=id,
        name=name,
        name_key=unfold_digraphs(folded),
        email=email_key(email),
        phones=tuple(k for k in (phone_key(p) for p in phones) if k),
        organisations=organisations,
    )


# --- stored keys ----------------------------------------------------------------------------
# The services store an organisation's keys with the record (column `match_key`), so the
# duplicate index of 20,000 organisations is read, not normalised anew on every import. The
# stored text starts with a digest of the columns it was computed from: a key left behind by a
# writer that changed the columns without recomputing it (an older version, a raw SQL update)
# no longer matches its row and is computed afresh, so a stale key can cost time, never a match.

_KEY_SEP = "\x1f"  # never in folded text, keys, e-mail addresses or phone numbers
_KEY_PARTS = 8  # core, street, city, vat, register, email, domain, phone
# Part of every digest: change it with any rule above (legal forms, street, phone...), and
# every stored key is recomputed as it is read (and saved anew with its record).
KEY_RULES = "1"


def organisation_inputs_digest(*inputs: str | None) -> str:
    """A short digest of the columns a stored key was computed from (see STORED_INPUTS)."""
    text = _KEY_SEP.join([x or "" for x in inputs]) + KEY_RULES  # a list joins fastest
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


# The organisation's columns the keys are computed from, in the digest's order.
STORED_INPUTS = (
    "name",
    "postcode",
    "street",
    "city",
    "vat_id",
    "register_court",
    "register_number",
    "email",
    "website",
    "phone",
    "sort_name",
)


def keys_of_stored_inputs(id: object, inputs: Sequence[str | None]) -> OrganisationKeys:
    """organisation_keys of the STORED_INPUTS column values, in that order."""
    return organisation_keys(
        id,
        inputs[0],
        postcode=inputs[1],
        street=inputs[2],
        city=inputs[3],
        vat_id=inputs[4],
        register_court=inputs[5],
        register_number=inputs[6],
        email=inputs[7],
        website=inputs[8],
        phone=inputs[9],
        sort_name=inputs[10],
    )


def encode_organisation_keys(keys: OrganisationKeys, digest: str) -> str:
    parts = (
        keys.core,
        keys.street,
        keys.city,
        keys.vat,
        keys.register,
        keys.email,
        keys.domain,
        keys.phone,
    )
    return _KEY_SEP.join((digest, *(p.replace(_KEY_SEP, " ") for p in parts)))


def decode_organisation_keys(
    id: object, name: str | None, postcode: str | None, stored: str | None, digest: str | None
) -> OrganisationKeys | None:
    """The keys kept in `stored`, or None when it is missing or was computed from other values
    than those with `digest` (None: just computed, from these values)."""
    if not stored or (digest is not None and not stored.startswith(digest)):
        return None
    parts = stored.split(_KEY_SEP)
    if len(parts) != _KEY_PARTS + 1 or (digest is not None and parts[0] != digest):
        return None
    _, core, street, city, vat, register, email, domain, phone = parts
    return OrganisationKeys(
        id,
        name or "",
        core,
        (postcode or "").strip(),
        street,
        city,
        vat,
        register,
        email,
        domain,
        phone,
    )
