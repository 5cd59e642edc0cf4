"""Each registry page's factory: the page built with the window's links between pages (a dispute
opens its filing, an event its dispute...). Page modules are imported in their factory: what is
not opened costs no start-up time."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ui.pages import registry
from ui.pages.base import Page
from ui.pages.dispute_stats import dispute_sections
from ui.pages.filing_today import filing_sections
from ui.pages.legal_aid_today import legal_aid_sections
from ui.pages.today import TodayPage, TodaySection
from ui.pages.today_sections import warden_sections

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def today_sections(window: MainWindow) -> list[TodaySection]:
    """What the 今日 page lists (and the navigation counts), opening records in the window."""
    app = window.app
    sections = warden_sections(app, window.open_household, window.open_event)
    sections += dispute_sections(app, window.open_dispute)
    sections += legal_aid_sections(app, window.open_legal_aid)
    sections += filing_sections(app, window.open_filing)
    return sections


def page_factories(window: MainWindow) -> dict[str, Callable[[], Page]]:
    """A factory per registry page name. Page modules are imported in their factory: what
    is not opened costs no start-up time."""
    app = window.app

    def today() -> Page:
        page = TodayPage(app, window.today_sections)
        page.open_tile = window.open_tile  # a tile opens its workflow's list, filtered
        return page

    def households() -> Page:
        from ui.pages import households as module

        return module.HouseholdsPage(app, window.start_dispute)

    def visits() -> Page:
        from ui.pages import visits as module

        return module.VisitsPage(app, window.open_household)

    def events() -> Page:
        from ui.pages import events as module

        page = module.EventsPage(app, window.start_dispute)
        page.on_locate = window.locate_on_map
        return page

    def grid_map() -> Page:
        from ui.pages import map as module

        return module.MapPage(app, window.open_event, window.open_household)

    def disputes() -> Page:
        from ui.pages import disputes as module

        return module.DisputesPage(app, window.start_legal_aid, on_filing=window.open_filing)

    def legal_aid() -> Page:
        from ui.pages import legal_aid as module

        return module.LegalAidPage(app, on_filing=window.open_filing)

    def filing() -> Page:
        from ui.pages import filing as module

        return module.FilingPage(app)

    def sync() -> Page:
        from ui.pages import sync as module

        return module.SyncPage(app, lambda: window.show_page("review"))

    def review() -> Page:
        from ui.pages import review as module

        return module.ReviewPage(app)

    factories: dict[str, Callable[[], Page]] = {
        "today": today,
        "households": households,
        "visits": visits,
        "events": events,
        "map": grid_map,
        "disputes": disputes,
        "legal-aid": legal_aid,
        "filing": filing,
        "sync": sync,
        "review": review,
    }
    assert set(factories) == set(registry.PAGE_NAMES), "a registry page without a factory"
    return factories
