"""Mail merge from a list: one letter to each person of the people list as filtered now (or of
the selection), or to the primary contact of each organisation of the organisations list.

The user picks a template, may look at the first letters, then the whole merge runs in the
background with progress and cancel; the preview opens on the result and the dialog lists
who was left out and why (no address, objection, no primary contact).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.enum_labels import QT_TRANSLATE_NOOP
from indie_desktop.domain.errors import NotFound, ServiceError
from indie_desktop.domain.formatting import format_number
from indie_desktop.services.exports import all_rows
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.privacy.protection import BLOCK_REASONS
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import show_error
from indie_desktop.ui.printing.job import PrintJobDialog
from indie_desktop.ui.printing.preview import PrintPreviewDialog
from indie_desktop.ui.tasks import Runner, show_failure
from indie_desktop.ui.views.organisations_view import OrganisationsView
from indie_desktop.ui.views.record_list_view import RecordListView, RecordService
from indie_desktop.ui.widgets.field_error import error_label
from indie_desktop.ui.widgets.recipients import LeftOutTable
from indie_desktop.ui.widgets.tab_order import apply_tab_order
from indie_desktop.ui.window_sizes import fit_window

PREVIEW_LETTERS = 3  # the quick look before the whole merge
REFERRAL_PURPOSES = ("referral_partner", "referral_company")

# What the PrintService gives as a reason for leaving somebody out (English), for lupdate.
SKIP_REASONS = (
    QT_TRANSLATE_NOOP(
        "mail_merge", "no postal address (no organisation with street, postcode and city)"
    ),
    QT_TRANSLATE_NOOP("mail_merge", "not found or deleted"),
    QT_TRANSLATE_NOOP("mail_merge", "no primary contact"),
    # services/privacy/protection.py BLOCK_REASONS: objections, consent, erasure (%1: the date)
    QT_TRANSLATE_NOOP("mail_merge", "Objection since %1"),
    QT_TRANSLATE_NOOP("mail_merge", "Consent withdrawn on %1"),
    QT_TRANSLATE_NOOP("mail_merge", "Consent expired on %1"),
    QT_TRANSLATE_NOOP("mail_merge", "Erased or deleted"),
    QT_TRANSLATE_NOOP("mail_merge", "No consent for this purpose"),
    # services/mail/invitations.py: an invitation by e-mail
    QT_TRANSLATE_NOOP("mail_merge", "no e-mail address"),
)


def translate_reason(reason: str) -> str:
    """The PrintService's reason in the UI language; a data protection reason carries its
    date in place of the template's %1."""
    for template in BLOCK_REASONS:
        head, _sep, tail = template.partition("%1")
        if _sep and reason.startswith(head) and reason.endswith(tail):
            value = reason[len(head) : len(reason) - len(tail)]
            return QCoreApplication.translate("mail_merge", template).replace("%1", value)
    return QCoreApplication.translate("mail_merge", reason)


@dataclass(frozen=True)
class RecipientSource:
    """Who a list view's print command addresses: its filter now, and its selection."""

    kind: str  # "people" or "organisations"
    list_title: str
    service: RecordService
    query: ListQuery
    total: int
    selected: tuple[uuid.UUID, ...] = ()

    @classmethod
    def of(cls, view: RecordListView) -> RecipientSource:
        return cls(
            kind="organisations" if isinstance(view, OrganisationsView) else "people",
            list_title=view.title(),
            service=view.service,
            query=view.model.query,
            total=view.model.total,
            selected=tuple(view.selected_ids()),
        )

    def record_ids(self, selection_only: bool, cancelled: Callable[[], bool]) -> list[uuid.UUID]:
        """The records addressed, in the list's order (may take a moment on a long list)."""
        if selection_only:
            return list(self.selected)
        return [row.id for row in all_rows(self.service, self.query, cancelled)]


def counted(text: str, n: int) -> str:
    """A text translated with %n (singular or plural), its number written the German way
    (%n itself prints 20000, not 20.000)."""
    return text.replace(str(n), format_number(n), 1)


def recipient_choice(
    source: RecipientSource, every: Callable[[int], str], some: Callable[[int], str]
) -> tuple[QRadioButton, QRadioButton, QVBoxLayout]:
    """'All n of the list' or 'only the n selected' (each text made for its number, %n): the
    selection is chosen when the user selected several records, and not offered when they
    did not."""
    all_radio = QRadioButton(counted(every(source.total), source.total))
    selected_radio = QRadioButton(counted(some(len(source.selected)), len(source.selected)))
    all_radio.setChecked(True)
    selected_radio.setVisible(len(source.selected) > 1)
    if len(source.selected) > 1:
        selected_radio.setChecked(True)
    column = QVBoxLayout()
    column.addWidget(all_radio)
    column.addWidget(selected_radio)
    return all_radio, selected_radio, column


@dataclass
class MergeOutcome:
    """What the background merge hands back to the dialog."""

    pdf: bytes
    letters: int
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)


def primary_contacts(
    workspace: Workspace, organisation_ids: Sequence[uuid.UUID]
) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    """The primary contact of each organisation (the PrintService's choice), and the
    organisations without any current contact."""
    printing = workspace.printing
    contact_map = getattr(printing, "primary_contact_map", None)
    if contact_map is not None:
        chosen: dict[uuid.UUID, uuid.UUID] = contact_map(organisation_ids)
        without = [o for o in organisation_ids if o not in chosen]
        return list(dict.fromkeys(chosen[o] for o in organisation_ids if o in chosen)), without
    found = printing.primary_contacts(organisation_ids)
    without = []
    if len(found) < len(organisation_ids):
        # Which ones have nobody: asked one by one, only when some are missing.
        without = [o for o in organisation_ids if not printing.primary_contacts([o])]
    return list(dict.fromkeys(found)), without


class MailMergeDialog(QDialog):
    """Choose the template and the recipients; look at the first letters; merge them all."""

    merged = Signal(object)  # MergeOutcome

    def __init__(
        self,
        workspace: Workspace,
        runner: Runner,
        source: RecipientSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.source = source
        self.outcome: MergeOutcome | None = None
        self.job: PrintJobDialog | None = None
        self.preview: PrintPreviewDialog | None = None
        self.setWindowTitle(self.tr("Mail merge"))
        self.setObjectName("mail_merge")

        self.template_combo = QComboBox()
        self.template_combo.setAccessibleName(self.tr("Letter template"))
        for info in self._templates():
            self.template_combo.addItem(info.title, info)
        self.template_error = error_label()

        if source.kind == "organisations":

            def every(n: int) -> str:
                return self.tr("the primary contacts of all %n organisation(s) of the list", "", n)

            def some(n: int) -> str:
                return self.tr("the primary contacts of the %n selected organisation(s)", "", n)
        else:

            def every(n: int) -> str:
                return self.tr("all %n person(s) of the list", "", n)

            def some(n: int) -> str:
                return self.tr("only the %n selected person(s)", "", n)

        self.all_radio, self.selected_radio, recipients = recipient_choice(source, every, some)
        filter_text = source.query.text.strip()
        self.filter_label = QLabel(
            self.tr("List “%1”, filtered by “%2”")
            .replace("%1", source.list_title)
            .replace("%2", filter_text)
            if filter_text
            else self.tr("List “%1”").replace("%1", source.list_title)
        )
        self.filter_label.setWordWrap(True)
        self.filter_label.setStyleSheet("color: #555;")
        recipients.addWidget(self.filter_label)

        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.template_combo)
        form.addRow("", self.template_error)
        form.addRow(self.tr("Recipients:"), recipients)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.summary.hide()
        self.skipped_table = LeftOutTable()

        self.preview_button = QPushButton(self.tr("&Look at the first letters…"))
        self.preview_button.setToolTip(
            self.tr("The first %1 letters, to check the template before the whole run").replace(
                "%1", str(PREVIEW_LETTERS)
            )
        )
        self.merge_button = QPushButton(self.tr("&Create letters…"))
        self.merge_button.setDefault(True)
        self.email_button = QPushButton(self.tr("By e-&mail…"))
        self.email_button.setToolTip(
            self.tr("The same template as a personal e-mail to each of the recipients")
        )
        self.email_button.clicked.connect(self.by_email)
        self.word_button = QPushButton(self.tr("&Word template…"))
        self.word_button.setToolTip(
            self.tr("The institution's own Word letterhead filled for each of the recipients")
        )
        self.word_button.clicked.connect(self.by_word_template)
        self.close_button = QPushButton(self.tr("Close"))
        self.buttons = QHBoxLayout()  # in the order of the work: look, create, close
        self.buttons.addWidget(self.preview_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.word_button)
        self.buttons.addWidget(self.email_button)
        self.buttons.addWidget(self.merge_button)
        self.buttons.addWidget(self.close_button)
        self.preview_button.clicked.connect(self.preview_first)
        self.merge_button.clicked.connect(self.start_merge)
        self.close_button.clicked.connect(self.reject)
        if not self.template_combo.count():
            self._show_template_error(self.tr("There is no letter template."))
            self.merge_button.setEnabled(False)
            self.preview_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.skipped_table, 1)
        layout.addLayout(self.buttons)
        fit_window(self, 560, 300, "mail_merge")
        apply_tab_order(self.tab_order())

    def tab_order(self) -> list[QWidget]:
        return [
            self.template_combo,
            self.all_radio,
            self.selected_radio,
            self.skipped_table,
            self.preview_button,
            self.word_button,
            self.email_button,
            self.merge_button,
            self.close_button,
        ]

    def _templates(self) -> list[Any]:
        templates = list(self.workspace.printing.templates())
        letters = [t for t in templates if t.purpose not in REFERRAL_PURPOSES]
        return letters or templates

    def template(self) -> Any:
        return self.template_combo.currentData()

    def select_template(self, name: str) -> None:
        for i in range(self.template_combo.count()):
            if self.template_combo.itemData(i).name == name:
                self.template_combo.setCurrentIndex(i)

    def _purpose(self) -> str:
        purpose = str(getattr(self.template(), "purpose", "") or "letter")
        return purpose if purpose not in REFERRAL_PURPOSES else "letter"

    def _show_template_error(self, message: str) -> None:
        from indie_desktop.ui.errors import translate_error

        self.template_error.setText(translate_error(message)[0])
        self.template_error.show()

    def _people(
        self, selection_only: bool, cancelled: Callable[[], bool], limit: int | None = None
    ) -> tuple[list[uuid.UUID], list[tuple[str, str]]]:
        """The people to write to, and the organisations left out (name, reason). Runs in
        the background: it reads no widget (`selection_only` was read on the UI thread)."""
        ids = self.source.record_ids(selection_only, cancelled)
        if self.source.kind != "organisations":
            return (ids[:limit] if limit else ids), []
        if limit:
            ids = ids[: limit * 3]  # a few without a contact may be among the first
        people, without = primary_contacts(self.workspace, ids)
        left_out = []
        for org_id in without:
            try:
                name = self.workspace.organisations.detail(org_id).draft.name
            except NotFound:
                continue
            left_out.append((name, "no primary contact"))
        return (people[:limit] if limit else people), left_out

    # --- preview of the first letters --------------------------------------------------------

    def preview_first(self) -> PrintPreviewDialog | None:
        self.template_error.hide()
        template = self.template()
        try:
            people, _left_out = self._people(
                self.selected_radio.isChecked(), lambda: False, PREVIEW_LETTERS
            )
            result = self.workspace.printing.mail_merge(
                template.name, people, purpose=self._purpose()
            )
        except ServiceError as exc:
            self._refused(exc)
            return None
        if not result.letters:
            self.summary.setText(self.tr("None of the first people can be written to."))
            self.summary.show()
            return None
        printing, purpose = self.workspace.printing, self._purpose()
        self.preview = self._open_preview(
            result.pdf,
            self.tr("Mail merge %1 (first letters)").replace("%1", template.title),
            lambda: printing.mail_merge(template.name, people, purpose=purpose, as_docx=True).docx,
        )
        return self.preview

    # --- the whole merge ---------------------------------------------------------------------

    def start_merge(self) -> PrintJobDialog:
        self.template_error.hide()
        template = self.template()
        purpose = self._purpose()
        printing = self.workspace.printing
        selection_only = self.selected_radio.isChecked()

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            people, left_out = self._people(selection_only, cancelled)
            result = printing.mail_merge(
                template.name, people, progress=progress, cancelled=cancelled, purpose=purpose
            )
            skipped = left_out + [
                (self._person_name(pid), reason) for pid, reason in result.skipped
            ]
            return MergeOutcome(result.pdf, result.letters, skipped)

        self.job = PrintJobDialog(
            self.runner,
            self.tr("Mail merge"),
            work,
            self.tr("Letter %1 of %2"),
            self,
            report_failures=False,
        )
        self.job.finished_with.connect(self._merged)
        self.job.failed_with.connect(self._failed)
        self.job.start()
        return self.job

    def by_email(self) -> QDialog | None:
        """The recipients of this merge get the template as e-mail (drafts or SMTP)."""
        from indie_desktop.ui.mail.invitation_dialog import InvitationDialog

        try:
            people, _left_out = self._people(self.selected_radio.isChecked(), lambda: False)
        except ServiceError as exc:
            self._refused(exc)
            return None
        dialog = InvitationDialog(
            self.workspace,
            self.runner,
            people,
            self,
            template_name=self.template().name,
            translate_reason=translate_reason,
        )
        dialog.open()
        self.email_dialog = dialog
        return dialog

    def by_word_template(self) -> QDialog | None:
        """The recipients of this merge in the institution's own Word template."""
        from indie_desktop.ui.printing.word_merge import WordMergeDialog

        try:
            people, left_out = self._people(self.selected_radio.isChecked(), lambda: False)
        except ServiceError as exc:
            self._refused(exc)
            return None
        dialog = WordMergeDialog(
            self.workspace, self.runner, people, self, translate_reason, left_out
        )
        dialog.open()
        self.word_dialog = dialog
        return dialog

    def _person_name(self, person_id: uuid.UUID) -> str:
        try:
            return str(self.workspace.people.detail(person_id).display_name)
        except NotFound:
            return str(person_id)

    def _merged(self, outcome: MergeOutcome) -> None:
        self.outcome = outcome
        if outcome.skipped:
            text = self.tr("%1 letters created. Left out: %2 (see below).")
        else:
            text = self.tr("%1 letters created.")
        self.summary.setText(
            text.replace("%1", format_number(outcome.letters)).replace(
                "%2", format_number(len(outcome.skipped))
            )
        )
        self.summary.show()
        self.skipped_table.show_left_out(outcome.skipped, translate_reason)
        if outcome.skipped:
            self.resize(self.width(), max(self.height(), 460))
        self.merged.emit(outcome)
        if outcome.letters:
            template = self.template()
            self.preview = self._open_preview(
                outcome.pdf, self.tr("Mail merge %1").replace("%1", template.title)
            )

    def _open_preview(
        self, pdf: bytes, title: str, word: Callable[[], bytes] | None = None
    ) -> PrintPreviewDialog:
        dialog = PrintPreviewDialog(pdf, title, title, self, word=word)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ServiceError):
            self._refused(error)
        else:
            show_failure(error, self)

    def _refused(self, exc: ServiceError) -> None:
        from indie_desktop.domain.errors import ValidationError

        if isinstance(exc, ValidationError) and "template" in exc.errors:
            self._show_template_error(exc.errors["template"])
            return
        show_error(self, self.tr("Mail merge"), exc)
