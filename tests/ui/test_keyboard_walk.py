"""Issue 21, keyboard: every dialog is walked with Tab and must visit its fields in the order
it declares (the order they are read in), so typing never lands in a field above."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

from indie_desktop.services.workspace import Workspace

Factory = Callable[[Workspace], QDialog]


def _record(cls_name: str) -> Factory:
    def make(ws: Workspace) -> QDialog:
        from indie_desktop.ui import dialogs

        return getattr(dialogs, cls_name)(ws, None)

    return make


def _visit(ws: Workspace) -> QDialog:
    from indie_desktop.ui.dialogs.visit_dialog import VisitDialog

    return VisitDialog(ws)


def _need(ws: Workspace) -> QDialog:
    from indie_desktop.ui.dialogs.need_dialog import NeedDialog

    return NeedDialog(ws, None)


def _task(ws: Workspace) -> QDialog:
    from indie_desktop.ui.dialogs.task_dialog import TaskDialog

    return TaskDialog(ws, None)


def _referral_world(ws: Workspace) -> tuple:
    from indie_desktop.services.directory.organisations import OrganisationDraft
    from indie_desktop.services.work.needs import NeedDraft
    from indie_desktop.services.work.referrals import PartnerChoice, ReferralDraft

    firm = ws.organisations.create(OrganisationDraft(name="Suchend GmbH", city="Dortmund"))
    partner = ws.organisations.create(
        OrganisationDraft(name="Laserwerk Hagen", city="Hagen", competences="Lasersintern")
    )
    need = ws.needs.create(
        NeedDraft(organisation_id=firm, topic="Lasersintern", wanted_competence="Lasersintern")
    )
    (rid,) = ws.referrals.create(ReferralDraft(need, [PartnerChoice(partner)]))
    return need, rid


def _cooperation(ws: Workspace) -> QDialog:
    from indie_desktop.ui.dialogs.cooperation_dialog import CooperationDialog

    _need_id, rid = _referral_world(ws)
    return CooperationDialog(ws, None, referral_id=rid)


def _stage(ws: Workspace) -> QDialog:
    from indie_desktop.ui.dialogs.stage_change_dialog import StageChangeDialog

    _need_id, rid = _referral_world(ws)
    return StageChangeDialog(ws, rid)


def _refer(ws: Workspace) -> QDialog:
    from indie_desktop.ui.dialogs.referral_dialog import ReferralDialog

    need, _rid = _referral_world(ws)
    return ReferralDialog(ws, need)


def _radar(ws: Workspace) -> QDialog:
    from indie_desktop.domain.enums import OrganisationKind
    from indie_desktop.services.directory.organisations import OrganisationDraft
    from indie_desktop.ui.work.radar_dialog import RadarDialog

    ws.organisations.create(
        OrganisationDraft(name="Ruhr-Universität Bochum", kind=OrganisationKind.UNIVERSITY)
    )
    return RadarDialog(ws)


def _terms(ws: Workspace) -> QDialog:
    from indie_desktop.ui.work.vocabulary_dialog import VocabularyDialog

    return VocabularyDialog(ws)


def _membership(ws: Workspace) -> QDialog:
    from indie_desktop.services.directory.organisations import OrganisationDraft
    from indie_desktop.ui.dialogs.membership_dialog import MembershipDialog

    firm = ws.organisations.create(OrganisationDraft(name="Gießerei Hagen GmbH"))
    return MembershipDialog(ws, firm, "Gießerei Hagen GmbH", None)


def _word_merge(ws: Workspace) -> QDialog:
    from indie_desktop.ui.printing.word_merge import WordMergeDialog
    from indie_desktop.ui.tasks import SynchronousRunner

    return WordMergeDialog(ws, SynchronousRunner(), [])


def _event(ws: Workspace) -> QDialog:
    from indie_desktop.ui.events.event_dialog import EventDialog

    return EventDialog(ws, None)


def _settings(ws: Workspace) -> QDialog:
    from indie_desktop.config import Settings
    from indie_desktop.ui.settings_dialog import SettingsDialog

    assert ws.db.path is not None
    return SettingsDialog(Settings(ws.db.path.parent / "walk-settings.ini"), ws)


def _referral_letter(ws: Workspace) -> QDialog:
    from indie_desktop.ui.printing.referral_letter import ReferralLetterDialog

    _need, rid = _referral_world(ws)
    return ReferralLetterDialog(ws, rid)


def _people(ws: Workspace):  # type: ignore[no-untyped-def]
    from indie_desktop.services.listing import ListQuery
    from indie_desktop.ui.printing.mail_merge import RecipientSource

    return RecipientSource("people", "Personen", ws.people, ListQuery(), 2)


def _labels(ws: Workspace) -> QDialog:
    from indie_desktop.ui.printing.labels_dialog import LabelsDialog
    from indie_desktop.ui.tasks import SynchronousRunner

    return LabelsDialog(ws, SynchronousRunner(), _people(ws))


def _mail_merge(ws: Workspace) -> QDialog:
    from indie_desktop.ui.printing.mail_merge import MailMergeDialog
    from indie_desktop.ui.tasks import SynchronousRunner

    return MailMergeDialog(ws, SynchronousRunner(), _people(ws))


def _letterhead(ws: Workspace) -> QDialog:
    from indie_desktop.ui.printing.letterhead_dialog import LetterheadDialog

    return LetterheadDialog(ws)


def _preview(_ws: Workspace) -> QDialog:
    from indie_desktop.ui.printing.preview import PrintPreviewDialog
    from tests.ui.test_printing_preview import three_pages

    return PrintPreviewDialog(three_pages(), "Kontaktblatt Müller & Söhne", "Kontaktblatt")


def _kaya(ws: Workspace):  # type: ignore[no-untyped-def]
    from indie_desktop.services.listing import ListQuery

    return next(r.id for r in ws.people.page(ListQuery(), 0, 10) if "Kaya" in r.name)


def _privacy(ws: Workspace) -> QDialog:
    from indie_desktop.ui.privacy.privacy_dialog import PrivacyDialog

    return PrivacyDialog(ws, _kaya(ws))


def _consent(ws: Workspace) -> QDialog:
    from indie_desktop.ui.privacy.forms import ConsentDialog

    person = _kaya(ws)
    return ConsentDialog(lambda d: ws.privacy.add_consent(person, d))


def _objection(_ws: Workspace) -> QDialog:
    from indie_desktop.ui.privacy.forms import ObjectionDialog

    return ObjectionDialog(lambda *_a: None)


def _keep(_ws: Workspace) -> QDialog:
    from indie_desktop.ui.privacy.forms import KeepDialog

    return KeepDialog("Ayşe Kaya", lambda *_a: None)


def _erase(ws: Workspace) -> QDialog:
    from indie_desktop.ui.privacy.erase_dialog import EraseDialog
    from indie_desktop.ui.tasks import SynchronousRunner

    return EraseDialog(ws, _kaya(ws), "Ayşe Kaya", runner=SynchronousRunner())


def _review(ws: Workspace) -> QDialog:
    from indie_desktop.ui.privacy.review_dialog import ReviewQueueDialog

    return ReviewQueueDialog(ws)


IMPORT_CSV = (
    "Firma;Straße;PLZ;Ort;Vorname;Nachname;E-Mail\r\n"
    "Yıldız Metallbau GmbH;Eilper Str. 5;58091;Hagen;Şükrü;Yıldız;sukru@yildiz-metall.de\r\n"
    "Wiśniewski Elektro e.K.;Bahnhofstr. 1;44623;Herne;Łukasz;Wiśniewski;kein-at\r\n"
).encode("utf-8-sig")


def _import(pages: int) -> Factory:
    """The import wizard, moved on `pages` pages with a real CSV file (once shown)."""

    def make(ws: Workspace) -> QDialog:
        from indie_desktop.ui.importing.wizard import ImportWizard
        from indie_desktop.ui.tasks import SynchronousRunner

        wizard = ImportWizard(ws, SynchronousRunner())
        if pages:
            assert ws.db.path is not None
            path = ws.db.path.parent / "kontakte.csv"
            path.write_bytes(IMPORT_CSV)
            wizard.file_page.path_edit.setText(str(path))
            wizard.file_page.load()

            def forward() -> None:
                for _ in range(pages):
                    wizard.next()

            wizard.after_show = forward  # type: ignore[attr-defined]
        return wizard

    return make


DIALOGS: dict[str, Factory] = {
    "event": _event,
    "settings": _settings,
    "referral letter": _referral_letter,
    "labels": _labels,
    "mail merge": _mail_merge,
    "letterhead": _letterhead,
    "print preview": _preview,
    "privacy": _privacy,
    "consent": _consent,
    "objection": _objection,
    "keep": _keep,
    "erase": _erase,
    "privacy review": _review,
    "import: file": _import(0),
    "import: columns": _import(1),
    "import: check": _import(2),
    "visit": _visit,
    "organisation": _record("OrganisationDialog"),
    "person": _record("PersonDialog"),
    "project": _record("ProjectDialog"),
    "need": _need,
    "task": _task,
    "cooperation": _cooperation,
    "stage change": _stage,
    "referral": _refer,
    "needs radar": _radar,
    "technology terms": _terms,
    "network status": _membership,
    "word merge": _word_merge,
}


def open_dialog(qtbot, factory: Factory, ws: Workspace) -> QDialog:
    """Made, shown and (a wizard) moved to its page, as a user has it in front of them."""
    dialog = factory(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    after_show = getattr(dialog, "after_show", None)
    if after_show is not None:
        after_show()
    return dialog


def _reachable(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def _focus_target(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    if isinstance(widget, QTabWidget):
        return widget.tabBar()
    return widget


def walk(qtbot, dialog: QDialog, steps: int) -> list[QWidget]:
    """The widgets Tab visits, from the one with the focus now."""
    seen = [dialog.focusWidget()]
    for _ in range(steps):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    return seen


def name(widget: QWidget | None) -> str:
    if widget is None:
        return "None"
    return widget.objectName() or type(widget).__name__


@pytest.mark.parametrize("key", sorted(DIALOGS))
def test_tab_walks_every_dialog_in_its_declared_order(qtbot, sample: Workspace, key: str) -> None:
    dialog = open_dialog(qtbot, DIALOGS[key], sample)
    tabs = dialog.findChild(QTabWidget, "tabs")
    for page in range(tabs.count() if tabs is not None else 1):
        if tabs is not None:
            tabs.setCurrentIndex(page)
        declared = [_focus_target(w) for w in dialog.tab_order() if _reachable(w)]
        declared[0].setFocus(Qt.FocusReason.TabFocusReason)
        visited = walk(qtbot, dialog, len(declared))
        assert [name(w) for w in visited] == [name(w) for w in [*declared, declared[0]]]


def test_tab_from_the_people_met_goes_on_and_reaches_their_list(qtbot, sample: Workspace) -> None:
    """Besuch erfassen: Tab after Gesprächspartner never jumps back to the visit's kind."""
    dialog = _visit(sample)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.person_picker.setFocus()
    visited = walk(qtbot, dialog, 2)
    assert visited[1] is dialog.ui.people_list
    assert dialog.ui.kind_combo not in visited


@pytest.mark.parametrize(
    ("language", "answers"),
    [
        ("german", ["&Speichern", "&Verwerfen", "Abbrechen"]),
        ("english", ["&Discard", "&Save", "Cancel"]),
    ],
)
def test_the_unsaved_changes_question_has_an_alt_key_for_each_answer(
    qtbot, sample: Workspace, monkeypatch, request, language: str, answers: list[str]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.test_mnemonics import mnemonic

    request.getfixturevalue(language)
    seen: list[str] = []

    def answer(box: QMessageBox) -> int:
        seen.extend(b.text() for b in box.buttons())
        return int(QMessageBox.StandardButton.Discard.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    dialog = _task(sample)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.title_edit.setText("Angebot nachfassen")
    dialog.reject()
    assert not dialog.isVisible()
    assert sorted(seen) == answers
    letters = [mnemonic(t) for t in seen if mnemonic(t)]
    assert len(letters) == len(set(letters)) == 2


# --- pickers -------------------------------------------------------------------------------


def _choose_with_keys(qtbot, picker, text: str) -> None:
    """Type, then pick the first suggestion of the real popup with Down and Return."""
    from tests.ui.dialog_fixtures import type_text

    picker.setFocus()
    type_text(qtbot, picker, text)
    popup = picker.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.wait(10)


def test_people_picker_shows_the_firm_ranks_the_visited_firm_first_and_empties_itself(
    qtbot, workspace: Workspace
) -> None:
    from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
    from indie_desktop.services.directory.organisations import OrganisationDraft

    ws = workspace
    mueller = ws.organisations.create(OrganisationDraft(name="Müller Formenbau", city="Hagen"))
    becker = ws.organisations.create(OrganisationDraft(name="Becker Guss", city="Herne"))
    for first, firm in (("Anna", becker), ("Julia", mueller)):
        ws.people.create(
            PersonDraft(
                first_name=first,
                last_name="Langern",
                affiliations=[AffiliationDraft(organisation_id=firm, is_primary=True)],
            )
        )
    dialog = _visit(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _choose_with_keys(qtbot, dialog.organisation_picker, "Müller Form")
    assert dialog.ui.organisations_list.count() == 1
    assert dialog.organisation_picker.text() == ""
    _choose_with_keys(qtbot, dialog.person_picker, "Langern")
    people = dialog.ui.people_list
    assert [people.item(i).text() for i in range(people.count())] == [
        "Julia Langern (Müller Formenbau)"
    ]
    assert dialog.person_picker.text() == ""
    choices = [label for _id, label in ws.activities.people_choices("Langern")]
    assert choices == ["Anna Langern (Becker Guss)", "Julia Langern (Müller Formenbau)"]


def test_partner_picker_lists_the_university_first_for_its_abbreviation(
    workspace: Workspace,
) -> None:
    from indie_desktop.services.directory.organisations import OrganisationDraft

    for name in (
        "Technische Universität Dortmund",
        "Turbinenbau Dortmund GmbH",
        "Autohaus Tusch Dortmund",
        "Dortmunder Tuchhandel",
        "Fachhochschule Dortmund",
    ):
        workspace.organisations.create(OrganisationDraft(name=name, city="Dortmund"))
    labels = [label for _id, label in workspace.organisations.choices("TU Dortm")]
    assert labels[0] == "Technische Universität Dortmund, Dortmund"
    assert "Fachhochschule Dortmund, Dortmund" not in labels
