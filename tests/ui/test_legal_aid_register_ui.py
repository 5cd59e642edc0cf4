"""A clerk types an applicant's ID number: the resident register is asked (off the UI thread) and
offers name, phone, address and the Art. 42 facts it knows; the clerk confirms what to use."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from gridwarden.queries import legal_aid_register as reg
from gridwarden.services.register import HouseholdDraft, ResidentDraft
from gridwarden.validation import idnumber
from tests.conftest import Places
from tests.legal_aid_support import Units, units
from tests.ui.conftest import idle, type_text
from tests.ui.test_legal_aid_ui import history, intake_dialog, open_page, save
from ui.main_window import MainWindow

__all__ = ["units"]
CHILD = idnumber.make("320602", date(2012, 5, 1), 13)  # 14 years old on the test clock's day


def test_the_register_fills_what_the_clerk_confirms(
    qtbot: QtBot,
    window: MainWindow,
    units: Units,
    places: Places,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register = window.app.register
    home = register.save_household(HouseholdDraft(places.micro, "工农路12号3幢101室")).primary_id
    register.save_resident(
        ResidentDraft(home or "", "李小明", CHILD, "13812345678", "子女", subsistence=True)
    )
    asked_on: list[str] = []
    lookup = reg.resident_by_id_number

    def watched(session: object, number: str) -> reg.RegisterPerson | None:
        asked_on.append(threading.current_thread().name)
        return lookup(session, number)  # type: ignore[arg-type]

    monkeypatch.setattr(reg, "resident_by_id_number", watched)
    page = open_page(qtbot, window)
    dialog = intake_dialog(qtbot, window, page)
    offer = dialog.register_offer
    type_text(qtbot, dialog.id_number, CHILD[:-1])
    idle(qtbot, window.app)
    assert not offer.isVisible() and asked_on == []  # an incomplete number asks nothing
    type_text(qtbot, dialog.id_number, CHILD[-1])
    qtbot.waitUntil(offer.isVisible)
    assert asked_on and threading.main_thread().name not in asked_on
    assert "居民登记中有此人（李小明，工农路12号3幢101室）" in offer.title.text()
    texts = {o.field: box.text() for o, box in offer.boxes}
    assert (
        texts["subsistence"].startswith("低保对象")
        and "第四十二条第（二）项" in texts["subsistence"]
    )
    assert texts["no_fixed_income"].startswith("未成年人（14 岁）")
    # the clerk keeps the phone they were given, takes the rest
    dict((o.field, box) for o, box in offer.boxes)["phone"].setChecked(False)
    type_text(qtbot, dialog.phone, "13962800009")
    offer.use.click()
    assert (dialog.name.text(), dialog.address.text()) == ("李小明", "工农路12号3幢101室")
    assert dialog.phone.text() == "13962800009" and not offer.isVisible()
    assert dialog.facts["subsistence"].isChecked() and dialog.facts["no_fixed_income"].isChecked()
    assert "社会救助对象（低保、特困等）" in dialog.preview.text()  # the Art. 42 ground, to prove
    type_text(qtbot, dialog.agent_name, "王梅")
    dialog.agent_relation.setCurrentIndex(1)
    fields = dialog.matter
    fields.matter.setCurrentIndex(fields.matter.findData("support"))
    fields.proceeding.setCurrentIndex(fields.proceeding.findData("civil_litigation"))
    type_text(qtbot, fields.body, "南通市崇川区人民法院")
    type_text(qtbot, fields.summary, "父亲拒付抚养费")
    save(qtbot, window, dialog)
    assert page.detail is not None and page.detail.row.name == "李小明"
    assert history(page) == [("收件", "待补材料")]
    assert (
        "取自居民登记：姓名、住址、低保对象、无固定生活来源"
        in page.panel.step_model.index(0, 4).data()
    )
