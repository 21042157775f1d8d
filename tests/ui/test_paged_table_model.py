"""The paged list model: loads what the user sees, sorts and filters in the service (SQL)."""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass
from enum import StrEnum

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from indie_desktop.domain import enums
from indie_desktop.domain.enums import OrganisationKind
from indie_desktop.domain.formatting import format_date
from indie_desktop.services.contacts.people import PersonRow
from indie_desktop.services.listing import ListQuery
from indie_desktop.ui import labels
from indie_desktop.ui.models.paged_table_model import (
    PAGE_SIZE,
    ROW_ID_ROLE,
    Column,
    PagedTableModel,
)
from indie_desktop.ui.views.people_view import PeopleView


@dataclass(frozen=True)
class Row:
    id: uuid.UUID
    name: str
    kind: OrganisationKind
    founded: datetime.date


class FakeSource:
    """A list of `total` rows that records what the model asked for."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.count_calls: list[ListQuery] = []
        self.page_calls: list[tuple[ListQuery, int, int]] = []

    def count(self, query: ListQuery) -> int:
        self.count_calls.append(query)
        return self.total

    def page(self, query: ListQuery, offset: int, limit: int, after: object = None) -> list[Row]:
        self.page_calls.append((query, offset, limit))
        end = min(offset + limit, self.total)
        return [
            Row(uuid.UUID(int=i + 1), f"Firma {i:06d}", OrganisationKind.COMPANY, _day(i))
            for i in range(offset, end)
        ]


def _day(i: int) -> datetime.date:
    return datetime.date(2000, 1, 1) + datetime.timedelta(days=i % 9000)


COLUMNS: list[Column[Row]] = [
    Column("Name", "name", lambda r: r.name),
    Column("Kind", "kind", lambda r: labels.label(r.kind)),
    Column("Founded", "founded", lambda r: format_date(r.founded)),
]


def test_large_list_loads_only_the_first_page(qtbot) -> None:
    source = FakeSource(100_000)
    model = PagedTableModel(source, COLUMNS)
    model.reload()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    assert [(offset, limit) for _q, offset, limit in source.page_calls] == [(0, PAGE_SIZE)]
    assert model.rowCount() == PAGE_SIZE
    assert model.total == 100_000
    assert model.canFetchMore()


def test_scrolling_on_fetches_the_next_page(qtbot) -> None:
    source = FakeSource(450)
    model = PagedTableModel(source, COLUMNS)
    model.reload()
    model.fetchMore()
    model.fetchMore()
    assert [offset for _q, offset, _l in source.page_calls] == [0, 200, 400]
    assert model.rowCount() == 450
    assert not model.canFetchMore()


def test_sorting_asks_the_service_with_the_columns_sort_key(qtbot) -> None:
    source = FakeSource(10)
    model = PagedTableModel(source, COLUMNS)
    model.reload()
    with qtbot.waitSignal(model.modelReset):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    query = source.page_calls[-1][0]
    assert (query.sort, query.descending) == ("kind", True)
    assert model.sort_column() == 1


def test_filter_text_goes_into_the_query_and_reloads(qtbot) -> None:
    source = FakeSource(10)
    model = PagedTableModel(source, COLUMNS)
    model.reload()
    with qtbot.waitSignal(model.modelReset):
        model.set_filter_text("  metall hagen ")
    assert source.count_calls[-1].text == "metall hagen"
    calls = len(source.count_calls)
    model.set_filter_text("metall hagen")  # unchanged: no second query
    assert len(source.count_calls) == calls


def test_cells_show_labels_and_german_dates(qtbot) -> None:
    model = PagedTableModel(FakeSource(3), COLUMNS)
    model.reload()
    assert model.data(model.index(1, 0)) == "Firma 000001"
    assert model.data(model.index(1, 1)) == "Company"
    assert model.data(model.index(1, 2)) == "02.01.2000"
    assert model.data(model.index(1, 0), ROW_ID_ROLE) == uuid.UUID(int=2)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Founded"
    assert model.row_id(2) == uuid.UUID(int=3)
    assert model.row_of(uuid.UUID(int=3)) == 2
    assert model.row_of(uuid.uuid4()) is None


def test_list_that_shrank_since_counting_stops_fetching(qtbot) -> None:
    source = FakeSource(500)
    model = PagedTableModel(source, COLUMNS)
    model.reload()
    source.total = 250  # somebody deleted records meanwhile
    model.fetchMore()
    assert model.rowCount() == 250
    assert not model.canFetchMore()


def test_reload_keeping_rows_rereads_as_many_rows_as_were_shown(qtbot) -> None:
    source = FakeSource(1000)
    model = PagedTableModel(source, COLUMNS)
    model.reload()
    model.fetchMore()
    model.reload(keep_loaded=True)
    assert source.page_calls[-1][1:] == (0, 400)
    assert model.rowCount() == 400


class FakePeople:
    def __init__(self, total: int) -> None:
        self.total = total
        self.pages: list[tuple[int, int]] = []

    def count(self, query: ListQuery) -> int:
        return self.total

    def page(
        self, query: ListQuery, offset: int, limit: int, after: object = None
    ) -> list[PersonRow]:
        self.pages.append((offset, limit))
        return [
            PersonRow(uuid.UUID(int=i + 1), f"Nachname {i}, Vorname", "", "", "", "")
            for i in range(offset, min(offset + limit, self.total))
        ]

    def detail(self, record_id: uuid.UUID) -> None:
        raise AssertionError("nothing selected, no detail to load")


class FakeWorkspace:
    def __init__(self, people: FakePeople) -> None:
        self.people = people


def test_people_list_of_100000_opens_with_one_page(qtbot, german) -> None:
    people = FakePeople(100_000)
    view = PeopleView(FakeWorkspace(people))  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    assert people.pages == [(0, PAGE_SIZE)]
    assert view.model.rowCount() == PAGE_SIZE
    assert view.count_label.text() == "200 von 100.000 Einträgen"


@pytest.mark.parametrize(
    "enum",
    [e for e in vars(enums).values() if isinstance(e, type) and issubclass(e, StrEnum)],
    ids=lambda e: e.__name__,
)
def test_every_value_of_a_closed_list_has_a_label(enum: type[StrEnum]) -> None:
    for member in enum:
        assert labels.label(member) != member.value, f"{enum.__name__}.{member.name}"


def test_a_list_not_loaded_yet_only_remembers_a_new_query(qtbot) -> None:
    source = FakeSource(10)
    model = PagedTableModel(source, COLUMNS)
    model.set_filter_text("hagen")
    assert source.count_calls == []  # nothing asked before the list is shown
    model.reload()
    assert source.count_calls[-1].text == "hagen"
