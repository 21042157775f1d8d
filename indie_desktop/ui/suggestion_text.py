"""A partner suggestion's reasons as one line the user reads:
'Kompetenz „Lasersintern“ passt, WZ 25.62 gleiche Klasse, 12 km, 3 erfolgreiche Vermittlungen'."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from indie_desktop.domain.formatting import format_number
from indie_desktop.services.work.suggestions import PartnerSuggestion
from indie_desktop.ui.labels import label

translate = QCoreApplication.translate


def _level(level: int) -> str:
    # Literal calls, so that lupdate finds every source text.
    if level >= 5:
        return translate("SuggestionText", "same subclass")
    if level == 4:
        return translate("SuggestionText", "same class")
    if level == 3:
        return translate("SuggestionText", "same group")
    if level == 2:
        return translate("SuggestionText", "same division")
    return translate("SuggestionText", "same section")


def explain(s: PartnerSuggestion) -> str:
    """The reasons, most important first, in one line."""
    parts: list[str] = []
    if s.competences:
        quote = translate("SuggestionText", "“%1”")
        quoted = ", ".join(quote.replace("%1", c) for c in s.competences)
        if len(s.competences) == 1:
            fits = translate("SuggestionText", "competence %1 fits")
        else:
            fits = translate("SuggestionText", "competences %1 fit")
        parts.append(fits.replace("%1", quoted))
    if s.wz_level is not None and s.wz_code:
        wz = translate("SuggestionText", "WZ %1 %2")
        parts.append(wz.replace("%1", s.wz_code).replace("%2", _level(s.wz_level)))
    # The kind is worth saying when it is what the suggestion rests on (a university for a
    # thesis); next to a matching competence or WZ division it would only repeat the obvious.
    if s.kind_fits and not s.competences and (s.wz_level or 0) < 2:
        parts.append(translate("SuggestionText", "fitting kind: %1").replace("%1", label(s.kind)))
    if s.same_town:
        parts.append(translate("SuggestionText", "same town"))
    elif s.distance_km is not None:
        km = translate("SuggestionText", "%1 km")
        parts.append(km.replace("%1", format_number(round(s.distance_km))))
    if s.successes:
        parts.append(translate("SuggestionText", "%n successful referral(s)", None, s.successes))
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]
