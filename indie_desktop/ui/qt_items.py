"""Items of cells, header sections and rows the code itself filled.

Qt returns None for an empty cell; these say that the cell cannot be empty here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None, f"cell {row},{column} of {table.objectName()} is empty"
    return item


def header(table: QTableWidget, column: int) -> QTableWidgetItem:
    item = table.horizontalHeaderItem(column)
    assert item is not None, f"column {column} of {table.objectName()} has no header item"
    return item


def top_level(tree: QTreeWidget, index: int) -> QTreeWidgetItem:
    item = tree.topLevelItem(index)
    assert item is not None, f"{tree.objectName()} has no row {index}"
    return item
