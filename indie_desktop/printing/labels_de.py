"""German wording of the stored values for printed documents (printouts are always German)."""

from __future__ import annotations

from enum import StrEnum

ORGANISATION_KIND = {
    "company": "Unternehmen",
    "craft_business": "Handwerksbetrieb",
    "service_provider": "Dienstleister",
    "university": "Hochschule",
    "research_institute": "Forschungseinrichtung",
    "chamber_agency": "Kammer/Wirtschaftsförderung",
    "other": "Sonstige",
}
ORGANISATION_STATUS = {"active": "aktiv", "prospect": "Interessent", "inactive": "inaktiv"}
CHAMBER = {"none": "", "ihk": "IHK", "hwk": "Handwerkskammer"}
URGENCY = {"low": "niedrig", "normal": "normal", "high": "hoch"}
NEED_STATUS = {
    "open": "offen",
    "in_referral": "in Vermittlung",
    "satisfied": "erfüllt",
    "dropped": "verworfen",
}
REFERRAL_STAGE = {
    "proposed": "vorgeschlagen",
    "introduced": "vorgestellt",
    "first_meeting": "erstes Treffen",
    "cooperation_agreed": "Kooperation vereinbart",
    "declined": "abgelehnt",
    "no_response": "keine Rückmeldung",
}
ACTIVITY_KIND = {
    "company_visit": "Firmenbesuch",
    "call": "Telefonat",
    "email": "E-Mail",
    "meeting": "Besprechung",
    "event": "Veranstaltung",
    "trade_fair": "Messe",
    "business_trip": "Unternehmerreise",
    "sector_meeting": "Branchentreff",
}
PREFERRED_CHANNEL = {
    "email": "E-Mail",
    "phone": "Telefon",
    "post": "Post",
    "in_person": "persönlich",
}
LEGAL_BASIS = {
    "consent": "Einwilligung",
    "legitimate_interest": "berechtigtes Interesse",
    "contract": "Vertrag",
    "public_task": "öffentliche Aufgabe",
}
PROJECT_KIND = {
    "sector_meeting": "Branchentreff",
    "joint_trade_fair": "Gemeinschaftsstand",
    "business_trip": "Unternehmerreise",
    "event": "Veranstaltung",
    "network_project": "Netzwerkprojekt",
}


def de(mapping: dict[str, str], value: StrEnum | str | None) -> str:
    """The German word for a stored value; unknown values as stored, None as ''."""
    if value is None:
        return ""
    key = value.value if isinstance(value, StrEnum) else str(value)
    return mapping.get(key, key)
