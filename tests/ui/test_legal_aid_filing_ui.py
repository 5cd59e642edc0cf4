"""The aid worker files for the recipient (issue 11): a granted legal-aid case that came from a
failed mediation prepares a complaint filing from the legal-aid page, with fee relief asked for
(诉讼费用交纳办法 第四十五条), and the filing page opens on it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from gridwarden.rules.legal_aid_lifecycle import StepInput
from tests.conftest import present
from tests.dispute_support import Units
from tests.filing_support import failed_dispute
from tests.legal_aid_support import add_legal_aid_units, wage_claim
from tests.ui.conftest import idle
from ui.main_window import MainWindow


def test_a_granted_case_from_a_failed_mediation_prepares_its_complaint(
    qtbot: QtBot, window: MainWindow, units: Units
) -> None:
    app = window.app
    windows = add_legal_aid_units(app.store)
    dispute = failed_dispute(app.disputes, units)
    from_dispute = present(
        app.legal_aid.intake(wage_claim(windows.window, source_dispute_id=dispute)).primary_id
    )
    walk_in = present(app.legal_aid.intake(wage_claim(windows.window)).primary_id)
    window.show_page("legal-aid")
    idle(qtbot, app)
    page = window.legal_aid
    button = page.panel.filing_button

    # before the decision: not yet, and the button says why
    page.open_application(from_dispute)
    qtbot.waitUntil(
        lambda: page.application is not None and page.application.row.id == from_dispute
    )
    assert not button.isEnabled()
    assert "援助决定作出" in button.toolTip()

    # a walk-in case has no mediation to prefill the complaint from
    app.legal_aid.act(walk_in, "grant", StepInput())
    page.open_application(walk_in)
    qtbot.waitUntil(
        lambda: (
            page.application is not None
            and page.application.row.id == walk_in
            and page.application.row.status == "granted"
        )
    )
    assert not button.isEnabled()
    assert "不是由调解不成的纠纷转来的" in button.toolTip()

    app.legal_aid.act(from_dispute, "grant", StepInput())
    page.open_application(from_dispute)
    qtbot.waitUntil(
        lambda: (
            page.application is not None
            and page.application.row.id == from_dispute
            and page.application.row.status == "granted"
        )
    )
    assert button.isEnabled()
    assert "缓减免交诉讼费" in button.toolTip()
    button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.filing, timeout=30_000)
    qtbot.waitUntil(lambda: window.filing.detail is not None, timeout=30_000)
    idle(qtbot, app)
    filing = present(window.filing.detail)
    assert (filing.dispute_id, filing.legal_aid, filing.fee_relief) == (dispute, True, "waive")
    assert filing.status == "draft"
