"""The app says where the data should live when it runs where the local database would be
lost or differ from PC to PC."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from indie_desktop.services.desktop.workplace import Finding, Workplace
from indie_desktop.ui.workplace_notice import workplace_notice


def test_on_a_terminal_server_the_app_recommends_the_office_server(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    box = workplace_notice(
        window, Workplace((Finding.TERMINAL_SERVER,)), shared=False, explicit_folder=False
    )
    assert box is not None and box.isVisible()
    assert "Terminalserver" in box.text() and "Büroserver" in box.text()
    box.close()


def test_no_notice_with_the_office_server_or_a_chosen_data_folder(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    at_risk = Workplace((Finding.NON_PERSISTENT,))
    assert workplace_notice(window, at_risk, shared=True, explicit_folder=False) is None
    assert workplace_notice(window, at_risk, shared=False, explicit_folder=True) is None
    assert workplace_notice(window, Workplace(), shared=False, explicit_folder=False) is None
