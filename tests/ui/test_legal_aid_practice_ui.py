"""A clerk checks and changes the window's local practice from the legal-aid page."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gridwarden.settings import Settings
from tests.legal_aid_support import Units, units
from tests.ui.conftest import idle, shown_dialog, type_text
from tests.ui.test_legal_aid_ui import open_page, save
from ui.dialogs.legal_aid_practice import PracticeDialog
from ui.main_window import MainWindow

__all__ = ["units"]


def test_local_practice_is_shown_checked_and_saved(
    qtbot: QtBot, window: MainWindow, units: Units
) -> None:
    page = open_page(qtbot, window)
    page.practice_button.click()
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, PracticeDialog)
    assert (dialog.materials.value(), dialog.forward.value(), dialog.near.value()) == (15, 3, 2)
    assert dialog.bureau.text() == ""
    assert (dialog.materials.minimum(), dialog.materials.maximum()) == (5, 60)
    type_text(qtbot, dialog.bureau, "崇川区人民政府")
    dialog.submit()
    idle(qtbot, window.app)
    assert dialog.isVisible()  # a bureau that is not a justice bureau is named at the field
    assert "第四十九条" in dialog.fields["justice_bureau"].message.text()
    dialog.bureau.clear()
    type_text(qtbot, dialog.bureau, "南通市崇川区司法局")
    dialog.materials.setValue(10)
    save(qtbot, window, dialog)
    saved = Settings.load(window.app.store.paths.settings_file)
    assert (saved.legal_aid_materials_days, saved.legal_aid_justice_bureau) == (
        10,
        "南通市崇川区司法局",
    )
    assert window.app.settings.legal_aid_materials_days == 10
