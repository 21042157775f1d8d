"""The dashboard (Auswertung): what the network's work led to in a period, as number tiles
and charts; a click on a number, bar, step, month or cell lists the records behind it."""

from __future__ import annotations

import uuid
from datetime import date
from html import escape as esc

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.enums import OrganisationKind, ReferralStage
from indie_desktop.domain.formatting import format_date, format_money, format_number, to_berlin
from indie_desktop.domain.outcomes import (
    Drill,
    DrillResult,
    Figures,
    Filters,
    FunnelStep,
    Metric,
    Period,
)
from indie_desktop.domain.region import municipality_names
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.dates import to_date
from indie_desktop.ui.labels import kind_plural, label
from indie_desktop.ui.tasks import Runner, SynchronousRunner
from indie_desktop.ui.widgets.charts import (
    PALETTE,
    Bar,
    BarChart,
    ChartCard,
    FunnelChart,
    MatrixChart,
    Tile,
    TimelineChart,
)
from indie_desktop.ui.window_sizes import fit_window

KEY_ROLE = Qt.ItemDataRole.UserRole + 3
MONTH_NAMES = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")


def month_label(month: str) -> str:
    """'2026-03' -> 'Mär 26' (German month abbreviations, as on German charts)."""
    year, number = month.split("-")
    return f"{MONTH_NAMES[int(number) - 1]} {year[2:]}"


def days_text(value: float | None) -> str:
    return "–" if value is None else format_number(value, 1 if value % 1 else 0)


class DrillDialog(QDialog):
    """The records behind a figure; double-click (or Return) opens one in its list."""

    open_requested = Signal(str, uuid.UUID)

    def __init__(self, title: str, result: DrillResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.drill_result = result  # not `result`: that is QDialog.result()
        money = result.kind == "cooperation"
        self.table = QTableWidget(len(result.rows), 4 if money else 3)
        headers = [self.tr("Date"), self.tr("Record"), self.tr("Details")]
        if money:
            headers.append(self.tr("Value"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for r, row in enumerate(result.rows):
            link = row.link or (result.kind, row.id)
            cells = [row.day.strftime("%d.%m.%Y") if row.day else "", row.title, row.detail]
            if money:
                cells.append(format_money(row.value))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(KEY_ROLE, link)
                if c == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 320))
        self.table.itemActivated.connect(self._activated)
        summary = self.tr("%n record(s)", "", result.total)
        if result.hidden:
            summary += " " + self.tr(
                "(%n of them private to other institutions: counted, not listed)", "", result.hidden
            )
        if result.rows:
            summary += " – " + self.tr("double-click opens one in its list")
        self.summary = QLabel(summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_window(self, 960, 560, "dashboard_drill")

    def _activated(self, item: QTableWidgetItem) -> None:
        kind, record_id = item.data(KEY_ROLE)
        self.open_requested.emit(kind, record_id)
        self.accept()


class DashboardView(QWidget):
    """Period chooser and filters on top, number tiles, then the charts."""

    open_requested = Signal(str, uuid.UUID)
    events_requested = Signal()  # an events tile: show the events list
    radar_requested = Signal(uuid.UUID)  # a due digest's link: open the needs radar

    def __init__(
        self, workspace: Workspace, runner: Runner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner: Runner = runner or SynchronousRunner(self)
        self.figures: Figures | None = None
        self.last_drill: DrillDialog | None = None
        self._loaded = False
        self._stale = False  # records changed while the dashboard was hidden
        self._pending = False
        self._build_filters()
        self._build_tiles()
        self._build_events()
        self._build_charts()
        self._build_outreach()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.due_label)
        layout.addLayout(self.tiles_grid)
        layout.addWidget(self.events_card)
        layout.addLayout(self.charts_grid, 1)
        layout.addLayout(self.outreach_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # What the figures cover, on the shared server (where other institutions' private
        # records are not counted): said beside the figures, as the funding report says it.
        self.coverage = QLabel()
        self.coverage.setWordWrap(True)
        self.coverage.setVisible(False)
        outer = QVBoxLayout(self)
        outer.addLayout(self.filter_bar)
        outer.addWidget(self.coverage)
        outer.addWidget(scroll, 1)
        # Only now that the filters have a parent: showing a parentless widget opens it as a
        # window of its own (a flash, and the main window loses focus if it is shown already).
        self._fill_parts()

    def title(self) -> str:
        return self.tr("Dashboard")

    # --- parts -------------------------------------------------------------------------------

    def _build_filters(self) -> None:
        today = date.today()
        self.period_kind = QComboBox()
        for key, text in (
            ("month", self.tr("Month")),
            ("quarter", self.tr("Quarter")),
            ("year", self.tr("Year")),
            ("custom", self.tr("Custom")),
        ):
            self.period_kind.addItem(text, key)
        self.period_kind.setCurrentIndex(2)
        self.period_kind.setAccessibleName(self.tr("Period"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setAccessibleName(self.tr("Year"))
        self.part = QComboBox()  # month or quarter within the year
        self.part.setAccessibleName(self.tr("Month or quarter"))
        self.date_from = QDateEdit(QDate(today.year, 1, 1))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
        self.institution = QComboBox()
        self.institution.addItem(self.tr("All institutions"), None)
        self.municipality = QComboBox()
        self.municipality.addItem(self.tr("All municipalities"), None)
        for name in municipality_names():
            self.municipality.addItem(name, name)
        self.wz_section = QComboBox()
        self.wz_section.addItem(self.tr("All sectors (WZ)"), None)
        self.staff = QComboBox()
        self.staff.addItem(self.tr("All staff"), None)
        self._choices_filled = False  # institutions, WZ sections, staff: when first shown
        for combo in (self.institution, self.municipality, self.wz_section, self.staff):
            # as wide as the texts where there is room, narrower on an 800 px screen
            combo.setMinimumWidth(90)
            combo.setMaximumWidth(260)  # the WZ titles are long; the open list shows them
            combo.view().setMinimumWidth(360)
        # Two rows (period and its result, then the filters): fits an 800 px screen.
        self.status = QLabel()
        self.status.setStyleSheet("color: #6b6b6b;")
        period_row = QHBoxLayout()
        for widget in (self.period_kind, self.year, self.part, self.date_from, self.date_to):
            period_row.addWidget(widget)
        period_row.addSpacing(12)
        period_row.addWidget(self.status, 1)
        filter_row = QHBoxLayout()
        for widget in (self.institution, self.municipality, self.wz_section, self.staff):
            filter_row.addWidget(widget)
        filter_row.addStretch(1)
        bar = QVBoxLayout()
        bar.addLayout(period_row)
        bar.addLayout(filter_row)
        self.filter_bar = bar
        self.period_kind.currentIndexChanged.connect(self._period_kind_changed)
        for combo in (self.part, self.institution, self.municipality, self.wz_section, self.staff):
            combo.currentIndexChanged.connect(self.reload)
        self.year.valueChanged.connect(self.reload)
        self.date_from.dateChanged.connect(self.reload)
        self.date_to.dateChanged.connect(self.reload)

    def _fill_parts(self) -> None:
        kind = self.period_kind.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        today = date.today()
        if kind == "month":
            for number, name in enumerate(
                (
                    self.tr("January"),
                    self.tr("February"),
                    self.tr("March"),
                    self.tr("April"),
                    self.tr("May"),
                    self.tr("June"),
                    self.tr("July"),
                    self.tr("August"),
                    self.tr("September"),
                    self.tr("October"),
                    self.tr("November"),
                    self.tr("December"),
                ),
                start=1,
            ):
                self.part.addItem(name, number)
            self.part.setCurrentIndex(today.month - 1)
        elif kind == "quarter":
            for q in range(1, 5):
                self.part.addItem(self.tr("Q%1").replace("%1", str(q)), q)
            self.part.setCurrentIndex((today.month - 1) // 3)
        self.part.blockSignals(False)
        custom = kind == "custom"
        self.part.setVisible(kind in ("month", "quarter"))
        self.year.setVisible(not custom)
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)

    def _period_kind_changed(self) -> None:
        self._fill_parts()
        self.reload()

    def _build_tiles(self) -> None:
        specs = [
            ("organisations", self.tr("organisations reached"), PALETTE[0]),
            ("visits", self.tr("company visits"), PALETTE[0]),
            ("needs", self.tr("needs recorded"), PALETTE[1]),
            ("referrals", self.tr("referrals"), PALETTE[2]),
            ("cooperations", self.tr("cooperations started"), PALETTE[3]),
            ("value", self.tr("value of the cooperations"), PALETTE[3]),
            ("need_days", self.tr("median days from need to referral"), PALETTE[4]),
            ("coop_days", self.tr("median days from referral to cooperation"), PALETTE[4]),
        ]
        self.tiles: dict[str, Tile] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        drills = {
            "organisations": Metric.ORGANISATIONS,
            "visits": Metric.VISITS,
            "needs": Metric.NEEDS,
            "referrals": Metric.REFERRALS,
            "cooperations": Metric.COOPERATIONS,
            "value": Metric.COOPERATIONS,
            "need_days": Metric.REFERRALS,
            "coop_days": Metric.COOPERATIONS,
        }
        explanations = self._tile_explanations()
        for i, (key, caption, colour) in enumerate(specs):
            tile = Tile(caption, colour)
            tile.explain(explanations[key])
            tile.activated.connect(lambda k=key, c=caption: self.drill(c, Drill(drills[k])))
            self.tiles[key] = tile
            grid.addWidget(tile, i // 4, i % 4)
        self.tiles_grid = grid

    def _build_events(self) -> None:
        """The events tile: the period's events, registrations and attendance, and the next
        events with their registrations (double-click opens one in the events list)."""
        self.events_card = QFrame()
        self.events_card.setObjectName("chartCard")
        self.events_card.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel("<b>" + self.tr("Events") + "</b>")
        specs = [
            ("events", self.tr("events in the period")),
            ("registered", self.tr("registrations")),
            ("attended", self.tr("participants who came")),
            ("first_contacts", self.tr("first contacts made at an event")),
        ]
        self.event_tiles: dict[str, Tile] = {}
        tiles = QGridLayout()
        tiles.setSpacing(10)
        for i, (key, caption) in enumerate(specs):
            tile = Tile(caption, PALETTE[5])
            tile.activated.connect(self.events_requested)
            self.event_tiles[key] = tile
            tiles.addWidget(tile, 0, i)
        self.upcoming_label = QLabel(self.tr("Upcoming events"))
        self.upcoming = QTableWidget(0, 5)
        self.upcoming.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Event"),
                self.tr("Place"),
                self.tr("Registered"),
                self.tr("Attended"),
            ]
        )
        self.upcoming.setAccessibleName(self.tr("Upcoming events"))
        self.upcoming.verticalHeader().hide()
        self.upcoming.setWordWrap(False)
        self.upcoming.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.upcoming.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.upcoming.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.upcoming.setMaximumHeight(190)
        self.upcoming.itemActivated.connect(self._upcoming_activated)
        self.no_upcoming = QLabel(self.tr("No events planned from today on."))
        self.no_upcoming.setStyleSheet("color: #6b6b6b;")
        self.no_upcoming.hide()
        layout = QVBoxLayout(self.events_card)
        layout.addWidget(title)
        layout.addLayout(tiles)
        layout.addWidget(self.upcoming_label)
        layout.addWidget(self.upcoming)
        layout.addWidget(self.no_upcoming)

    def show_upcoming(self, rows: object) -> None:
        assert isinstance(rows, list)
        self.upcoming.setRowCount(len(rows))
        for r, row in enumerate(rows):
            when = to_berlin(row.starts_at).strftime("%d.%m.%Y %H:%M") if row.starts_at else ""
            registered = format_number(row.registered)
            if row.capacity:
                registered = f"{registered} / {format_number(row.capacity)}"
            cells = [when, row.name, row.place, registered, format_number(row.attended)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(KEY_ROLE, row.id)
                if c >= 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.upcoming.setItem(r, c, item)
        for column in (0, 2, 3, 4):
            self.upcoming.resizeColumnToContents(column)
        self.upcoming.resizeRowsToContents()
        self.upcoming.setVisible(bool(rows))
        self.no_upcoming.setVisible(not rows)

    def _upcoming_activated(self, item: QTableWidgetItem) -> None:
        self.open_requested.emit("event", item.data(KEY_ROLE))

    def _tile_explanations(self) -> dict[str, str]:
        """What each number counts (its tooltip): figures side by side count different things."""
        return {
            "organisations": self.tr(
                "Organisations with at least one activity in the period (visit, call, meeting, "
                "event, …), each counted once however often it was contacted."
            ),
            "visits": self.tr(
                "Activities of the kind “company visit” held in the period (the day in Berlin "
                "time). Calls, e-mails and meetings are not counted here."
            ),
            "needs": self.tr(
                "Needs recorded in the period, by the day of the visit they were found in "
                "(else the day they were recorded)."
            ),
            "referrals": self.tr(
                "Referrals made in the period (referral date). A need referred to several "
                "partners counts once per partner, so there can be more referrals than needs "
                "referred (see “From need to cooperation”, which counts needs)."
            ),
            "cooperations": self.tr(
                "Cooperations that started in the period (start date), with or without a "
                "referral before them. “From need to cooperation” counts instead the needs of "
                "the period that reached a cooperation, so the two numbers can differ."
            ),
            "value": self.tr(
                "Sum of the values in euros of the cooperations started in the period."
            ),
            "need_days": self.tr(
                "Median number of days from the need being found to its referral, over the "
                "referrals made in the period."
            ),
            "coop_days": self.tr(
                "Median number of days from the referral to the start of the cooperation, over "
                "the cooperations started in the period that came from a referral."
            ),
            "carried": self.tr(
                "Needs carried to a university in the period (Bedarfsradar: a digest printed, "
                "saved or recorded as sent), each need once per university."
            ),
            "carried_referred": self.tr(
                "Of the needs carried in the period: those for which a university unit was named "
                "and a referral to it made."
            ),
            "carried_cooperations": self.tr(
                "Of the needs carried in the period: those that reached a cooperation."
            ),
            "in_network": self.tr(
                "Companies taking part in the network or network partners at the end of the "
                "period (by their latest step in “Im Netzwerk”)."
            ),
            "joined_network": self.tr(
                "Companies that took their first step into the network (taking part or "
                "partner) in the period."
            ),
        }

    def _event_explanations(self) -> dict[str, str]:
        return {
            "events": self.tr("Events (sector meetings, trade fairs, trips) held in the period."),
            "registered": self.tr(
                "Registrations for the period's events: registered or attended, each person "
                "once per event."
            ),
            "attended": self.tr("Participants ticked off as having come to the period's events."),
            "first_contacts": self.tr(
                "Organisations that attended an event of the period and had no contact with "
                "the network before it."
            ),
        }

    def _chart_explanations(self) -> dict[ChartCard, str]:
        return {
            self.funnel: self.tr(
                "The needs recorded in the period and how many of them got as far as each "
                "step: referred at least once, a first meeting, a cooperation. Each need counts "
                "once, however many partners it was referred to."
            ),
            self.timeline: self.tr(
                "Company visits, needs, referrals and cooperations started, per month of the "
                "period (each by its own date)."
            ),
            self.municipalities: self.tr(
                "Company visits by the municipality of the organisations visited; a visit to "
                "organisations in two municipalities counts in each."
            ),
            self.institutions: self.tr(
                "Referrals of the period by the institution that made them (owns the record)."
            ),
            self.network: self.tr(
                "Referrals of the period: the kind of the organisation referred (row) and of "
                "its partner (column)."
            ),
            self.stages: self.tr("Referrals made in the period by the stage they stand at today."),
        }

    def _outreach_explanations(self) -> dict[ChartCard, str]:
        return {
            self.topics: self.tr(
                "Needs recorded in the period by the technology terms found in them (a need "
                "naming several topics counts in each)."
            ),
            self.sectors: self.tr(
                "Needs recorded in the period by the WZ division of the company that has them."
            ),
            self.members: self.tr(
                "Companies in the network at the end of the period, by the institution that "
                "looks after them."
            ),
        }

    def _scope_text(self) -> str:
        """The period and institutions the figures cover, under each explanation."""
        period = self.tr("Period: {period}.").format(period=self.period().label())
        institution = self.institution.currentData()
        if institution is None:
            who = self.tr(
                "Institutions: all (records private to other institutions are counted, not listed)."
            )
        else:
            who = self.tr("Institution: {name}.").format(name=self.institution.currentText())
        return f"{period} {who}"

    def _explain(self) -> None:
        scope = self._scope_text()
        for key, text in self._tile_explanations().items():
            self.tiles[key].explain(f"{text}\n{scope}")
        for key, text in self._event_explanations().items():
            self.event_tiles[key].explain(f"{text}\n{scope}")
        for card, text in {**self._chart_explanations(), **self._outreach_explanations()}.items():
            card.explain(f"{text}\n{scope}")

    def _build_charts(self) -> None:
        self.funnel = ChartCard(self.tr("From need to cooperation"), FunnelChart())
        self.timeline = ChartCard(self.tr("Per month"), TimelineChart())
        self.municipalities = ChartCard(
            self.tr("Company visits by municipality"), BarChart(PALETTE[0])
        )
        self.institutions = ChartCard(self.tr("Referrals by institution"), BarChart(PALETTE[2]))
        self.network = ChartCard(self.tr("Who was referred to whom"), MatrixChart())
        self.stages = ChartCard(self.tr("Referrals by stage"), BarChart(PALETTE[1]))
        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.funnel, 0, 0)
        grid.addWidget(self.timeline, 0, 1)
        grid.addWidget(self.municipalities, 1, 0)
        grid.addWidget(self.institutions, 1, 1)
        grid.addWidget(self.network, 2, 0)
        grid.addWidget(self.stages, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.charts_grid = grid
        for card, text in self._chart_explanations().items():
            card.explain(text)
        self.funnel.activated.connect(self._funnel_clicked)
        self.timeline.activated.connect(self._month_clicked)
        self.municipalities.activated.connect(
            lambda key: self.drill(
                self.tr("Company visits in {name}").format(name=key or self.tr("no municipality")),
                Drill(Metric.VISITS, municipality=key),
            )
        )
        self.institutions.activated.connect(self._institution_clicked)
        self.network.activated.connect(self._edge_clicked)
        self.stages.activated.connect(
            lambda key: self.drill(
                self.tr("Referrals: {stage}").format(stage=label(ReferralStage(key))),
                Drill(Metric.REFERRALS, stage=ReferralStage(key)),
            )
        )

    def _build_outreach(self) -> None:
        """Issue 24: the needs by topic, needs carried to universities and what became of
        them, companies in the network by institution; a note when a digest is due."""
        self.due_label = QLabel(self)
        self.due_label.setObjectName("radar_due")
        self.due_label.setWordWrap(True)
        self.due_label.setStyleSheet(
            "background: #fff4d6; border: 1px solid #e0c060; padding: 6px; border-radius: 3px;"
        )
        self.due_label.linkActivated.connect(
            lambda href: self.radar_requested.emit(uuid.UUID(href.split(":", 1)[1]))
        )
        self.due_label.hide()
        specs = [
            ("carried", self.tr("needs carried to universities"), PALETTE[1]),
            ("carried_referred", self.tr("of them taken up by a unit"), PALETTE[2]),
            ("carried_cooperations", self.tr("of them led to a cooperation"), PALETTE[3]),
            ("in_network", self.tr("companies in the network"), PALETTE[0]),
            ("joined_network", self.tr("companies joined the network"), PALETTE[0]),
        ]
        grid = QGridLayout()
        grid.setSpacing(10)
        for i, (key, caption, colour) in enumerate(specs):
            tile = Tile(caption, colour)
            self.tiles[key] = tile
            grid.addWidget(tile, 0, i)
        self.topics = ChartCard(self.tr("Needs by topic"), BarChart(PALETTE[1]))
        self.sectors = ChartCard(self.tr("Needs by sector (WZ division)"), BarChart(PALETTE[1]))
        self.members = ChartCard(
            self.tr("Companies in the network by institution"), BarChart(PALETTE[0])
        )
        grid.addWidget(self.topics, 1, 0, 1, 3)
        grid.addWidget(self.members, 1, 3, 1, 2)
        grid.addWidget(self.sectors, 2, 0, 1, 3)
        self.outreach_grid = grid
        for card, text in self._outreach_explanations().items():
            card.explain(text)

    def _show_outreach(self, f: Figures) -> None:
        n = format_number
        for key in ("carried", "carried_referred", "carried_cooperations"):
            self.tiles[key].set_value(n(getattr(f, key)))
        self.tiles["in_network"].set_value(n(f.in_network))
        self.tiles["joined_network"].set_value(n(f.joined_network))
        topics = self.topics.chart
        assert isinstance(topics, BarChart)
        topic_bars = [Bar(name, name, count, n_(count)) for name, count in f.needs_by_topic]
        topics.set_bars(topic_bars)
        self.topics.set_table(
            [self.tr("Topic"), self.tr("Needs")], [(b.key, [b.label, b.text]) for b in topic_bars]
        )
        sectors = self.sectors.chart
        assert isinstance(sectors, BarChart)
        sector_bars = [Bar(name, name, count, n_(count)) for name, count in f.needs_by_sector]
        sectors.set_bars(sector_bars)
        self.sectors.set_table(
            [self.tr("Sector"), self.tr("Needs")],
            [(b.key, [b.label, b.text]) for b in sector_bars],
        )
        members = self.members.chart
        assert isinstance(members, BarChart)
        unknown = self.tr("no institution")
        member_bars = [
            Bar(name, name or unknown, inside, n_(inside))
            for name, inside, _joined in f.network_by_institution
        ]
        members.set_bars(member_bars)
        self.members.set_table(
            [self.tr("Institution"), self.tr("In the network"), self.tr("Joined")],
            [
                (name, [name or unknown, n_(inside), n_(joined)])
                for name, inside, joined in f.network_by_institution
            ],
        )
        if f.radar_due:
            links = ", ".join(
                f"<a href='radar:{uid}'>{esc(name)}</a> ({format_date(due)})"
                for uid, name, due in f.radar_due
            )
            self.due_label.setText(self.tr("Needs radar due: %1").replace("%1", links))
            self.due_label.show()
        else:
            self.due_label.hide()

    # --- data --------------------------------------------------------------------------------

    def period(self) -> Period:
        kind = self.period_kind.currentData()
        year = self.year.value()
        if kind == "month":
            return Period.month(year, int(self.part.currentData() or 1))
        if kind == "quarter":
            return Period.quarter(year, int(self.part.currentData() or 1))
        if kind == "custom":
            start = to_date(self.date_from.date())
            end = to_date(self.date_to.date())
            return Period(min(start, end), max(start, end))
        return Period.year(year)

    def filters(self) -> Filters:
        return Filters(
            institution_id=self.institution.currentData(),
            municipality=self.municipality.currentData(),
            wz_section=self.wz_section.currentData(),
            staff_id=self.staff.currentData(),
        )

    def ensure_loaded(self) -> None:
        """When shown: the first figures, or new ones if records changed meanwhile."""
        if not self._loaded or self._stale:
            self.reload()

    def reload_if_loaded(self) -> None:
        self.records_changed()

    def records_changed(self) -> None:
        """Records the figures count were changed (here, by a colleague, by a sync): computed
        again at once while the dashboard is shown, else when it is shown next (no timer)."""
        if not self._loaded:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def fill_choices(self) -> None:
        """The filters' institutions, WZ sections and staff, read when the dashboard is first
        shown (at start they would cost a tenth of the start-up: the WZ classification and two
        queries for a view not shown yet)."""
        if self._choices_filled:
            return
        self._choices_filled = True
        from indie_desktop.domain.wz import LEVEL_SECTION, wz_entries

        combos = (self.institution, self.wz_section, self.staff)
        for combo in combos:
            combo.blockSignals(True)
        for inst_id, name in self.workspace.dashboard.institutions():
            self.institution.addItem(name, inst_id)
        for entry in wz_entries(LEVEL_SECTION, LEVEL_SECTION):
            self.wz_section.addItem(f"{entry.code} {entry.title}", entry.code)
        for staff_id, name in self.workspace.dashboard.staff():
            self.staff.addItem(name, staff_id)
        for combo in combos:
            combo.blockSignals(False)
        scope = self.workspace.dashboard.private_scope()
        if scope:
            self.coverage.setText(
                self.tr(
                    "The figures cover the records visible to the whole network and those "
                    "private to {institution}; other institutions' private records are not "
                    "included."
                ).format(institution=scope)
            )
        self.coverage.setVisible(bool(scope))

    def reload(self) -> None:
        """Compute the figures in the background; the view shows them when they arrive."""
        self.fill_choices()
        self._loaded = True
        self._stale = False
        period, filters = self.period(), self.filters()
        self.status.setText(self.tr("Calculating…"))
        service = self.workspace.dashboard
        self.runner.run(
            lambda: service.figures(period, filters),
            on_success=self.show_figures,
        )
        events = self.workspace.events
        self.runner.run(events.upcoming, on_success=self.show_upcoming)

    def show_figures(self, figures: object) -> None:
        assert isinstance(figures, Figures)
        if figures.period != self.period() or figures.filters != self.filters():
            return  # an older request finished after the chooser changed
        self.figures = f = figures
        self.status.setText(self.tr("Period {period}").format(period=f.period.label()))
        self._explain()
        n = format_number
        self.tiles["organisations"].set_value(n(f.organisations_reached))
        self.tiles["visits"].set_value(n(f.visits))
        self.tiles["needs"].set_value(n(f.needs))
        self.tiles["referrals"].set_value(n(f.referrals))
        self.tiles["cooperations"].set_value(n(f.cooperations))
        self.tiles["value"].set_value(
            f"{format_number(f.cooperation_value)}\u00a0€", format_money(f.cooperation_value)
        )
        self.tiles["need_days"].set_value(days_text(f.median_days_need_to_referral))
        self.tiles["coop_days"].set_value(days_text(f.median_days_referral_to_cooperation))
        ev = f.events
        self.event_tiles["events"].set_value(n(ev.events))
        self.event_tiles["registered"].set_value(n(ev.registered))
        self.event_tiles["attended"].set_value(n(ev.participants))
        self.event_tiles["first_contacts"].set_value(n(ev.first_contacts))
        self._show_funnel(f)
        self._show_timeline(f)
        self._show_groups(f)
        self._show_network(f)
        self._show_outreach(f)

    def _funnel_labels(self) -> dict[FunnelStep, str]:
        return {
            FunnelStep.NEED: self.tr("Needs recorded"),
            FunnelStep.REFERRAL: self.tr("referred"),
            FunnelStep.FIRST_MEETING: self.tr("first meeting"),
            FunnelStep.COOPERATION: self.tr("cooperation"),
        }

    def _show_funnel(self, f: Figures) -> None:
        names = self._funnel_labels()
        bars = [
            Bar(step.value, names[step], count, format_number(count)) for step, count in f.funnel
        ]
        chart = self.funnel.chart
        assert isinstance(chart, FunnelChart)
        chart.set_steps(bars)
        first = f.funnel[0][1] if f.funnel else 0
        self.funnel.set_table(
            [self.tr("Step"), self.tr("Needs"), self.tr("Share")],
            [
                (
                    b.key,
                    [
                        b.label,
                        b.text,
                        f"{format_number(100 * b.value / first if first else 0, 1)} %",
                    ],
                )
                for b in bars
            ],
        )

    def _show_timeline(self, f: Figures) -> None:
        months = [t.month for t in f.timeline]
        series = [
            ("visits", self.tr("Company visits"), [t.visits for t in f.timeline]),
            ("needs", self.tr("Needs"), [t.needs for t in f.timeline]),
            ("referrals", self.tr("Referrals"), [t.referrals for t in f.timeline]),
            ("cooperations", self.tr("Cooperations"), [t.cooperations for t in f.timeline]),
        ]
        chart = self.timeline.chart
        assert isinstance(chart, TimelineChart)
        chart.set_data(months, [month_label(m) for m in months], series)
        self.timeline.set_table(
            [self.tr("Month"), *[s[1] for s in series]],
            [
                (
                    f"visits:{t.month}",
                    [
                        month_label(t.month),
                        *[n_(v) for v in (t.visits, t.needs, t.referrals, t.cooperations)],
                    ],
                )
                for t in f.timeline
            ],
        )

    def _show_groups(self, f: Figures) -> None:
        none = self.tr("no municipality")
        muni = [g for g in f.by_municipality if g.visits]
        chart = self.municipalities.chart
        assert isinstance(chart, BarChart)
        chart.set_bars([Bar(g.key, g.label or none, g.visits, n_(g.visits)) for g in muni])
        headers = [
            self.tr("Municipality"),
            self.tr("Company visits"),
            self.tr("Needs"),
            self.tr("Referrals"),
            self.tr("Cooperations"),
            self.tr("Value"),
        ]
        self.municipalities.set_table(
            headers,
            [
                (
                    g.key,
                    [
                        g.label or none,
                        n_(g.visits),
                        n_(g.needs),
                        n_(g.referrals),
                        n_(g.cooperations),
                        format_money(g.value),
                    ],
                )
                for g in f.by_municipality
            ],
        )
        unknown = self.tr("no institution")
        insts = [g for g in f.by_institution if g.referrals]
        chart = self.institutions.chart
        assert isinstance(chart, BarChart)
        chart.set_bars(
            sorted(
                (Bar(g.key, g.label or unknown, g.referrals, n_(g.referrals)) for g in insts),
                key=lambda b: -b.value,
            )
        )
        self.institutions.set_table(
            [self.tr("Institution"), *headers[1:]],
            [
                (
                    g.key,
                    [
                        g.label or unknown,
                        n_(g.visits),
                        n_(g.needs),
                        n_(g.referrals),
                        n_(g.cooperations),
                        format_money(g.value),
                    ],
                )
                for g in f.by_institution
            ],
        )
        stages = self.stages.chart
        assert isinstance(stages, BarChart)
        stage_bars = [Bar(st.value, label(st), n, n_(n)) for st, n in f.referrals_by_stage.items()]
        stages.set_bars(stage_bars)
        self.stages.set_table(
            [self.tr("Stage"), self.tr("Referrals")],
            [(b.key, [b.label, b.text]) for b in stage_bars],
        )

    def _show_network(self, f: Figures) -> None:
        short = {
            OrganisationKind.COMPANY: self.tr("Firms"),
            OrganisationKind.CRAFT_BUSINESS: self.tr("Crafts"),
            OrganisationKind.SERVICE_PROVIDER: self.tr("Services"),
            OrganisationKind.UNIVERSITY: self.tr("Univ."),
            OrganisationKind.RESEARCH_INSTITUTE: self.tr("Research"),
            OrganisationKind.CHAMBER_AGENCY: self.tr("Chambers"),
            OrganisationKind.OTHER: self.tr("Other"),
        }
        kinds = [(k.value, kind_plural(k), short[k]) for k in OrganisationKind]
        chart = self.network.chart
        assert isinstance(chart, MatrixChart)
        chart.set_data(kinds, {(e.source.value, e.target.value): e.count for e in f.network})
        self.network.set_table(
            [self.tr("Referred organisation"), self.tr("Partner"), self.tr("Referrals")],
            [
                (
                    f"{e.source.value}>{e.target.value}",
                    [kind_plural(e.source), kind_plural(e.target), n_(e.count)],
                )
                for e in f.network
            ],
        )

    # --- drill-down --------------------------------------------------------------------------

    def _funnel_clicked(self, key: str) -> None:
        step = FunnelStep(key)
        title = self._funnel_labels()[step]
        self.drill(title, Drill(Metric.NEEDS, funnel_step=step))

    def _month_clicked(self, key: str) -> None:
        metric, month = key.split(":")
        names = {
            "visits": self.tr("Company visits"),
            "needs": self.tr("Needs"),
            "referrals": self.tr("Referrals"),
            "cooperations": self.tr("Cooperations"),
        }
        self.drill(f"{names[metric]} – {month_label(month)}", Drill(Metric(metric), month=month))

    def _institution_clicked(self, key: str) -> None:
        if not key:
            return
        name = next(
            (
                g.label
                for g in (self.figures.by_institution if self.figures else [])
                if g.key == key
            ),
            "",
        )
        self.drill(
            self.tr("Referrals of {name}").format(name=name),
            Drill(Metric.REFERRALS, institution_id=uuid.UUID(hex=key)),
        )

    def _edge_clicked(self, key: str) -> None:
        source, target = (OrganisationKind(k) for k in key.split(">"))
        self.drill(
            f"{kind_plural(source)} → {kind_plural(target)}",
            Drill(Metric.REFERRALS, edge=(source, target)),
        )

    def drill(self, title: str, drill: Drill) -> None:
        """List the records behind a figure (fetched in the background)."""
        period, filters = self.period(), self.filters()
        service = self.workspace.dashboard
        self.runner.run(
            lambda: service.records(period, filters, drill),
            on_success=lambda result: self._show_drill(title, result),
        )

    def _show_drill(self, title: str, result: object) -> None:
        assert isinstance(result, DrillResult)
        dialog = DrillDialog(title, result, self)
        dialog.open_requested.connect(self.open_requested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_drill = dialog
        dialog.destroyed.connect(lambda: setattr(self, "last_drill", None))
        dialog.open()


def n_(value: int) -> str:
    return format_number(value)
