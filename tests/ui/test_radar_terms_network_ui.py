"""Issue 24 in the app, in German: a staff member carries a university's needs digest (preview
with PDF and Word), records its answer and so refers the need to a unit, sets the digest's
schedule and sees it due on the dashboard beside the radar figures; adds a synonym in the
technology terms and the referral dialog's suggestions change; records a company's steps in
the network and sees its tenure on the company and counted on the dashboard."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from indie_desktop.domain.enums import CarriedAnswer, MembershipStatus
from indie_desktop.domain.formatting import format_date
from indie_desktop.interchange.docx_template import document_text
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.ui.dialogs.membership_dialog import MembershipDialog
from indie_desktop.ui.main_window import DASHBOARD, ORGANISATIONS, MainWindow
from indie_desktop.ui.tasks import SynchronousRunner
from indie_desktop.ui.work.radar_dialog import RadarDialog, select_data
from indie_desktop.ui.work.vocabulary_dialog import VocabularyDialog
from tests.evaluation.partner_set import load
from tests.ui.test_referral_flow import when_dialog
from tests.unit.test_partner_matching import MES_TOPIC

LEFT = Qt.MouseButton.LeftButton


def _window(qtbot, ws) -> MainWindow:
    window = MainWindow(ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_university_digest_is_carried_answered_referred_and_scheduled(
    qtbot, workspace, german
) -> None:
    ws = workspace
    ids, _needs = load(ws)
    window = _window(qtbot, ws)
    seen: dict[str, object] = {}
    yesterday = date.today() - timedelta(days=1)

    def act(dialog: RadarDialog) -> None:
        try:
            steps(dialog)
        except Exception as exc:  # the dialog closes; the test fails with the reason
            seen["failed"] = repr(exc)
        finally:
            dialog.reject()

    def steps(dialog: RadarDialog) -> None:
        seen["title"] = dialog.windowTitle()
        assert select_data(dialog.university_combo, ids["tud"])
        table = dialog.preview_table
        rows = {
            table.item(r, 0).text().splitlines()[0]: table.item(r, 1).text()
            for r in range(table.rowCount())
        }
        seen["rows"] = rows
        seen["summary"] = dialog.summary_label.text()
        # a bad date at its field, nothing lost
        dialog.since_edit.setText("31.02.2026")
        qtbot.mouseClick(dialog.show_button, LEFT)
        seen["date_error"] = dialog.filter_error.text()
        seen["kept"] = table.rowCount()
        dialog.since_edit.clear()
        dialog.topic_edit.setText("MES")
        qtbot.mouseClick(dialog.show_button, LEFT)
        seen["mes_only"] = [
            table.item(r, 0).text().splitlines()[0] for r in range(table.rowCount())
        ]
        dialog.topic_edit.clear()
        qtbot.mouseClick(dialog.show_button, LEFT)
        preview = dialog.open_preview()
        assert preview is not None
        seen["preview"] = preview.windowTitle()
        seen["word"] = " ".join(document_text(preview.word()).split())
        preview.close()
        qtbot.mouseClick(dialog.carry_button, LEFT)
        seen["carried"] = dialog.answer_message.text()
        carried = dialog.carried_table
        row = next(r for r in range(carried.rowCount()) if carried.item(r, 0).text() == MES_TOPIC)
        carried.selectRow(row)
        dialog.answer_combo.setCurrentIndex(dialog.answer_combo.findData(CarriedAnswer.UNIT_NAMED))
        assert dialog.unit_combo.isEnabled()
        assert select_data(dialog.unit_combo, ids["tud_ips"])
        qtbot.mouseClick(dialog.answer_button, LEFT)
        seen["answered"] = dialog.answer_message.text()
        seen["cells"] = [carried.item(row, c).text() for c in range(4)]
        dialog.every_combo.setCurrentIndex(dialog.every_combo.findData(3))
        dialog.next_due_edit.setText(format_date(yesterday))
        qtbot.mouseClick(dialog.schedule_button, LEFT)
        seen["schedule"] = dialog.answer_message.text()

    when_dialog(RadarDialog, act)
    window.radar_action.trigger()
    assert "failed" not in seen, seen["failed"]
    assert seen["title"] == "Bedarfsradar"
    rows = seen["rows"]
    assert isinstance(rows, dict) and MES_TOPIC in rows
    assert rows[MES_TOPIC].startswith("Unternehmen aus Hagen (WZ 25.62.0")  # no consent
    assert seen["summary"] == f"{len(rows)} Bedarfe passen zu den Einheiten der Hochschule"
    assert seen["date_error"] == "Diesen Tag gibt es in diesem Monat nicht"
    assert seen["kept"] == len(rows)
    assert seen["mes_only"] == [MES_TOPIC]
    assert seen["preview"] == "Druckvorschau – Bedarfsradar Technische Universität Dortmund"
    assert "Bedarfsradar für Technische Universität Dortmund" in str(seen["word"])
    assert seen["carried"] == (f"{len(rows)} Bedarfe als an die Hochschule übermittelt erfasst")
    ips = "Institut für Produktionssysteme (IPS)"
    assert seen["answered"] == f"Antwort erfasst: vermittelt an {ips}"
    assert seen["cells"][2:] == ["Einheit benannt", "Institut für Produktionssysteme (IPS)"]
    assert seen["schedule"] == "Turnus gespeichert"
    (referral,) = [r for r in ws.referral_list.page(ListQuery(), 0, 50) if r.partner == ips]
    assert referral.organisation == "Präzisionstechnik Lenne GmbH"

    window.show_view(DASHBOARD)
    dashboard = window.dashboard
    dashboard.reload()
    assert dashboard.due_label.isVisible()
    assert dashboard.due_label.text().startswith("Bedarfsradar fällig: ")
    assert "Technische Universität Dortmund" in dashboard.due_label.text()
    assert dashboard.tiles["carried"].number.text() == str(len(rows))
    assert dashboard.tiles["carried_referred"].number.text() == "1"
    assert dashboard.figures is not None and dashboard.figures.needs_by_topic
    sectors = dict(dashboard.figures.needs_by_sector)
    assert sectors["25 Herstellung von Metallerzeugnissen"] >= 15  # the set's metalworkers
    topics = dict(dashboard.figures.needs_by_topic)
    assert topics["ERP"] >= 2 and "Digitalisierung" not in topics  # generic terms left out
    # the note's link opens the radar on that university
    opened: dict[str, object] = {}

    def look(dialog: RadarDialog) -> None:
        opened["university"] = dialog.university_id()
        dialog.reject()

    when_dialog(RadarDialog, look)
    dashboard.due_label.linkActivated.emit(f"radar:{ids['tud']}")
    assert opened["university"] == ids["tud"]


def test_a_synonym_added_in_the_terms_dialog_changes_the_suggestions(
    qtbot, workspace, german
) -> None:
    ws = workspace
    seeker = ws.organisations.create(OrganisationDraft(name="Präzisionstechnik Lenne GmbH"))
    finisher = ws.organisations.create(
        OrganisationDraft(
            name="Oberflächentechnik Şükrü Yıldız GmbH", competences="Gleitschleifen, Trowalisieren"
        )
    )
    need = ws.needs.create(
        NeedDraft(
            organisation_id=seeker, topic="Frästeile entgraten", wanted_competence="Entgraten"
        )
    )
    assert finisher not in [s.organisation_id for s in ws.suggestions.for_need(need)]
    window = _window(qtbot, ws)
    seen: dict[str, str] = {}

    def act(dialog: VocabularyDialog) -> None:
        seen["title"] = dialog.windowTitle()
        qtbot.mouseClick(dialog.save_button, LEFT)  # nothing typed
        seen["empty"] = dialog.label_error.text()
        dialog.label_edit.setText("Entgraten")
        dialog.synonyms_edit.setText("Gleitschleifen; Trowalisieren")
        dialog.broader_combo.setCurrentText("Gibt es nicht")
        qtbot.mouseClick(dialog.save_button, LEFT)
        seen["broader"] = dialog.broader_error.text()
        seen["kept"] = dialog.synonyms_edit.text()
        dialog.broader_combo.setCurrentText("")
        qtbot.mouseClick(dialog.save_button, LEFT)
        seen["saved"] = dialog.message.text()
        dialog.find_edit.setText("trowal")
        seen["found"] = dialog.table.item(0, 0).text() if dialog.table.rowCount() else ""
        dialog.try_edit.setText("Entgraten von Gussteilen")
        seen["tried"] = dialog.try_result.text()
        dialog.reject()

    when_dialog(VocabularyDialog, act)
    window.vocabulary_action.trigger()
    assert seen["title"] == "Fachbegriffe"
    assert seen["empty"] == "Geben Sie den Begriff ein"
    assert seen["broader"] == "Den Oberbegriff gibt es nicht im Vokabular"
    assert seen["kept"] == "Gleitschleifen; Trowalisieren"
    assert seen["saved"] == "Gespeichert: Entgraten"
    assert seen["found"] == "Entgraten"
    assert seen["tried"] == "Gefundene Begriffe: Entgraten"
    top = ws.suggestions.for_need(need, limit=3)
    assert top[0].organisation_id == finisher and top[0].competences == ("Entgraten",)


def test_a_companys_steps_in_the_network_show_on_it_and_on_the_dashboard(
    qtbot, workspace, german
) -> None:
    ws = workspace
    firm = ws.organisations.create(OrganisationDraft(name="Gießerei Hagen GmbH", city="Hagen"))
    ws.membership.record(firm, MembershipStatus.INTERESTED, date.today() - timedelta(days=60))
    window = _window(qtbot, ws)
    window.show_view(ORGANISATIONS)
    view = window.views[ORGANISATIONS]
    view.select_record(firm)
    seen: dict[str, str] = {}

    def act(dialog: MembershipDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["proposed"] = dialog.status_combo.currentText()
        dialog.since_edit.setText("01.01.2999")
        qtbot.mouseClick(dialog.save_button, LEFT)
        seen["future"] = dialog.since_error.text()
        dialog.since_edit.setText(format_date(date.today()))
        dialog.note_edit.setText("Branchentreff Metall, Zoë Ñúñez")
        qtbot.mouseClick(dialog.save_button, LEFT)

    when_dialog(MembershipDialog, act)
    view.membership_action.trigger()
    assert seen["title"] == "Im Netzwerk – Gießerei Hagen GmbH"
    assert seen["proposed"] == "Nimmt teil"
    assert seen["future"] == "Das Datum liegt in der Zukunft"
    text = view.detail.toPlainText()
    assert "Im Netzwerk" in text
    assert f"Nimmt teil seit {format_date(date.today())}" in text
    assert "Branchentreff Metall, Zoë Ñúñez" in text
    assert "Interessiert" in text
    # the steps and a relation in the company's timeline
    partner = ws.organisations.create(OrganisationDraft(name="Metall-Cluster Ruhr e.V."))
    from indie_desktop.domain.enums import RelationKind

    ws.relations.add(firm, RelationKind.MEMBER_OF, partner, since=date(2025, 5, 1))
    tree = view.timeline.tree
    view.select_record(partner)
    lines = [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]
    assert "Hat als Mitglied Gießerei Hagen GmbH" in lines
    view.show_detail(firm)  # as following the link back from the cluster
    lines = [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]
    assert "Im Netzwerk: Nimmt teil – Branchentreff Metall, Zoë Ñúñez" in lines
    assert "Im Netzwerk: Interessiert" in lines
    assert "Mitglied in Metall-Cluster Ruhr e.V." in lines
    window.show_view(DASHBOARD)
    window.dashboard.reload()
    assert window.dashboard.tiles["in_network"].number.text() == "1"
    assert window.dashboard.tiles["joined_network"].number.text() == "1"
