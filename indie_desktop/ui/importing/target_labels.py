"""What the user reads for each field an import column can fill."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from indie_desktop.domain.enum_labels import QT_TRANSLATE_NOOP

CONTEXT = "ImportTargets"

_LABELS: dict[str, str] = {
    "organisation.name": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: name"),
    "organisation.legal_form": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: legal form"),
    "organisation.street": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: street"),
    "organisation.postcode": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: postcode"),
    "organisation.city": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: city"),
    "organisation.website": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: website"),
    "organisation.phone": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: phone"),
    "organisation.email": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: e-mail"),
    "organisation.vat_id": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: VAT ID"),
    "organisation.register_court": QT_TRANSLATE_NOOP(
        "ImportTargets", "Organisation: register court"
    ),
    "organisation.register_number": QT_TRANSLATE_NOOP(
        "ImportTargets", "Organisation: register number"
    ),
    "organisation.wz_code": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: WZ 2008 code"),
    "organisation.founded_year": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: founded"),
    "organisation.competences": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: competences"),
    "organisation.notes": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: notes"),
    "organisation.country": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: country"),
    "person.salutation": QT_TRANSLATE_NOOP("ImportTargets", "Person: salutation"),
    "person.title": QT_TRANSLATE_NOOP("ImportTargets", "Person: academic title"),
    "person.first_name": QT_TRANSLATE_NOOP("ImportTargets", "Person: first name"),
    "person.last_name": QT_TRANSLATE_NOOP("ImportTargets", "Person: last name"),
    "person.function": QT_TRANSLATE_NOOP("ImportTargets", "Person: function"),
    "person.department": QT_TRANSLATE_NOOP("ImportTargets", "Person: department"),
    "person.phone": QT_TRANSLATE_NOOP("ImportTargets", "Person: phone"),
    "person.mobile": QT_TRANSLATE_NOOP("ImportTargets", "Person: mobile"),
    "person.email": QT_TRANSLATE_NOOP("ImportTargets", "Person: e-mail"),
    "person.notes": QT_TRANSLATE_NOOP("ImportTargets", "Person: notes"),
    "person.full_name": QT_TRANSLATE_NOOP(
        "ImportTargets", "Person: full name (salutation, title, first and last name)"
    ),
    "person.more": QT_TRANSLATE_NOOP(
        "ImportTargets",
        "Person: more details (further e-mails, phones, addresses as such; the rest in the notes)",
    ),
    "organisation.kind": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: kind"),
    "organisation.employee_band": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: employees"),
    "organisation.chamber": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: chamber"),
    "organisation.handwerksrolle": QT_TRANSLATE_NOOP(
        "ImportTargets", "Organisation: Handwerksrolle"
    ),
    "organisation.tags_text": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: tags"),
    "organisation.responsible": QT_TRANSLATE_NOOP(
        "ImportTargets", "Organisation: Betreuer (a staff member's name)"
    ),
}
# Fields the merge dialog shows that are no import targets.
_MERGE_ONLY: dict[str, str] = {
    "organisation.municipality": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: municipality"),
    "organisation.status": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: status"),
    "organisation.source": QT_TRANSLATE_NOOP("ImportTargets", "Organisation: source"),
    "person.preferred_channel": QT_TRANSLATE_NOOP("ImportTargets", "Person: preferred channel"),
    "person.legal_basis": QT_TRANSLATE_NOOP("ImportTargets", "Person: legal basis"),
    "person.data_source": QT_TRANSLATE_NOOP("ImportTargets", "Person: source of the data"),
}
_REASONS: dict[str, str] = {
    "vat": QT_TRANSLATE_NOOP("ImportTargets", "same VAT ID"),
    "register": QT_TRANSLATE_NOOP("ImportTargets", "same trade-register entry"),
    "email": QT_TRANSLATE_NOOP("ImportTargets", "same e-mail address"),
    "website": QT_TRANSLATE_NOOP("ImportTargets", "same web domain"),
    "phone": QT_TRANSLATE_NOOP("ImportTargets", "same phone number"),
    "name_address": QT_TRANSLATE_NOOP("ImportTargets", "similar name at the same address"),
    "name_postcode": QT_TRANSLATE_NOOP("ImportTargets", "similar name, same postcode"),
    "name_city": QT_TRANSLATE_NOOP("ImportTargets", "similar name, same city"),
    "name_organisation": QT_TRANSLATE_NOOP("ImportTargets", "same name at the same organisation"),
}


def target_label(target: str) -> str:
    source = _LABELS.get(target) or _MERGE_ONLY.get(target, target)
    return QCoreApplication.translate(CONTEXT, source)


def reasons_text(reasons: tuple[str, ...]) -> str:
    return ", ".join(QCoreApplication.translate(CONTEXT, _REASONS.get(r, r)) for r in reasons)


def targets() -> list[str]:
    return list(_LABELS)
