"""Companies and organisations: the list, its kind filter and the organisation's detail."""

from __future__ import annotations

import uuid
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QWidget

from indie_desktop.domain.enums import (
    Chamber,
    EmployeeBand,
    OrganisationKind,
    RelationKind,
    Visibility,
)
from indie_desktop.domain.formatting import format_date
from indie_desktop.domain.validation import format_phone
from indie_desktop.domain.wz import wz_title
from indie_desktop.services.start import StartingOrganisations
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.labels import kind_plural, label
from indie_desktop.ui.models.paged_table_model import Column
from indie_desktop.ui.views.detail_html import (
    affiliation_item,
    bullet_list,
    contact_point_rows,
    esc,
    field_table,
    has_ended,
    link,
    multiline,
    section,
)
from indie_desktop.ui.views.record_list_view import (
    EditorDialog,
    RecordListView,
    RecordService,
    declared_columns,
)
from indie_desktop.ui.widgets.attachments_panel import AttachmentsPanel
from indie_desktop.ui.widgets.timeline_widget import TimelineWidget

if TYPE_CHECKING:
    from indie_desktop.services.directory.organisations import OrganisationDetail, OrganisationRow
    from indie_desktop.ui.models.paged_table_model import PagedSource


class OrganisationColumn(IntEnum):
    NAME = 0
    KIND = 1
    CITY = 2
    MUNICIPALITY = 3
    PHONE = 4
    WZ_CODE = 5
    RESPONSIBLE = 6


class OrganisationsView(RecordListView):
    """All organisations of the network, narrowed by kind and by what the user types."""

    key = "organisations"  # the main window's name of this list

    history_target = "organisation"

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, load: bool = True
    ) -> None:
        super().__init__(workspace, parent, load=load)
        # Several at once: contact sheets, labels and letters for a selection.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        from indie_desktop.ui.events.bulk_actions import BulkActions

        self.bulk = BulkActions(self, organisations=True)  # several at once (issue 22)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Kind of organisation"))
        self.kind_filter.addItem(self.tr("All organisations"), None)
        for kind in OrganisationKind:
            self.kind_filter.addItem(kind_plural(kind), kind)
        self.kind_filter.currentIndexChanged.connect(self._kind_changed)
        self.add_filter_widget(self.kind_filter)
        self.record_visit_action = QAction(self.tr("Record &visit…"), self)
        self.add_relation_action = QAction(self.tr("Add &relation…"), self)
        self.add_relation_action.triggered.connect(self.add_relation)
        self.membership_action = QAction(self.tr("In the &network…"), self)
        self.membership_action.triggered.connect(self.change_membership)
        self.timeline = TimelineWidget(workspace, "organisation")
        self.timeline.activity_requested.connect(lambda i: self.open_requested.emit("activity", i))
        self.attachments = AttachmentsPanel(workspace, "organisation")
        self.attachments.mailsFiled.connect(lambda _filed: self.timeline.reload())
        self.add_detail_panel(self.timeline)
        self.add_detail_panel(self.attachments)
        self.on_detail_shown(self._shown_id)

    def context_actions(self) -> list[QAction]:
        return [
            self.record_visit_action,
            self.add_relation_action,
            self.membership_action,
            *self.bulk.actions_list,
        ]

    def add_relation(self) -> None:
        """Relate the selected organisation to another; the detail shows it at once."""
        from indie_desktop.ui.dialogs.relation_dialog import RelationDialog

        record_id = self.selected_id()
        if record_id is None:
            return
        name = self.workspace.organisations.detail(record_id).draft.name
        dialog = RelationDialog(self.workspace, record_id, name, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.show_detail(record_id)

    def change_membership(self) -> None:
        """Record the selected company's next step in the network; the detail shows it."""
        from indie_desktop.ui.dialogs.membership_dialog import MembershipDialog

        record_id = self.selected_id()
        if record_id is None:
            return
        name = self.workspace.organisations.detail(record_id).draft.name
        dialog = MembershipDialog(self.workspace, record_id, name, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.show_detail(record_id)

    def tenure_html(self, detail: OrganisationDetail) -> str:
        """'Network partner since 01.03.2025 (in the network since 15.09.2024)' and the steps."""
        tenure = detail.tenure
        if tenure is None or not tenure.steps:
            return ""
        head = ""
        if tenure.status is not None:
            head = (
                self.tr("%1 since %2")
                .replace("%1", label(tenure.status))
                .replace("%2", format_date(tenure.since))
            )
            if tenure.in_network_since is not None and tenure.in_network_since != tenure.since:
                head += " " + self.tr("(in the network since %1)").replace(
                    "%1", format_date(tenure.in_network_since)
                )
        steps = bullet_list(
            esc(
                f"{format_date(st.since)}–{format_date(st.until) if st.until else ''}: "
                f"{label(st.status)}"
                + (f" ({st.institution})" if st.institution else "")
                + (f" – {st.note}" if st.note else "")
            )
            for st in reversed(tenure.steps)
        )
        return f"<p><b>{esc(head)}</b></p>{steps}"

    def on_detail_shown(self, record_id: uuid.UUID | None) -> None:
        for panel in (getattr(self, "timeline", None), getattr(self, "attachments", None)):
            if isinstance(panel, TimelineWidget):
                panel.set_subject(record_id)
            elif isinstance(panel, AttachmentsPanel):
                panel.set_target(record_id)

    def make_service(self) -> RecordService:
        return self.workspace.organisations

    def list_source(self) -> PagedSource[Any]:
        """The first page as the window opens without the ORM (a faster start), then the
        service's pages."""
        return StartingOrganisations(self.workspace.db, lambda: self.service)

    def make_columns(self) -> list[Column[Any]]:
        return declared_columns("organisations")

    def title(self) -> str:
        return self.tr("Organisations")

    def filter_placeholder(self) -> str:
        return self.tr("Filter by name, city, postcode, competence, WZ code… (Ctrl+F)")

    def delete_question(self, name: str) -> str:
        return self.tr(
            "Delete the organisation “{name}”?\n\nIts people stay; their link to it is hidden."
        ).format(name=name)

    def deleted_message(self, name: str) -> str:
        return self.tr("Organisation “{name}” deleted.").format(name=name)

    def delete_question_for(self, record_id: uuid.UUID, name: str) -> str:
        """Say how many needs, referrals and cooperations involve it: they are kept."""
        question = self.delete_question(name)
        deps = self.workspace.referrals.dependants(record_id)
        if deps.total:
            question += "\n\n" + self.tr(
                "It is part of {needs} need(s), {referrals} referral(s) and {cooperations} "
                "cooperation(s). They are kept and still name it; you can undo the delete."
            ).format(needs=deps.needs, referrals=deps.referrals, cooperations=deps.cooperations)
        return question

    def empty_hint(self) -> str:
        return self.tr(
            "No organisations yet. Create one with New (Ctrl+N), or load the demo network "
            "from the File menu to look around."
        )

    def describe(self, row: OrganisationRow) -> str:
        return row.name

    def create_editor(self, record_id: uuid.UUID | None) -> EditorDialog:
        from indie_desktop.ui.dialogs.organisation_dialog import OrganisationDialog

        return OrganisationDialog(self.workspace, record_id, self)

    # --- kind filter -------------------------------------------------------------------------

    def set_kind(self, kind: OrganisationKind | None) -> None:
        """Show only organisations of this kind (None: all)."""
        index = self.kind_filter.findData(kind) if kind is not None else 0
        self.kind_filter.setCurrentIndex(max(index, 0))

    def reset_filters(self) -> None:
        self.kind_filter.setCurrentIndex(0)

    def kind(self) -> OrganisationKind | None:
        data = self.kind_filter.currentData()
        return OrganisationKind(data) if data else None

    def _kind_changed(self, _index: int) -> None:
        kind = self.kind()
        self.model.set_filters((("kinds", (kind,)),) if kind else ())

    # --- detail ------------------------------------------------------------------------------

    def render_detail(self, detail: OrganisationDetail) -> str:
        d = detail.draft
        subtitle = " · ".join(p for p in (label(d.kind), d.legal_form, label(d.status)) if p)
        address = "<br>".join(
            esc(p) for p in (d.street, " ".join(x for x in (d.postcode, d.city) if x)) if p
        )
        wz = d.wz_code
        wz_text = esc(f"{wz} {wz_title(wz) or ''}".strip()) if wz else ""
        register = " ".join(p for p in (d.register_court, d.register_number) if p)
        chamber = label(d.chamber) if d.chamber != Chamber.NONE else ""
        if d.handwerksrolle:
            chamber = ", ".join(p for p in (chamber, self.tr("entered in the Handwerksrolle")) if p)
        band = label(EmployeeBand(d.employee_band)) if _is_band(d.employee_band) else ""
        website = d.website
        web = (
            link(website if "://" in website else f"https://{website}", website) if website else ""
        )
        fields = field_table(
            [
                (self.tr("Address"), address),
                (self.tr("Municipality"), esc(d.municipality)),
                (self.tr("Phone"), esc(format_phone(d.phone))),
                (self.tr("E-mail"), link(f"mailto:{d.email}", d.email) if d.email else ""),
                (self.tr("Website"), web),
                *contact_point_rows(d.contact_points),
                (self.tr("WZ 2008"), wz_text),
                (self.tr("Employees"), esc(band)),
                (self.tr("Founded"), esc(d.founded_year)),
                (self.tr("Trade register"), esc(register)),
                (self.tr("VAT ID"), esc(d.vat_id)),
                (self.tr("Chamber"), esc(chamber)),
                (self.tr("Responsible"), esc(detail.responsible_name)),
                (self.tr("Tags"), esc(d.tags_text)),
                (self.tr("Source"), esc(d.source)),
                (
                    self.tr("Visible to"),
                    esc(label(d.visibility)) if d.visibility != Visibility.NETWORK else "",
                ),
            ]
        )
        # Who works there now first, former staff after them (greyed, 'until 26.11.2018').
        # Whether this is somebody's primary organisation says little here: not marked.
        people = bullet_list(
            affiliation_item(link(f"person:{p.person_id}", p.name), p.role, p.since, p.until)
            for p in sorted(detail.people, key=lambda p: has_ended(p.until))
        )
        part_of = ""
        if detail.parent is not None:
            pid, pname = detail.parent
            unit_of = self.tr("Unit of")
            part_of = f"<p>{esc(unit_of)} {link(f'organisation:{pid}', pname)}</p>"
        units = bullet_list(link(f"organisation:{uid}", name) for uid, name in detail.units)
        relations = bullet_list(
            f"{esc(self.relation_text(r.kind, r.outgoing))} "
            + link(f"organisation:{r.other_id}", r.other_name)
            + (f" ({esc(r.note)})" if r.note else "")
            for r in detail.relations
        )
        return (
            f"<h2>{esc(d.name)}</h2><p class='subtitle'>{esc(subtitle)}</p>"
            + part_of
            + fields
            + section(self.tr("Competences"), multiline(d.competences))
            + section(self.tr("Units"), units)
            + section(self.tr("Relations"), relations)
            + section(self.tr("In the network"), self.tenure_html(detail))
            + section(self.tr("People"), people)
            + section(self.tr("Notes"), multiline(d.notes))
        )

    def relation_text(self, kind: RelationKind, outgoing: bool) -> str:
        """'Subsidiary of' from the subsidiary, 'Parent company of' from the parent."""
        if outgoing:
            return label(kind)
        inverse = {
            RelationKind.SUBSIDIARY_OF: self.tr("Parent company of"),
            RelationKind.SUPPLIER_OF: self.tr("Customer of"),
            RelationKind.MEMBER_OF: self.tr("Has as member"),
            RelationKind.PARTNER_OF: self.tr("Cooperation partner of"),
            RelationKind.SPIN_OFF_OF: self.tr("Has as spin-off"),
        }
        return inverse[kind]


def _is_band(value: str) -> bool:
    return value in {b.value for b in EmployeeBand}
