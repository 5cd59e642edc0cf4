"""The English interface: what an English-reading user sees, and the switch between languages.

The window is built in one language (texts are set when widgets are made), so these tests
install the English translation before they build theirs, and take it out afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from gridwarden.errors import TransitionError
from gridwarden.i18n import QT_TRANSLATE_NOOP, listing, msg
from gridwarden.rules import legal_aid_lifecycle as la_life
from gridwarden.settings import Settings
from tests.conftest import Places, present
from tests.ui.conftest import idle, shown_dialog, type_text
from tests.ui.test_households_ui import open_household
from tests.unit.test_translations import read_catalogue
from ui import cli
from ui.app_context import AppContext
from ui.dialogs.register import ResidentDialog
from ui.i18n import install_translators, render
from ui.main_window import MainWindow


@pytest.fixture
def english(qtbot: QtBot) -> Iterator[list[QTranslator]]:
    app = present(QApplication.instance())
    before = QLocale()
    installed = install_translators(app, "en")
    yield installed
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def english_window(
    qtbot: QtBot, english: list[QTranslator], app: AppContext, places: Places
) -> MainWindow:
    main = MainWindow(app, "today")
    qtbot.addWidget(main)
    main.show()
    idle(qtbot, app)
    return main


def test_english_is_installed_from_the_compiled_catalogue(english: list[QTranslator]) -> None:
    assert any(t.filePath().endswith("gridwarden_en.qm") for t in english)


def test_navigation_and_menus_are_in_english(english_window: MainWindow) -> None:
    nav = english_window.nav
    # a warden's home (issue 12): the grid's pages first; the others hidden until linked to
    titles = [nav.item(row).text() for row in range(nav.count()) if not nav.isRowHidden(row)]
    assert titles == [
        "Today",
        "Residents",
        "Visits",
        "Grid events",
        "Disputes",
        "Grid map",
        "Sync",
        "Conflicts",
    ]
    hidden = [nav.item(row).text() for row in range(nav.count()) if nav.isRowHidden(row)]
    assert hidden == ["Legal aid", "Online filing"]
    menus = [a.text() for a in english_window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Help"]
    # every title fits the navigation: it is as wide as the longest one
    widest = max(nav.fontMetrics().horizontalAdvance(t) for t in titles)
    assert nav.width() > widest
    assert english_window.windowTitle() == "GridWarden"


def test_a_bad_id_number_is_explained_in_english_at_the_field(
    qtbot: QtBot, family: dict[str, str], english_window: MainWindow
) -> None:
    window = english_window
    page = open_household(qtbot, window, family["li"])
    page.panel.add_resident()
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, ResidentDialog)
    assert dialog.windowTitle() == "Add resident"
    type_text(qtbot, dialog.name, "李小明")
    qtbot.keyClicks(dialog.id_number, "320602201005050010")  # check digit wrong (should be 7)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, window.app)
    row = dialog.fields["id_number"]
    assert dialog.isVisible() and row.message.isVisible()
    assert row.message.text() == (
        "The ID number's check digit is wrong; please check it digit by digit"
    )
    dialog.id_number.setText("320602201005050017")
    assert "Born 2010-05-05 · Male" in dialog.id_hint.text()
    dialog.reject()


def test_core_refusals_name_statuses_actions_and_lists_in_english(
    english: list[QTranslator],
) -> None:
    with pytest.raises(TransitionError) as refused:
        la_life.ensure_allowed(la_life.Status.REFUSED, la_life.Action.ASSIGN)
    assert (
        render(refused.value.message)
        == 'The application is "Aid refused": "Assign" is not possible'
    )
    items = listing(
        [
            msg(QT_TRANSLATE_NOOP("core", "残疾人证")),
            msg(QT_TRANSLATE_NOOP("core", "司法救助决定书")),
        ]
    )
    text = render(msg(QT_TRANSLATE_NOOP("core", "材料仍不齐全：{items}"), items=items))
    assert (
        text == "Materials still incomplete: Disability certificate, Judicial assistance decision"
    )
    # the same message in the source language, as documents and the log keep it
    assert str(refused.value.message) == "申请当前为「不予援助」，不能指派"


def test_the_language_menu_saves_the_choice_for_the_next_start(
    qtbot: QtBot, window: MainWindow
) -> None:
    actions = {a.objectName(): a for a in window.findChildren(QAction)}
    chinese, english = actions["language_zh_CN"], actions["language_en"]
    assert (chinese.text(), english.text()) == ("中文", "English")
    assert chinese.isChecked() and not english.isChecked()
    english.trigger()
    idle(qtbot, window.app)
    assert english.isChecked() and not chinese.isChecked()
    saved = Settings.load(window.app.store.paths.settings_file)
    assert saved.language == "en"
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
    assert box.text() == "界面语言已设为 English，下次启动程序时生效。"
    box.close()
    # the window itself stays in the language it was built in
    assert window.nav.item(0).text() == "今日"


def test_lang_on_the_command_line_overrides_the_setting_for_one_run() -> None:
    assert cli.parse(["--lang", "en"]).lang == "en"
    assert cli.parse([]).lang is None  # then the setting decides
    with pytest.raises(SystemExit):
        cli.parse(["--lang", "fr"])


def test_the_compiled_catalogue_matches_the_source(english: list[QTranslator]) -> None:
    """The .qm the app loads holds every translation of the .ts (run
    scripts/update_translations.py after editing the .ts)."""
    ours = next(t for t in english if t.filePath().endswith("gridwarden_en.qm"))
    messages = read_catalogue()
    assert len(messages) > 1000
    stale = [
        (m.context, m.source)
        for m in messages
        if ours.translate(m.context, m.source, m.comment) != m.translation
    ]
    assert stale == []
