"""The events list: Branchentreffen, joint trade-fair stands, business trips, workshops;
beside it the event's details and its participants with the check-in."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.enums import ParticipantStatus, ProjectKind, Visibility
from indie_desktop.services.events.events import EventDetail, EventRow
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.events.participants_panel import ParticipantsPanel
from indie_desktop.ui.labels import label
from indie_desktop.ui.models.paged_table_model import Column
from indie_desktop.ui.tasks import Runner, SynchronousRunner
from indie_desktop.ui.views.detail_html import esc, field_table, link, multiline, section
from indie_desktop.ui.views.projects_view import _money
from indie_desktop.ui.views.record_list_view import (
    EditorDialog,
    RecordListView,
    RecordService,
    declared_columns,
)
from indie_desktop.ui.widgets.attachments_panel import AttachmentsPanel


class EventPanel(QWidget):
    """Commands on the shown event above its participants."""

    def __init__(self, view: EventsView) -> None:
        super().__init__(view)
        self.view = view
        self.participants = ParticipantsPanel(view.workspace, self)
        # Three to a row: in a 1100 px window the five commands in one row took the list's room.
        bar = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("invite", self.tr("&Invite…"), view.invite),
            ("invite_mail", self.tr("Invite b&y e-mail…"), view.invite_by_email),
            ("import", self.tr("I&mport registrations…"), view.import_registrations),
            ("attendance", self.tr("Attendance &list"), view.print_attendance_list),
            ("badges", self.tr("&Badges"), view.print_badges),
            ("follow_up", self.tr("&After the event…"), view.follow_up),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=slot: s())
            bar.addWidget(button, len(self.buttons) // 3, len(self.buttons) % 3)
            self.buttons[key] = button
        bar.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.participants, 1)
        self.setEnabled(False)

    def show_event(self, event_id: uuid.UUID | None) -> None:
        self.setEnabled(event_id is not None)
        self.participants.show_event(event_id)


class EventsView(RecordListView):
    key = "events"
    history_target = "project"

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, load: bool = True
    ) -> None:
        super().__init__(workspace, parent, load=load)
        from indie_desktop.ui.events.event_actions import EventActions

        self.runner: Runner = SynchronousRunner(self)
        self.commands = EventActions(workspace, self.runner, self, self._participants_changed)
        self.panel = EventPanel(self)
        self.panel.participants.changed.connect(self._participants_changed)
        self.add_detail_panel(self.panel)
        # Mails dropped here (from Outlook or as .msg/.eml) are filed on the event.
        self.attachments = AttachmentsPanel(workspace, "project")
        self.attachments.setMinimumWidth(120)
        self.add_detail_panel(self.attachments)
        self.panel.show_event(self._shown_id)
        self.attachments.set_target(self._shown_id)
        self.template_action = QAction(self.tr("Invitation &text…"), self)
        self.template_action.triggered.connect(lambda: self.commands.edit_template())
        self.target_groups_action = QAction(self.tr("&Target groups…"), self)
        self.target_groups_action.triggered.connect(self.edit_target_groups)
        self.checkin_action = QAction(self.tr("&Check-in"), self)
        self.checkin_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.checkin_action.triggered.connect(self.panel.participants.find_edit.setFocus)
        self.addAction(self.checkin_action)

    def use_runner(self, runner: Runner) -> None:
        """The window's background runner (tests keep the synchronous one)."""
        self.runner = runner
        self.commands.runner = runner

    def make_service(self) -> RecordService:
        return self.workspace.events

    def make_columns(self) -> list[Column[Any]]:
        return declared_columns("events")

    def initial_query(self) -> ListQuery | None:
        return ListQuery(sort="starts_at", descending=True)

    def title(self) -> str:
        return self.tr("Events")

    def filter_placeholder(self) -> str:
        return self.tr("Filter by name or description… (Ctrl+F)")

    def describe(self, row: EventRow) -> str:
        return row.name

    def delete_question(self, name: str) -> str:
        return self.tr("Delete the event “{name}”?").format(name=name)

    def deleted_message(self, name: str) -> str:
        return self.tr("Event “{name}” deleted.").format(name=name)

    def empty_hint(self) -> str:
        return self.tr("No events yet. Create a Branchentreff with New (Ctrl+N).")

    def create_editor(self, record_id: uuid.UUID | None) -> EditorDialog:
        from indie_desktop.ui.events.event_dialog import EventDialog

        return EventDialog(self.workspace, record_id, self)

    def context_actions(self) -> list[QAction]:
        return [self.template_action, self.target_groups_action, self.checkin_action]

    def on_detail_shown(self, record_id: uuid.UUID | None) -> None:
        panel = getattr(self, "panel", None)  # the first detail may come before the panel
        if panel is not None:
            panel.show_event(record_id)
        attachments = getattr(self, "attachments", None)
        if attachments is not None:
            attachments.set_target(record_id)

    def render_detail(self, detail: EventDetail) -> str:
        d = detail.draft
        subtitle = " · ".join(p for p in (label(d.kind), label(d.status)) if p)
        when = " ".join(p for p in (d.date, d.start_time) if p)
        if d.end_date and d.end_date != d.date:
            when += " – " + " ".join(p for p in (d.end_date, d.end_time) if p)
        elif d.end_time:
            when += f"–{d.end_time}"
        holding = detail.counts.get(ParticipantStatus.REGISTERED, 0) + detail.counts.get(
            ParticipantStatus.ATTENDED, 0
        )
        places = f"{holding} / {d.capacity}" if d.capacity else str(holding)
        rows = [
            (self.tr("When"), esc(when)),
            (self.tr("Place"), esc(d.place)),
            (self.tr("Organiser"), esc(detail.lead_name)),
            (self.tr("Co-organisers"), esc(detail.co_organisers_text)),
            (self.tr("Registered / places"), esc(places)),
            (
                self.tr("Waiting list"),
                esc(detail.counts.get(ParticipantStatus.WAITLISTED, 0) or ""),
            ),
            (self.tr("Registration deadline"), esc(d.registration_deadline)),
            (
                self.tr("Registration"),
                link(d.registration_link, d.registration_link) if d.registration_link else "",
            ),
            (self.tr("Cost"), esc(_money(d.cost_eur))),
            (self.tr("Funding"), esc(d.funding)),
        ]
        if d.kind == ProjectKind.JOINT_TRADE_FAIR:
            rows += [
                (self.tr("Trade fair"), esc(d.fair_name)),
                (self.tr("Hall / stand"), esc(d.hall_stand)),
            ]
        if d.kind == ProjectKind.BUSINESS_TRIP:
            rows.append((self.tr("Destination"), esc(d.destination)))
        if d.visibility != Visibility.NETWORK:
            rows.append((self.tr("Visible to"), esc(label(d.visibility))))
        return (
            f"<h2>{esc(d.name)}</h2><p class='subtitle'>{esc(subtitle)}</p>"
            + field_table(rows)
            + section(self.tr("Description"), multiline(d.description))
        )

    # -- commands on the selected event -------------------------------------------------------
    def _event(self) -> tuple[uuid.UUID, str] | None:
        event_id = self.selected_id() or self._shown_id
        if event_id is None:
            return None
        try:
            return event_id, self.workspace.events.detail(event_id).name
        except Exception:  # deleted meanwhile: nothing to do
            return None

    def invite(self) -> None:
        chosen = self._event()
        if chosen is not None:
            self.commands.invite(chosen[0])

    def invite_by_email(self) -> QDialog | None:
        """Invitations to the event as personal e-mails to a saved target group (consents
        honoured); who gets one becomes an invited participant."""
        from indie_desktop.services.events.invitations import INVITATION_TEMPLATE
        from indie_desktop.ui.mail.invitation_dialog import InvitationDialog
        from indie_desktop.ui.printing.mail_merge import translate_reason

        chosen = self._event()
        if chosen is None:
            return None
        dialog = InvitationDialog(
            self.workspace,
            self.runner,
            [],
            self,
            template_name=INVITATION_TEMPLATE,
            translate_reason=translate_reason,
            event_id=chosen[0],
        )
        dialog.finished.connect(lambda _r: self._participants_changed())
        self.commands.last_dialog = dialog
        dialog.open()
        return dialog

    def import_registrations(self) -> None:
        chosen = self._event()
        if chosen is not None:
            self.commands.import_registrations(chosen[0])

    def print_attendance_list(self) -> None:
        chosen = self._event()
        if chosen is not None:
            self.commands.attendance_list(*chosen)

    def print_badges(self) -> None:
        chosen = self._event()
        if chosen is not None:
            self.commands.badges(*chosen)

    def follow_up(self) -> None:
        chosen = self._event()
        if chosen is not None:
            self.commands.follow_up(chosen[0])

    def edit_target_groups(self) -> None:
        from indie_desktop.ui.events.target_group_dialog import TargetGroupDialog

        dialog = TargetGroupDialog(self.workspace, self)
        self.commands.last_dialog = dialog
        dialog.exec()

    def _participants_changed(self) -> None:
        """Counts in the list and the detail follow a change of participants."""
        shown = self._shown_id
        self.model.reload(keep_loaded=True)
        if shown is not None:
            self.select_record(shown)
            self.panel.participants.reload()
