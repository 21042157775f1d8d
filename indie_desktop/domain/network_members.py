"""The institutions of the In|Die RegionRuhr network, offered when a user sets up the app."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class NetworkMember:
    name: str
    short_name: str
    street: str
    postcode: str
    city: str
    phone: str
    website: str

    def as_values(self) -> dict[str, str]:
        values = asdict(self)
        values["sender_line"] = f"{self.name} · {self.street} · {self.postcode} {self.city}"
        return values


NETWORK_MEMBERS: tuple[NetworkMember, ...] = (
    NetworkMember(
        "Wirtschaftsförderung Dortmund",
        "WF Dortmund",
        "Grüne Straße 2-8",
        "44147",
        "Dortmund",
        "+49231502910",
        "https://www.wirtschaftsfoerderung-dortmund.de",
    ),
    NetworkMember(
        "Bochum Wirtschaftsentwicklung",
        "WE Bochum",
        "Viktoriastraße 10",
        "44787",
        "Bochum",
        "+49234610630",
        "https://www.bochum-wirtschaft.de",
    ),
    NetworkMember(
        "HAGEN.WIRTSCHAFTSENTWICKLUNG",
        "WE Hagen",
        "Körnerstraße 25",
        "58095",
        "Hagen",
        "+492331809990",
        "https://www.hagen-wirtschaft.de",
    ),
    NetworkMember(
        "Wirtschaftsförderung Herne",
        "WFG Herne",
        "Westring 303",
        "44629",
        "Herne",
        "+4923231690",
        "https://www.wfg-herne.de",
    ),
    NetworkMember(
        "EN-Agentur",
        "EN-Agentur",
        "Bahnhofstraße 12",
        "45549",
        "Sprockhövel",
        "+4923399110",
        "https://www.en-agentur.de",
    ),
    NetworkMember(
        "IHK zu Dortmund",
        "IHK Dortmund",
        "Märkische Straße 120",
        "44141",
        "Dortmund",
        "+4923154170",
        "https://www.ihk.de/dortmund",
    ),
    NetworkMember(
        "IHK Mittleres Ruhrgebiet",
        "IHK Bochum",
        "Ostring 30-32",
        "44787",
        "Bochum",
        "+4923491130",
        "https://www.ihk.de/bochum",
    ),
    NetworkMember(
        "Südwestfälische IHK zu Hagen",
        "SIHK Hagen",
        "Bahnhofstraße 18",
        "58095",
        "Hagen",
        "+4923313900",
        "https://www.sihk.de",
    ),
    NetworkMember(
        "Handwerkskammer Dortmund",
        "HWK Dortmund",
        "Ardeystraße 93",
        "44139",
        "Dortmund",
        "+4923154930",
        "https://www.hwk-do.de",
    ),
)
