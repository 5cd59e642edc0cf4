"""Every dialog fits a 1366×768 laptop (issue 12, ARCHITECTURE rule 17): opened on the demo
district with the screen's available area at 1366×728 (the taskbar takes 40 pixels), each one
lies inside it with its 保存/取消 row in view; in Chinese, in English and at 特大 text. Each is
rendered to out/screenshots/dialog_<name>_<lang>[_xlarge].png for a person to look at."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QRect, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlmodel import Session, col

from gridwarden.clock import FixedClock
from gridwarden.models import (
    AgreementObligation,
    Dispute,
    Filing,
    GridEvent,
    Household,
    LegalAidApplication,
)
from gridwarden.queries import areas, households
from gridwarden.queries import disputes as dq
from gridwarden.queries import filings as fq
from gridwarden.queries import legal_aid as lq
from gridwarden.rules import dispute_lifecycle, event_lifecycle, legal_aid_lifecycle
from gridwarden.rules import filing as filing_rules
from tests.conftest import Places, present
from tests.ui.conftest import idle
from ui import text_size
from ui.app_context import AppContext
from ui.dialogs import (
    campaign,
    dispute,
    dispute_intake,
    event,
    exports,
    filing,
    filing_package,
    legal_aid,
    legal_aid_consultation,
    legal_aid_group,
    legal_aid_practice,
    legal_aid_records,
    legal_aid_step,
    login,
    register,
    shortcuts_help,
    sign_in,
    time_limits,
    visit,
)
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.widgets import fit

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
DEMO = pytest.mark.demo(households=300, events=20)  # the store's demo district
LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel taskbar


@pytest.fixture(params=[("zh_CN", "standard"), ("en", "standard"), ("zh_CN", "xlarge")])
def look(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    lang, size = request.param
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    installed: list[QTranslator] = install_translators(app, "en") if lang == "en" else []
    text_size.apply(app, size)
    fit.set_available_override(LAPTOP)
    yield lang, size
    fit.set_available_override(None)
    text_size.apply(app, "standard")
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def demo(
    qtbot: QtBot, look: tuple[str, str], app: AppContext, places: Places, clock: FixedClock
) -> MainWindow:
    main = MainWindow(app, "today")
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    idle(qtbot, app)
    return main


def first_id(session: Session, model: Any, *where: Any) -> str:
    return str(present(session.execute(select(model.id).where(*where).limit(1)).scalar()))


def factories(window: MainWindow) -> list[tuple[str, Callable[[], QDialog]]]:
    """Every dialog class of ui/dialogs, built as its page builds it, on demo records."""
    app = window.app
    today = app.clock.today()
    with app.store.sessions() as s:
        micro = areas.micro_grids(s)
        departments = areas.departments(s)
        stations = dq.org_units(s, ("station",))
        courts = dq.org_units(s, ("court",))
        windows, agencies = lq.windows(s), lq.agencies(s)
        home = present(households.detail(s, first_id(s, Household)))
        resident = home.residents[0]
        dispute_row = first_id(s, Dispute, Dispute.status == "mediating")
        case = present(dq.dispute_detail(s, dispute_row))
        obligation_dispute = present(
            s.execute(
                select(col(Dispute.id))
                .join(AgreementObligation, AgreementObligation.dispute_id == Dispute.id)  # type: ignore[arg-type]
                .limit(1)
            ).scalar()
        )
        with_obligation = present(dq.dispute_detail(s, obligation_dispute))
        obligation = next(o for a in with_obligation.agreements for o in a.obligations)
        event_row = present(
            s.get(GridEvent, first_id(s, GridEvent, GridEvent.status == "accepted"))
        )
        open_filing = next(
            row_id
            for row_id, status, kind in s.execute(
                select(Filing.id, Filing.status, Filing.kind).limit(500)  # type: ignore[call-overload]
            )
            if filing_rules.allowed_actions(status, kind)
        )
        filing_detail = present(fq.filing_detail(s, open_filing, today))
        pending = next(
            row_id
            for row_id, status in s.execute(
                select(col(LegalAidApplication.id), col(LegalAidApplication.status)).limit(500)
            )
            if legal_aid_lifecycle.allowed_actions(status)
        )
        application = present(lq.application_detail(s, pending, today))
    dispute_action = dispute_lifecycle.allowed_actions(case.row.status, case.row.level)[0]
    event_action = event_lifecycle.allowed_actions(event_row.status)[0]
    filing_action = filing_rules.allowed_actions(filing_detail.status, filing_detail.kind)[0]
    aid_action = legal_aid_lifecycle.allowed_actions(application.row.status)[0]
    service = app.legal_aid
    return [
        ("campaign", lambda: campaign.CampaignDialog(app, micro, window)),
        ("dispute_step", lambda: dispute.StepDialog(app, case, dispute_action, stations, window)),
        ("dispute_session", lambda: dispute.SessionDialog(app, case, parent=window)),
        ("dispute_agreement", lambda: dispute.AgreementDialog(app, case, "written", window)),
        ("dispute_obligation", lambda: dispute.ObligationDialog(app, obligation, True, window)),
        (
            "dispute_intake",
            lambda: dispute_intake.IntakeDialog(app, stations, courts, window),
        ),
        (
            "dispute_party",
            lambda: dispute_intake.PartyDialog(app, case.row.id, case.parties[0], window),
        ),
        ("event", lambda: event.EventDialog(app, home.id, None, home.address, "", window)),
        (
            "event_step",
            lambda: event.StepDialog(
                app, event_row.id, event_row.status, event_action, departments, window
            ),
        ),
        ("exports", lambda: exports.ExportsDialog(app, window)),
        ("filing_start", lambda: filing.StartFilingDialog(app, case, courts, window)),
        ("filing_edit", lambda: filing.FilingEditDialog(app, filing_detail, courts, window)),
        (
            "filing_party",
            lambda: filing.PartyDetailsDialog(app, filing_detail.parties[0], today, window),
        ),
        (
            "filing_attach",
            lambda: filing.AttachDialog(
                app,
                present(filing_detail.dispute_id),
                filing_detail.parties,
                [Path("证据.pdf")],
                window,
            ),
        ),
        (
            "filing_step",
            lambda: filing.FilingStepDialog(app, filing_detail, filing_action, window),
        ),
        ("filing_package", lambda: filing_package.PackageDialog(app, filing_detail, window)),
        ("filing_assist", lambda: filing_package.AssistDialog(app, filing_detail, window)),
        (
            "legal_aid_intake",
            lambda: legal_aid.IntakeDialog(app, service, windows, agencies, parent=window),
        ),
        (
            "legal_aid_consultation",
            lambda: legal_aid_consultation.ConsultationDialog(app, windows, window),
        ),
        ("legal_aid_notify", lambda: legal_aid_consultation.NotifyDialog(app, windows, window)),
        (
            "legal_aid_group",
            lambda: legal_aid_group.GroupIntakeDialog(app, service, windows, agencies, window),
        ),
        ("legal_aid_practice", lambda: legal_aid_practice.PracticeDialog(app, window)),
        (
            "legal_aid_correction",
            lambda: legal_aid_records.CorrectionDialog(
                app, app.legal_aid_records, application, window
            ),
        ),
        (
            "legal_aid_void",
            lambda: legal_aid_records.VoidDialog(app, app.legal_aid_records, application, window),
        ),
        (
            "legal_aid_step",
            lambda: legal_aid_step.StepDialog(
                app,
                service,
                [application.row.id],
                application.row.status,
                aid_action,
                application,
                agencies,
                window,
            ),
        ),
        ("login", lambda: login.LoginDialog(app, window)),
        ("household", lambda: register.HouseholdDialog(app, micro, home, parent=window)),
        ("resident", lambda: register.ResidentDialog(app, home.id, resident, True, window)),
        ("care_plan", lambda: register.CarePlanDialog(app, resident, window)),
        (
            "reason",
            lambda: register.ReasonDialog(app, "注销", "注销原因", lambda _r: None, window),
        ),
        ("shortcuts", lambda: shortcuts_help.ShortcutsDialog([], window)),
        ("sign_in", lambda: sign_in.SignInDialog(create=True, parent=window)),
        ("time_limits", lambda: time_limits.TimeLimitsDialog(app, window)),
        ("visit", lambda: visit.VisitDialog(app, home, parent=window)),
    ]


@DEMO
def test_every_dialog_fits_a_1366x768_laptop_with_its_buttons_in_view(
    qtbot: QtBot, demo: MainWindow, look: tuple[str, str]
) -> None:
    lang, size = look
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    built = factories(demo)
    misfits = []
    for name, factory in built:
        dialog = factory()
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        idle(qtbot, demo.app)
        frame = dialog.frameGeometry()
        # the button row: a button box, or (a few dialogs) plain buttons outside the form
        boxes: list[QWidget] = [
            b for b in dialog.findChildren(QDialogButtonBox) if b.isVisible()
        ] or [
            b for b in dialog.findChildren(QPushButton) if b.isVisible() and not _inside_scroll(b)
        ]
        inside = LAPTOP.contains(dialog.geometry())
        buttons_in_view = all(
            b.mapTo(dialog, b.rect().bottomRight()).y() <= dialog.height() and not _inside_scroll(b)
            for b in boxes
        )
        if not (inside and buttons_in_view and boxes):
            misfits.append((name, frame.getRect(), [b.geometry().getRect() for b in boxes]))
        suffix = f"_{size}" if size != "standard" else ""
        assert dialog.grab().save(str(SCREENSHOTS / f"dialog_{name}_{lang}{suffix}.png"))
        dialog.done(0)
        dialog.deleteLater()
    assert misfits == [], "\n".join(map(str, misfits))


def _inside_scroll(widget: Any) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@DEMO
def test_the_legal_aid_dialogs_that_fell_off_the_screen_now_scroll_with_buttons_below(
    qtbot: QtBot, demo: MainWindow
) -> None:
    app = demo.app
    with app.store.sessions() as s:
        windows, agencies = lq.windows(s), lq.agencies(s)
    for dialog in (
        legal_aid.IntakeDialog(app, app.legal_aid, windows, agencies, parent=demo),
        legal_aid_group.GroupIntakeDialog(app, app.legal_aid, windows, agencies, demo),
    ):
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        # asked for 860×700 and 980×860: now at most the laptop's 688 pixels, form scrolling
        assert dialog.height() <= LAPTOP.height() - fit.FRAME_ALLOWANCE
        scrolls = dialog.findChildren(QScrollArea)
        assert any(a.isVisible() and a.verticalScrollBar().maximum() > 0 for a in scrolls)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save.isVisible() and not _inside_scroll(save)
        dialog.done(0)


def test_every_dialog_of_the_app_is_a_fitted_dialog() -> None:
    """A dialog fits the screen because it derives from FittedDialog (no application-wide
    event filter does it any more): every QDialog subclass the shell defines must."""
    import importlib
    import inspect
    import pkgutil

    import ui
    from ui.widgets.fit import FittedDialog

    found = []
    for module_info in pkgutil.walk_packages(ui.__path__, "ui."):
        module = importlib.import_module(module_info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__.startswith("ui."):
                found.append(cls)
    assert len(found) > 30
    assert [c.__qualname__ for c in found if not issubclass(c, FittedDialog)] == []
