"""Small charts drawn with QPainter (PySide6 here ships without QtCharts): horizontal bars, a
funnel, a monthly timeline and a kind-to-kind matrix. Each emits `activated(key)` when a bar,
step, month or cell is clicked or chosen with the arrow keys and Return, and each sits in a
ChartCard that also offers it as a table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.formatting import format_number
from indie_desktop.domain.outcomes import nice_scale

PALETTE = ("#1b7f8c", "#e07b39", "#6a4c93", "#3a9d5d", "#2f6db5", "#c9485b")
TEXT = QColor("#2b2b2b")
MUTED = QColor("#6b6b6b")
GRID = QColor("#e4e4e4")
KEY_ROLE = Qt.ItemDataRole.UserRole + 7
_STEPS: dict[int, int | str] = {  # arrow keys move one bar, Home and End to the ends
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Home: "first",
    Qt.Key.Key_End: "last",
}


@dataclass(frozen=True)
class Bar:
    key: str
    label: str
    value: float
    text: str  # the value as shown (German format)


class _Chart(QWidget):
    """What every chart shares: where its bars are (`_hits`, filled while painting), the one
    under the mouse or chosen with the keyboard (`_hover`), and `activated(key)` on a click or
    on Return. Keyboard: Tab reaches the chart, the arrow keys (and Home/End) move from bar to
    bar in reading order, Return or Space opens the records behind the bar."""

    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._hits: list[tuple[QRectF, str]] = []
        self._hover: str | None = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def _paint(self, p: QPainter) -> None:
        """Draw the chart and fill `_hits` (a subclass's part)."""
        raise NotImplementedError

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._hits = []
        self._paint(p)
        if self.hasFocus():
            rect = self.current_rect()
            pen = QPen(self.palette().highlight().color(), 2, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect((rect or QRectF(self.rect())).adjusted(1, 1, -1, -1))

    def keys(self) -> list[str]:
        """The bars' keys in reading order (as last painted)."""
        return list(dict.fromkeys(k for _r, k in self._hits))

    def current_key(self) -> str | None:
        """The bar under the mouse or chosen with the keyboard."""
        return self._hover

    def current_rect(self) -> QRectF | None:
        return next((r for r, k in self._hits if k == self._hover), None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._hits:
            self.grab()  # not painted yet (hidden behind its table): learn where the bars are
        keys = self.keys()
        key = event.key()
        if keys and key in _STEPS:
            at = keys.index(self._hover) if self._hover in keys else -1
            step = _STEPS[key]
            to = {"first": 0, "last": len(keys) - 1}.get(step) if isinstance(step, str) else None
            if to is None:
                to = min(max(at + int(step), 0), len(keys) - 1) if at >= 0 else 0
            self._hover = keys[to]
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._hover:
            self.activated.emit(self._hover)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def key_at(self, pos: QPointF) -> str | None:
        return next((k for r, k in self._hits if r.contains(pos)), None)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        key = self.key_at(event.position())
        if key != self._hover:
            self._hover = key
            self.update()

    def leaveEvent(self, _event: object) -> None:
        self._hover = None
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        key = self.key_at(event.position())
        if key is not None and event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(key)

    def _font(self, painter: QPainter, scale: float = 1.0, bold: bool = False) -> None:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        painter.setFont(font)

    def _colour(self, base: str, key: str) -> QColor:
        colour = QColor(base)
        return colour.darker(125) if key == self._hover else colour


class BarChart(_Chart):
    """Horizontal bars, label left, value right of the bar; the longest bar fills the width."""

    ROW = 26

    def __init__(self, colour: str = PALETTE[0], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        self.bars: list[Bar] = []

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.setMinimumHeight(max(60, self.ROW * len(self.bars) + 12))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, max(60, self.ROW * len(self.bars) + 12))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, max(60, self.ROW * len(self.bars) + 12))

    def _paint(self, p: QPainter) -> None:
        if not self.bars:
            p.setPen(MUTED)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing in this period"))
            return
        metrics = p.fontMetrics()
        label_w = min(
            self.width() * 0.38, max(metrics.horizontalAdvance(b.label) for b in self.bars) + 12
        )
        value_w = max(metrics.horizontalAdvance(b.text) for b in self.bars) + 10
        top = max(b.value for b in self.bars) or 1
        span = max(10.0, self.width() - label_w - value_w - 8)
        for i, bar in enumerate(self.bars):
            y = 6 + i * self.ROW
            row = QRectF(0, y, self.width(), self.ROW)
            p.setPen(TEXT)
            text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            p.drawText(
                QRectF(0, y, label_w - 8, self.ROW - 4),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                text,
            )
            width = max(2.0, span * bar.value / top) if bar.value else 0.0
            rect = QRectF(label_w, y + 3, width, self.ROW - 10)
            path = QPainterPath()
            path.addRoundedRect(rect, 3, 3)
            p.fillPath(path, self._colour(self.colour, bar.key))
            p.setPen(MUTED if bar.key != self._hover else TEXT)
            p.drawText(
                QRectF(label_w + width + 6, y, value_w, self.ROW - 4),
                Qt.AlignmentFlag.AlignVCenter,
                bar.text,
            )
            self._hits.append((row, bar.key))


class FunnelChart(_Chart):
    """Steps as centred bands narrowing with the count; the share of the first step beside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[Bar] = []
        self.setMinimumHeight(200)

    def set_steps(self, steps: Sequence[Bar]) -> None:
        self.steps = list(steps)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 230)

    def _paint(self, p: QPainter) -> None:
        if not self.steps or not self.steps[0].value:
            p.setPen(MUTED)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing in this period"))
            return
        n = len(self.steps)
        gap = 6
        band = (self.height() - 8 - gap * (n - 1)) / n
        first = self.steps[0].value
        full = self.width() * 0.62
        centre = self.width() * 0.36
        widths = [max(24.0, full * s.value / first) for s in self.steps]
        for i, step in enumerate(self.steps):
            y = 4 + i * (band + gap)
            w_top = widths[i]
            w_bottom = widths[i + 1] if i + 1 < n else widths[i] * 0.85
            path = QPainterPath()
            path.moveTo(centre - w_top / 2, y)
            path.lineTo(centre + w_top / 2, y)
            path.lineTo(centre + w_bottom / 2, y + band)
            path.lineTo(centre - w_bottom / 2, y + band)
            path.closeSubpath()
            p.fillPath(path, self._colour(PALETTE[i % len(PALETTE)], step.key))
            p.setPen(QColor("white"))
            self._font(p, 1.15, bold=True)
            p.drawText(
                QRectF(centre - w_top / 2, y, w_top, band), Qt.AlignmentFlag.AlignCenter, step.text
            )
            self._font(p)
            p.setPen(TEXT)
            share = f"{100 * step.value / first:.0f}\u00a0%"  # the number and % stay together
            label = step.label if i == 0 else f"{step.label}  ({share})"
            p.drawText(
                QRectF(centre + full / 2 + 12, y, self.width() - centre - full / 2 - 12, band),
                Qt.AlignmentFlag.AlignVCenter
                | Qt.AlignmentFlag.AlignLeft
                | Qt.TextFlag.TextWordWrap,
                label,
            )
            self._hits.append((QRectF(0, y, self.width(), band), step.key))


class TimelineChart(_Chart):
    """Grouped columns per month, one colour per series; a legend on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[str] = []  # 'YYYY-MM'
        self.labels: list[str] = []  # month labels shown under the axis
        self.series: list[tuple[str, str, list[int]]] = []  # key, label, values per month
        self.setMinimumHeight(230)

    def set_data(
        self, months: list[str], labels: list[str], series: list[tuple[str, str, list[int]]]
    ) -> None:
        self.months, self.labels, self.series = months, labels, series
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(620, 260)

    def legend(self, metrics: QFontMetrics) -> list[tuple[QRectF, str]]:
        """Where each series' swatch and name go: in lines, as many as the width needs (a
        narrow card in a 1100 px window)."""
        placed: list[tuple[QRectF, str]] = []
        x, y = 8.0, 6.0
        for _key, label, _values in self.series:
            width = 16 + metrics.horizontalAdvance(label)
            if x > 8 and x + width > self.width() - 8:
                x, y = 8.0, y + 18
            placed.append((QRectF(x, y, width, 12), label))
            x += width + 18
        return placed

    def _paint(self, p: QPainter) -> None:
        if not self.months:
            return
        metrics = p.fontMetrics()
        line = 0.0
        for i, (rect, label) in enumerate(self.legend(metrics)):
            p.fillRect(QRectF(rect.x(), rect.y(), 12, 12), QColor(PALETTE[i % len(PALETTE)]))
            p.setPen(TEXT)
            p.drawText(QPointF(rect.x() + 16, rect.y() + 11), label)
            line = rect.y() - 6
        top = nice_scale(max((v for _k, _l, values in self.series for v in values), default=0))
        left, right, y0, bottom = 40.0, 8.0, 30.0 + line, self.height() - 22.0
        plot_h = bottom - y0
        p.setPen(QPen(GRID))
        # Counts: lines at whole numbers only ("0,3 visits" means nothing)
        fracs = [n / top for n in range(1, int(top) + 1)] if top < 4 else [0.25, 0.5, 0.75, 1.0]
        for frac in fracs:
            y = bottom - plot_h * frac
            p.drawLine(QPointF(left, y), QPointF(self.width() - right, y))
            p.setPen(MUTED)
            p.drawText(
                QRectF(0, y - 8, left - 6, 16),
                Qt.AlignmentFlag.AlignRight,
                format_number(top * frac, 0 if (top * frac) % 1 == 0 else 1),
            )
            p.setPen(QPen(GRID))
        slot = (self.width() - left - right) / len(self.months)
        k = max(1, len(self.series))
        bar_w = max(2.0, (slot * 0.8) / k)
        step_labels = max(1, int(60 / slot) + 1)
        for m, month in enumerate(self.months):
            sx = left + m * slot
            for s, (key, _label, values) in enumerate(self.series):
                h = plot_h * values[m] / top
                rect = QRectF(sx + slot * 0.1 + s * bar_w, bottom - h, bar_w - 1, h)
                hit_key = f"{key}:{month}"
                p.fillRect(rect, self._colour(PALETTE[s % len(PALETTE)], hit_key))
                self._hits.append((QRectF(rect.x(), y0, bar_w, plot_h), hit_key))
            if m % step_labels == 0:
                p.setPen(MUTED)
                p.drawText(
                    QRectF(sx - 10, bottom + 2, slot + 20, 18),
                    Qt.AlignmentFlag.AlignHCenter,
                    self.labels[m],
                )
        p.setPen(QPen(MUTED))
        p.drawLine(QPointF(left, bottom), QPointF(self.width() - right, bottom))


class MatrixChart(_Chart):
    """Who referred whom: rows = kind of the referred organisation, columns = partner kind;
    cell shade and number = referrals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds: list[tuple[str, str]] = []  # key, short label
        self.counts: dict[tuple[str, str], int] = {}
        self.short: dict[str, str] = {}
        self.setMinimumHeight(230)

    def set_data(
        self,
        kinds: list[tuple[str, str, str]],
        counts: dict[tuple[str, str], int],
    ) -> None:
        """kinds: (key, row label, short column label)."""
        used = {k for pair in counts for k in pair}
        self.kinds = [(k, row) for k, row, _short in kinds if k in used]
        self.short = {k: short for k, _row, short in kinds}
        self.counts = counts
        self.setMinimumHeight(int(44 + 34 * len(self.kinds) + 8))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(460, 260)

    def _paint(self, p: QPainter) -> None:
        if not self.counts:
            p.setPen(MUTED)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing in this period"))
            return
        metrics = p.fontMetrics()
        n = len(self.kinds)
        label_w = min(
            self.width() * 0.34,
            max(metrics.horizontalAdvance(text) for _k, text in self.kinds) + 14,
        )
        head_h = 44.0
        cell_w = (self.width() - label_w - 4) / n
        cell_h = min(34.0, (self.height() - head_h - 4) / n)
        top = max(self.counts.values())
        base = QColor(PALETTE[4])
        p.setPen(MUTED)
        p.drawText(
            QRectF(label_w, 0, self.width() - label_w, 16),
            Qt.AlignmentFlag.AlignHCenter,
            self.tr("to partner →"),
        )
        for c, (key, _label) in enumerate(self.kinds):
            label = self.short.get(key, key)
            rect = QRectF(label_w + c * cell_w, 16, cell_w, head_h - 18)
            p.setPen(TEXT)
            p.drawText(
                rect,
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignBottom
                | Qt.TextFlag.TextWordWrap,
                label,
            )
        for r, (row_key, row_label) in enumerate(self.kinds):
            y = head_h + r * cell_h
            p.setPen(TEXT)
            p.drawText(
                QRectF(0, y, label_w - 8, cell_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                row_label,
            )
            for c, (col_key, _l) in enumerate(self.kinds):
                n_refs = self.counts.get((row_key, col_key), 0)
                rect = QRectF(label_w + c * cell_w + 1, y + 1, cell_w - 2, cell_h - 2)
                key = f"{row_key}>{col_key}"
                if n_refs:
                    shade = QColor(base)
                    shade.setAlphaF(0.15 + 0.85 * n_refs / top)
                    p.fillRect(rect, shade.darker(130) if key == self._hover else shade)
                    p.setPen(QColor("white") if n_refs / top > 0.45 else TEXT)
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{n_refs:,}".replace(",", "."))
                    self._hits.append((rect, key))
                else:
                    p.fillRect(rect, QColor("#f4f4f4"))


class ChartCard(QFrame):
    """A titled card showing a chart, or the same numbers as a table (toggle)."""

    activated = Signal(str)

    def __init__(self, title: str, chart: _Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.chart = chart
        self.title = QLabel(f"<b>{title}</b>")
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setText(self.tr("Table"))
        self.toggle.setToolTip(self.tr("Show these numbers as a table"))
        self.toggle.toggled.connect(self._toggled)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.itemActivated.connect(self._row_activated)
        self.stack = QStackedWidget()
        self.stack.addWidget(chart)
        self.stack.addWidget(self.table)
        self.explanation = ""
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)
        chart.activated.connect(self.activated)

    def explain(self, text: str) -> None:
        """What the chart counts: the tooltip of its title and of the chart itself."""
        self.explanation = text
        for widget in (self.title, self.chart):
            widget.setToolTip(text)
        self.setAccessibleDescription(text)

    def _toggled(self, as_table: bool) -> None:
        self.stack.setCurrentWidget(self.table if as_table else self.chart)
        self.toggle.setText(self.tr("Chart") if as_table else self.tr("Table"))

    def set_table(
        self, headers: Sequence[str], rows: Sequence[tuple[str | None, Sequence[str]]]
    ) -> None:
        """rows: (key a click on the row stands for, or None; the cells)."""
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(list(headers))
        for r, (key, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c > 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setData(KEY_ROLE, key)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _row_activated(self, item: QTableWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        if key:
            self.activated.emit(str(key))


def tile_style(colour: str) -> str:
    return (
        "QFrame#tile { background: white; border: 1px solid #dddddd;"
        f" border-left: 5px solid {colour}; border-radius: 4px; }}"
        "QFrame#tile:hover { background: #f3f8f9; }"
    )


class Tile(QFrame):
    """A big number with its caption; clickable (and focusable: Return/Space) for drill-down."""

    activated = Signal()

    def __init__(self, caption: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(tile_style(colour))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.number = QLabel("–")
        # The number shrinks to fit a narrow tile (a window 1100 px wide, EUR millions)
        # instead of losing its last characters ("9.418.900 €" read "9.418.900").
        self.number.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.number.setMinimumWidth(40)
        self._fit_number()
        self.number.setStyleSheet(f"color: {colour}; border: none;")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #555555; border: none;")
        self.caption.setWordWrap(True)
        self.setAccessibleName(caption)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.clickable = True
        self.explanation = ""  # what the figure counts (tooltip, read out by screen readers)
        self._exact = ""

    def explain(self, text: str) -> None:
        """What is counted, over which period and institutions: the tooltip's first part."""
        self.explanation = text
        self.setAccessibleDescription(text)
        self._update_tooltip()

    def set_value(self, text: str, tooltip: str = "") -> None:
        """The number shown; `tooltip` the exact value where the number is rounded."""
        self.number.setText(text)
        self._exact = tooltip
        self._update_tooltip()
        self._fit_number()

    def _update_tooltip(self) -> None:
        parts = [p for p in (self._exact, self.explanation) if p]
        self.setToolTip("\n\n".join(parts))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_number()

    def _fit_number(self) -> None:
        """Twice the text size, or as large as fits the tile's width (at least 1.2 times)."""
        font = QFont(self.font())
        font.setBold(True)
        base = font.pointSizeF()
        room = self.contentsRect().width() - 24 - 2  # the layout's side margins
        scale = 2.0
        while scale > 1.2:
            font.setPointSizeF(base * scale)
            if QFontMetrics(font).horizontalAdvance(self.number.text()) <= room:
                break
            scale -= 0.1
        if self.number.font() != font:
            self.number.setFont(font)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.clickable and event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit()

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        assert isinstance(event, QKeyEvent)
        if self.clickable and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Space,
        ):
            self.activated.emit()
            return
        super().keyPressEvent(event)


Formatter = Callable[[float], str]
