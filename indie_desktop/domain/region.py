"""The network's region: its municipalities and the postcodes that belong to them."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Municipality:
    name: str
    district: str  # kreisfreie Stadt or Ennepe-Ruhr-Kreis
    postcodes: tuple[str, ...]


# Postcodes from Deutsche Post's directory for the network's towns (main delivery areas).
MUNICIPALITIES: tuple[Municipality, ...] = (
    Municipality(
        "Dortmund",
        "Dortmund",
        (
            "44135",
            "44137",
            "44139",
            "44141",
            "44143",
            "44145",
            "44147",
            "44149",
            "44225",
            "44227",
            "44229",
            "44263",
            "44265",
            "44267",
            "44269",
            "44287",
            "44289",
            "44309",
            "44319",
            "44328",
            "44329",
            "44339",
            "44357",
            "44359",
            "44369",
            "44379",
            "44388",
        ),
    ),
    Municipality(
        "Bochum",
        "Bochum",
        (
            "44787",
            "44789",
            "44791",
            "44793",
            "44795",
            "44797",
            "44799",
            "44801",
            "44803",
            "44805",
            "44807",
            "44809",
            "44866",
            "44867",
            "44869",
            "44879",
            "44892",
            "44894",
        ),
    ),
    Municipality(
        "Hagen",
        "Hagen",
        ("58089", "58091", "58093", "58095", "58097", "58099", "58119", "58135"),
    ),
    Municipality(
        "Herne",
        "Herne",
        ("44623", "44625", "44627", "44628", "44629", "44649", "44651", "44652", "44653"),
    ),
    Municipality("Witten", "Ennepe-Ruhr-Kreis", ("58452", "58453", "58454", "58455", "58456")),
    Municipality("Hattingen", "Ennepe-Ruhr-Kreis", ("45525", "45527", "45529")),
    Municipality("Sprockhövel", "Ennepe-Ruhr-Kreis", ("45549",)),
    Municipality("Gevelsberg", "Ennepe-Ruhr-Kreis", ("58285",)),
    Municipality("Ennepetal", "Ennepe-Ruhr-Kreis", ("58256",)),
    Municipality("Schwelm", "Ennepe-Ruhr-Kreis", ("58332",)),
    Municipality("Breckerfeld", "Ennepe-Ruhr-Kreis", ("58339",)),
    Municipality("Wetter (Ruhr)", "Ennepe-Ruhr-Kreis", ("58300",)),
    Municipality("Herdecke", "Ennepe-Ruhr-Kreis", ("58313",)),
)

_BY_POSTCODE: dict[str, str] = {pc: m.name for m in MUNICIPALITIES for pc in m.postcodes}


def municipality_for_postcode(postcode: str | None) -> str | None:
    """The network municipality a postcode belongs to, or None when it lies outside the region."""
    if not postcode:
        return None
    return _BY_POSTCODE.get(postcode.strip())


def municipality_names() -> list[str]:
    return [m.name for m in MUNICIPALITIES]


# Centre of each municipality (town hall area), WGS 84 degrees, for distances within the region.
CENTRES: dict[str, tuple[float, float]] = {
    "Dortmund": (51.5136, 7.4653),
    "Bochum": (51.4818, 7.2162),
    "Hagen": (51.3671, 7.4633),
    "Herne": (51.5386, 7.2257),
    "Witten": (51.4436, 7.3528),
    "Hattingen": (51.3988, 7.1858),
    "Sprockhövel": (51.3467, 7.2408),
    "Gevelsberg": (51.3217, 7.3386),
    "Ennepetal": (51.2979, 7.3636),
    "Schwelm": (51.2855, 7.2935),
    "Breckerfeld": (51.2596, 7.4676),
    "Wetter (Ruhr)": (51.3877, 7.3953),
    "Herdecke": (51.3998, 7.4335),
}

EARTH_RADIUS_KM = 6371.0


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (latitude, longitude) points in degrees."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def distance_km(town_a: str | None, town_b: str | None) -> float | None:
    """Distance between two network municipalities' centres; None if either is unknown."""
    a = CENTRES.get(town_a or "")
    b = CENTRES.get(town_b or "")
    if a is None or b is None:
        return None
    return haversine_km(a, b)
