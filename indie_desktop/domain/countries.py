"""Countries of addresses: how a file names them, how a German letter prints them, and the
region that decides how a postcode and a phone number are checked."""

from __future__ import annotations

import re
from dataclasses import dataclass

from indie_desktop.domain.text import search_fold


@dataclass(frozen=True)
class Country:
    region: str  # ISO 3166 alpha-2, as phonenumbers knows it
    name: str  # German, as a letter prints it (in capitals on the last line, DIN 5008)


GERMANY = Country("DE", "Deutschland")

_COUNTRIES = (
    (GERMANY, ("de", "d", "deu", "ger", "germany", "deutschland", "bundesrepublik deutschland")),
    (Country("AT", "Österreich"), ("at", "a", "aut", "austria", "osterreich", "oesterreich")),
    (Country("CH", "Schweiz"), ("ch", "che", "switzerland", "schweiz", "suisse", "svizzera")),
    (Country("LI", "Liechtenstein"), ("li", "liechtenstein")),
    (Country("LU", "Luxemburg"), ("lu", "luxembourg", "luxemburg")),
    (Country("NL", "Niederlande"), ("nl", "netherlands", "niederlande", "holland", "nederland")),
    (Country("BE", "Belgien"), ("be", "belgium", "belgien", "belgique", "belgie")),
    (Country("FR", "Frankreich"), ("fr", "france", "frankreich")),
    (Country("IT", "Italien"), ("it", "italy", "italien", "italia")),
    (Country("ES", "Spanien"), ("es", "spain", "spanien", "espana")),
    (Country("PL", "Polen"), ("pl", "poland", "polen", "polska")),
    (Country("CZ", "Tschechien"), ("cz", "czech republic", "czechia", "tschechien")),
    (Country("DK", "Dänemark"), ("dk", "denmark", "danemark")),
    (Country("SE", "Schweden"), ("se", "sweden", "schweden", "sverige")),
    (Country("NO", "Norwegen"), ("no", "norway", "norwegen", "norge")),
    (Country("FI", "Finnland"), ("fi", "finland", "finnland", "suomi")),
    (
        Country("GB", "Vereinigtes Königreich"),
        (
            "gb",
            "uk",
            "united kingdom",
            "great britain",
            "england",
            "grossbritannien",
            "vereinigtes konigreich",
        ),
    ),
    (Country("IE", "Irland"), ("ie", "ireland", "irland")),
    (Country("PT", "Portugal"), ("pt", "portugal")),
    (Country("GR", "Griechenland"), ("gr", "greece", "griechenland")),
    (Country("TR", "Türkei"), ("tr", "turkey", "turkiye", "turkei")),
    (Country("HU", "Ungarn"), ("hu", "hungary", "ungarn")),
    (
        Country("US", "USA"),
        (
            "us",
            "usa",
            "u s a",
            "united states",
            "united states of america",
            "vereinigte staaten",
            "amerika",
        ),
    ),
    (Country("CA", "Kanada"), ("ca", "canada", "kanada")),
    (Country("JP", "Japan"), ("jp", "japan")),
    (Country("CN", "China"), ("cn", "china")),
)
_BY_KEY = {key: country for country, keys in _COUNTRIES for key in keys}


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", search_fold(text)).split())


def find_country(text: str | None) -> Country | None:
    """The country a file names ('Switzerland', 'CH', 'Österreich'); None for empty text or a
    country not known here (kept as written, checked like an address abroad)."""
    if not text or not text.strip():
        return None
    return _BY_KEY.get(_key(text))


def country_for_storage(text: str | None) -> str | None:
    """What the organisation's country column keeps: None for Germany (and empty), the German
    name of a known country, otherwise the text as written."""
    if not text or not text.strip():
        return None
    country = find_country(text)
    if country is GERMANY:
        return None
    return country.name if country is not None else " ".join(text.split())[:60]


def region_of(stored: str | None) -> str | None:
    """'DE' for no country, the known country's region, None for an unknown country."""
    if not stored:
        return "DE"
    country = find_country(stored)
    return country.region if country is not None else None
