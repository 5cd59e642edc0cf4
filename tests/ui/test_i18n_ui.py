"""The English interface: what an English-reading user sees, and the switch between languages.

The window is built in one language (texts are set when widgets are made), so these tests
install the English translation before they build theirs, and take it out afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from gridwarden.errors import TransitionError
from gridwarden.i18n import QT_TRANSLATE_NOOP, listing, msg
from gridwarden.rules import legal_aid_lifecycle as la_life
from gridwarden.settings import Settings
from tests.conftest import Places, present
from tests.ui.conftest import Messages, idle, shown_dialog, type_text
from tests.ui.test_households_ui import open_household
from tests.unit.test_translations import CatalogueMessage, read_catalogue
from ui import cli
from ui.app_context import AppContext
from ui.dialogs.register import ResidentDialog
from ui.i18n import install_translators, render
from ui.main_window import MainWindow
from ui.notifier import Kind


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
    qtbot: QtBot, window: MainWindow, messages: Messages
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
    said = messages.wait(qtbot, Kind.INFORM)
    assert (said.title, said.text) == ("语言", "界面语言已设为 English，下次启动程序时生效。")
    # the window itself stays in the language it was built in
    assert window.nav.item(0).text() == "今日"


def test_lang_on_the_command_line_overrides_the_setting_for_one_run() -> None:
    assert cli.parse(["--lang", "en"]).lang == "en"
    assert cli.parse([]).lang is None  # then the setting decides
    with pytest.raises(SystemExit):
        cli.parse(["--lang", "fr"])


def _compiled(translator: QTranslator, m: CatalogueMessage) -> str:
    """The compiled translation of a message; a counted one as its forms for 1 and for 2."""
    if "%n" not in m.source:
        return translator.translate(m.context, m.source, m.comment) or ""
    forms = (translator.translate(m.context, m.source, m.comment, n) or "" for n in (1, 2))
    return " | ".join(forms)


def test_the_compiled_catalogue_matches_the_source(english: list[QTranslator]) -> None:
    """The .qm the app loads holds every translation of the .ts (run
    scripts/update_translations.py after editing the .ts)."""
    ours = next(t for t in english if t.filePath().endswith("gridwarden_en.qm"))
    messages = read_catalogue()
    assert len(messages) > 1000
    stale = [(m.context, m.source) for m in messages if _compiled(ours, m) != m.translation]
    assert stale == []


def test_one_chinese_text_two_meanings_and_counted_messages(english: list[QTranslator]) -> None:
    """不予援助 is both the refusal action and the status it leads to (Qt's disambiguation);
    counted messages have English plurals."""
    from gridwarden.rules.legal_aid_lifecycle import ACTION_LABELS, STATUS_LABELS
    from ui.i18n import core_text

    refuse, refused = la_life.Action.REFUSE, la_life.Status.REFUSED
    assert ACTION_LABELS[refuse] == STATUS_LABELS[refused] == "不予援助"
    assert (core_text(ACTION_LABELS[refuse]), core_text(STATUS_LABELS[refused])) == (
        "Refuse aid",
        "Aid refused",
    )
    one = QCoreApplication.translate("StepDialog", "%n 名申请人", "", 1)
    three = QCoreApplication.translate("StepDialog", "%n 名申请人", "", 3)
    assert (one, three) == ("1 applicant", "3 applicants")


def test_the_crash_log_of_the_last_run_is_shown_in_both_languages(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from gridwarden.crashlog import Crash
    from ui.dialogs.crash import crash_box

    log_file = tmp_path / "logs" / "crash-20261129-100000.log"
    text = 'Fatal Python error: Segmentation fault\n\nThread 0x7f (most recent call first):\n  File "ui/app.py", line 330 in main\n'
    box = crash_box(Crash(log_file, text))
    qtbot.addWidget(box)
    assert box.windowTitle() == "上次运行意外退出"
    assert str(log_file) in box.text() and "意外退出" in box.text()
    assert box.detailedText() == text
    box.resize(700, 400)
    box.show()
    assert box.grab().save(str(tmp_path / "crash-zh.png"))
    app = present(QApplication.instance())
    installed = install_translators(app, "en")
    try:
        english = crash_box(Crash(log_file, text))
        qtbot.addWidget(english)
        assert english.windowTitle() == "The last run ended unexpectedly"
        assert "GridWarden stopped unexpectedly" in english.text()
        assert str(log_file) in english.text()
        english.show()
        assert english.grab().save(str(tmp_path / "crash-en.png"))
    finally:
        for translator in installed:
            app.removeTranslator(translator)
    box.close()
