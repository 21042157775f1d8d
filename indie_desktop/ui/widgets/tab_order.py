"""The order Tab walks a dialog in, declared once per dialog and applied from that declaration.

Widgets inserted after the Designer form was built (pickers, extra buttons) are otherwise
appended to the focus chain wherever Qt puts them, and Tab then jumps back to the top of a
form. A dialog lists its fields in reading order in `tab_order()`; tests walk each dialog
with Tab and compare with that list.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def apply_tab_order(widgets: Sequence[QWidget]) -> None:
    """Chain the widgets in this order; lists and tables give Tab back to the dialog (arrows
    move inside them) and text areas leave on Tab instead of typing a tab character."""
    for widget in widgets:
        if isinstance(widget, QAbstractItemView):
            widget.setTabKeyNavigation(False)
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.setTabChangesFocus(True)
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def buttons(box: QDialogButtonBox, *roles: QDialogButtonBox.StandardButton) -> list[QWidget]:
    """The box's buttons in the order given (the platform may lay them out differently)."""
    return [b for role in roles if (b := box.button(role)) is not None]


__all__ = ["apply_tab_order", "buttons"]
