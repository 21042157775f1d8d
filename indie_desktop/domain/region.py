"""The network's region: its municipalities and the postcodes that belong to them."""

from __future__ import annotations

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
