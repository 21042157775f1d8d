"""The window shown while the app starts: creating or updating the database takes seconds on a
fresh machine, and a start that shows nothing makes people start the app a second time."""

from __future__ import annotations

from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from indie_desktop import APP_NAME


class StartSplash(QWidget):
    """A small frameless window with a busy bar, shown for the duration of a `with` block."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("startSplash")
        self.setWindowTitle(APP_NAME)
        layout = QVBoxLayout(self)
        title = QLabel(APP_NAME, self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.message = QLabel(
            QCoreApplication.translate("splash", "Preparing the database, please wait…"), self
        )
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy: the steps of a migration are not counted
        for widget in (title, self.message, self.bar):
            layout.addWidget(widget)
        self.setMinimumWidth(360)

    def __enter__(self) -> StartSplash:
        self.show()
        self.raise_()
        QApplication.processEvents()  # painted before the database work blocks the loop
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self.close()
        self.deleteLater()
