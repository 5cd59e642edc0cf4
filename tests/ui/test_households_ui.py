"""A warden at the register: search as they type, a bad ID number, a visit in a few keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlmodel import col

from gridwarden.models import AuditEntry, Resident, Visit
from gridwarden.services.register import ResidentDraft
from gridwarden.services.visits import VisitDraft
from tests.conftest import present
from tests.ui.conftest import Messages, idle, shown_dialog, type_text
from ui.dialogs.register import ReasonDialog, ResidentDialog
from ui.dialogs.visit import VisitDialog
from ui.main_window import MainWindow
from ui.pages.households import HouseholdsPage


def open_register(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("households")
    idle(qtbot, window.app)
    qtbot.waitUntil(lambda: window.households.model.total > 0)
    idle(qtbot, window.app)


def open_household(qtbot: QtBot, window: MainWindow, household_id: str) -> HouseholdsPage:
    """Open the register at one household and wait until its detail is shown."""
    open_register(qtbot, window)
    page = window.households
    page.open_household(household_id)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == household_id)
    return page


def shown_addresses(window: MainWindow) -> list[str]:
    model = window.households.model
    return [model.row_data(r).address for r in range(model.rowCount()) if model.row_data(r)]


def test_search_as_you_type_finds_by_pinyin_initials(
    qtbot: QtBot, window: MainWindow, family: dict[str, str]
) -> None:
    open_register(qtbot, window)
    page = window.households
    assert page.count.text() == "共 2 户"
    qtbot.keyClicks(page.search, "zs")
    qtbot.waitUntil(lambda: shown_addresses(window) == ["工农路12号3幢101室"], timeout=30_000)
    qtbot.waitUntil(lambda: page.panel.address_label.text() == "工农路12号3幢101室")
    assert [r.name for r in present(page.detail).residents] == ["张三", "王梅"]
    page.search.clear()
    qtbot.keyClicks(page.search, "1111")  # the tail of 李四's phone
    qtbot.waitUntil(lambda: shown_addresses(window) == ["青年中路8号"], timeout=30_000)
    assert page.count.text() == "共 1 户"


def test_id_numbers_are_masked_until_revealed(
    qtbot: QtBot, window: MainWindow, family: dict[str, str]
) -> None:
    page = open_household(qtbot, window, family["zhang"])
    column = 4
    assert page.panel.resident_model.index(0, column).data() == "320602********011X"
    page.panel.reveal.click()
    assert page.panel.resident_model.index(0, column).data() == "32060219580612011X"


def test_bad_id_number_is_marked_at_the_field_and_nothing_typed_is_lost(
    qtbot: QtBot, window: MainWindow, family: dict[str, str]
) -> None:
    page = open_household(qtbot, window, family["li"])
    page.panel.add_resident()
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, ResidentDialog)
    type_text(qtbot, dialog.name, "李小明")
    qtbot.keyClicks(dialog.id_number, "320602201005050010")  # check digit wrong (should be 7)
    qtbot.keyClicks(dialog.phone, "13912345678")
    row = dialog.fields["id_number"]
    assert "校验位" in row.message.text()  # shown while typing, once the number is complete
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, window.app)
    assert dialog.isVisible()
    assert row.message.isVisible() and "校验位" in row.message.text()
    assert dialog.id_number.property("error") is True
    assert (dialog.name.text(), dialog.phone.text()) == ("李小明", "13912345678")
    with window.app.store.sessions() as session:
        assert (
            session.execute(select(Resident).where(col(Resident.name) == "李小明")).first() is None
        )
    # correcting the one digit saves it, derives birth date and sex, and shows it in the list
    dialog.id_number.setText("320602201005050017")
    assert "2010-05-05" in dialog.id_hint.text() and "男" in dialog.id_hint.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: page.detail is not None and len(page.detail.residents) == 2)
    names = [
        page.panel.resident_model.index(r, 0).data()
        for r in range(page.panel.resident_model.rowCount())
    ]
    assert names == ["李四", "李小明"]
    assert page.panel._flags(present(page.detail).residents[1]) == "未成年"


def test_record_a_visit_in_a_few_keystrokes(
    qtbot: QtBot, window: MainWindow, family: dict[str, str]
) -> None:
    page = open_household(qtbot, window, family["zhang"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, VisitDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    type_text(qtbot, dialog.findings, "老人身体好，提醒用电安全")
    qtbot.keyClick(dialog.findings, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: page.panel.visit_model.rowCount() == 1)
    assert page.panel.visit_model.index(0, 1).data() == "例行走访"
    assert page.panel.visit_model.index(0, 5).data() == "老人身体好，提醒用电安全"
    with window.app.store.sessions() as session:
        visit = session.execute(select(Visit)).scalars().one()
    assert (visit.household_id, visit.visitor_name) == (family["zhang"], "王芳")


def test_expected_error_from_a_write_is_a_message_not_a_crash(
    qtbot: QtBot, window: MainWindow, family: dict[str, str], messages: Messages
) -> None:
    open_register(qtbot, window)
    register = window.app.register
    op = window.app.ops.write(lambda: register.remove_resident("no-such-id", "迁出"))
    with qtbot.waitSignal(op.failed):
        pass
    assert messages.texts == ["该居民已不存在（可能已迁出）"]


def test_sort_by_head_name_follows_pinyin(
    qtbot: QtBot, window: MainWindow, family: dict[str, str]
) -> None:
    open_register(qtbot, window)
    page = window.households
    page.order.setCurrentIndex(page.order.findData("name"))
    # 李四 (li) before 张三 (zhang) in pinyin order, though 张 sorts first by code point
    qtbot.waitUntil(lambda: shown_addresses(window) == ["青年中路8号", "工农路12号3幢101室"])
    page.order.setCurrentIndex(page.order.findData("address"))
    qtbot.waitUntil(lambda: shown_addresses(window) == ["工农路12号3幢101室", "青年中路8号"])


def test_a_visit_recorded_in_error_is_voided_with_a_reason(
    qtbot: QtBot, window: MainWindow, family: dict[str, str]
) -> None:
    window.app.visits.record(VisitDraft(family["zhang"], "routine", "录错了户"))
    page = open_household(qtbot, window, family["zhang"])
    qtbot.waitUntil(lambda: page.panel.visit_model.rowCount() == 1)
    page.panel.visits.selectRow(0)
    page.panel.void_visit()
    dialog = shown_dialog(page, QDialog)
    assert isinstance(dialog, ReasonDialog)
    dialog.submit()  # no reason: refused at the field
    idle(qtbot, window.app)
    assert dialog.isVisible() and dialog.fields["reason"].message.text() == "请填写作废原因"
    type_text(qtbot, dialog.reason, "录错户")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: page.panel.visit_model.rowCount() == 0)
    with window.app.store.sessions() as session:
        visit = session.execute(select(Visit)).scalars().one()
        audit = session.execute(
            select(col(AuditEntry.detail)).where(col(AuditEntry.action) == "visit.void")
        ).scalar_one()
    assert visit.deleted_at is not None and audit == {"reason": "录错户"}


def test_search_finds_a_resident_added_a_moment_ago(
    qtbot: QtBot, window: MainWindow, family: dict[str, str]
) -> None:
    page = open_household(qtbot, window, family["li"])
    qtbot.keyClicks(page.search, "zs")  # builds the search index over the register
    qtbot.waitUntil(lambda: shown_addresses(window) == ["工农路12号3幢101室"], timeout=30_000)
    window.app.ops.write(
        lambda: window.app.register.save_resident(
            ResidentDraft(family["li"], "周树森", "", "", "子女")
        )
    )
    idle(qtbot, window.app)
    page.search.clear()
    qtbot.keyClicks(page.search, "zss")  # 周树森's initials, in the household saved just now
    qtbot.waitUntil(lambda: shown_addresses(window) == ["青年中路8号"], timeout=30_000)
