"""Einstellungen → Drucken: the label offset with its calibration sheet; Verbindungen: a CA file
for verifying the office server (libpq's sslrootcert)."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from indie_desktop.config import Paths, ServerProfile, Settings
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.settings_dialog import SettingsDialog

MM = 72 / 25.4


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    return Settings(Paths.resolve(data_dir).settings_file)


def test_label_offsets_are_saved_and_the_calibration_sheet_shows_them_before_saving(
    qtbot, sample: Workspace, settings: Settings, german
) -> None:
    dialog = SettingsDialog(settings, sample)
    qtbot.addWidget(dialog)
    dialog.label_right.setValue(1.2)
    dialog.label_down.setValue(-0.7)
    preview = dialog.show_calibration_sheet()
    assert preview is not None
    qtbot.addWidget(preview)
    with pdfplumber.open(io.BytesIO(preview.pdf)) as document:
        text = document.pages[0].extract_text()
    assert "Versatz jetzt: +1,2 mm nach rechts, -0,7 mm nach unten" in text
    assert sample.printing.label_offset_mm == (0.0, 0.0)  # not yet saved
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    again = Settings(settings.path)
    assert (again.get("label_offset_right_mm"), again.get("label_offset_down_mm")) == (1.2, -0.7)
    assert sample.printing.label_offset_mm == (1.2, -0.7)  # applies at once


def test_a_ca_file_that_does_not_exist_is_named_at_its_field(
    qtbot, sample: Workspace, settings: Settings, tmp_path: Path, german
) -> None:
    dialog = SettingsDialog(settings, sample)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ca_file.setText(str(tmp_path / "fehlt" / "root.crt"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["server_sslrootcert"].isVisible()
    assert dialog.errors["server_sslrootcert"].text() == "Diese Datei gibt es nicht."
    certificate = tmp_path / "Zertifikate Büro" / "root.crt"
    certificate.parent.mkdir()
    certificate.write_text("-----BEGIN CERTIFICATE-----\n")
    dialog.ca_file.setText(str(certificate))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    profile = ServerProfile.from_settings(Settings(settings.path))
    assert profile.sslrootcert == str(certificate)
    assert "sslrootcert=" in profile.url()
