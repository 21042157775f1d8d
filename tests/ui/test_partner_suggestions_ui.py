"""The need form says what kind of partner is sought and which sector; the referral dialog
suggests a university's unit with its university and its contact (issue 24), in German."""

from __future__ import annotations

from PySide6.QtCore import Qt

from indie_desktop.domain.enums import SoughtPartner
from indie_desktop.ui.dialogs.need_dialog import NeedDialog
from indie_desktop.ui.dialogs.referral_dialog import ReferralDialog
from tests.evaluation.partner_set import load
from tests.ui.dialog_fixtures import type_text
from tests.unit.test_partner_matching import MES_TOPIC


def test_need_form_records_the_partner_sought_and_labels_the_sector_as_sought(
    qtbot, workspace, german
) -> None:
    ws = workspace
    ids, _needs = load(ws)
    dialog = NeedDialog(ws, None, organisation_id=ids["c_cnc1"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.wanted_wz_code_label.text() == "Gesuchte Branche (&WZ):"
    assert dialog.sought_partner_label.text() == "Gesuchter &Partner:"
    assert dialog.sought_partner_combo.currentText() == "Wie der Bedarf es sagt"
    type_text(qtbot, dialog.ui.topic_edit, "Fräsen von Titan für Implantate")
    type_text(qtbot, dialog.ui.wanted_competence_edit, "Zerspanung")
    combo = dialog.sought_partner_combo
    combo.setFocus()
    qtbot.keyClicks(combo, "Hochschule")  # type-ahead selects the entry, as a user does
    assert combo.currentText() == "Hochschule oder Forschungsinstitut"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (need,) = [r.id for r in ws.needs.page(_query_topic("Titan"), 0, 5)]
    assert ws.needs.detail(need).draft.sought_partner == SoughtPartner.UNIVERSITY
    top = ws.suggestions.for_need(need, limit=3)
    assert top[0].display_name.startswith("Institut für Spanende Fertigung (ISF) – Technische")


def _query_topic(text: str):
    from indie_desktop.services.listing import ListQuery

    return ListQuery(text=text)


def test_referral_dialog_suggests_the_unit_with_its_university_and_contact(
    qtbot, workspace, german
) -> None:
    ws = workspace
    _ids, needs = load(ws)
    mes = next(n for n in needs if n.topic == MES_TOPIC)
    dialog = ReferralDialog(ws, mes.need_id)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.ui.suggestions_table
    first = table.item(0, 0)
    assert first.text() == (
        "Abteilung Produktionslogistik und IT, Fraunhofer IML – "
        "Fraunhofer-Institut für Materialfluss und Logistik IML"
    )
    assert first.toolTip() == "Ansprechpartner: Dr. Marco Becker (Abteilungsleiter)"
    why = table.item(0, 3).text()
    assert why.startswith("Kompetenzen „Fertigungsplanung“, „MES“, „ERP“ passen")
    assert "Hochschule oder Institut, wie gesucht" in why
    names = [table.item(r, 0).text() for r in range(min(5, table.rowCount()))]
    assert not any("Werbeagentur" in n or "Feinmechanik" in n for n in names)
