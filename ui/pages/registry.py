"""The page registry: every page's name (the CLI's `--page`), its title, and which pages each role
sees in which order (a home per role, issue 12). MainWindow and the command line both read it, so
a page's name exists once."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from gridwarden.i18n import QT_TRANSLATE_NOOP

CONTEXT = "pages"


@dataclass(frozen=True)
class PageSpec:
    name: str
    title: str  # Chinese source text, translated in CONTEXT
    # the page's "new record" command (Ctrl+N) is the page's own `new_record` method, if any
    new_record: bool = False

    def translated_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)


# Every page, in the full (supervisor's) order.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("today", QT_TRANSLATE_NOOP("pages", "今日")),
    PageSpec("households", QT_TRANSLATE_NOOP("pages", "实有人口"), new_record=True),
    PageSpec("visits", QT_TRANSLATE_NOOP("pages", "走访记录"), new_record=True),
    PageSpec("events", QT_TRANSLATE_NOOP("pages", "网格事件"), new_record=True),
    PageSpec("map", QT_TRANSLATE_NOOP("pages", "网格地图")),
    PageSpec("disputes", QT_TRANSLATE_NOOP("pages", "矛盾调解"), new_record=True),
    PageSpec("legal-aid", QT_TRANSLATE_NOOP("pages", "法律援助"), new_record=True),
    PageSpec("filing", QT_TRANSLATE_NOOP("pages", "网上立案"), new_record=True),
    PageSpec("sync", QT_TRANSLATE_NOOP("pages", "同步")),
    PageSpec("review", QT_TRANSLATE_NOOP("pages", "待处理冲突")),
)
PAGE_NAMES: tuple[str, ...] = tuple(spec.name for spec in PAGES)
BY_NAME = {spec.name: spec for spec in PAGES}

# What each role sees, in its order; the first is where the role starts. Every role keeps 同步
# and 待处理冲突 (the sync state is everyone's). A page a role does not see is still opened when
# another page links to it (a clerk's 准备起诉材料 opens 网上立案), and 视图 ▸ 显示全部页面 shows all.
ROLE_PAGES: dict[str, tuple[str, ...]] = {
    "warden": ("today", "households", "visits", "events", "disputes", "map", "sync", "review"),
    "grid_leader": ("today", "households", "visits", "events", "disputes", "map", "sync", "review"),
    "mediator": ("disputes", "filing", "today", "sync", "review"),
    "clerk": ("legal-aid", "today", "sync", "review"),
    "supervisor": PAGE_NAMES,
}


def role_pages(role: str) -> tuple[str, ...]:
    """The pages a role sees, in its order (an unknown role sees everything)."""
    return ROLE_PAGES.get(role, PAGE_NAMES)


def navigation_order(role: str) -> tuple[list[str], list[str]]:
    """(the role's visible pages in order, the remaining pages in the full order)."""
    visible = list(role_pages(role))
    hidden = [name for name in PAGE_NAMES if name not in visible]
    return visible, hidden


def home_page(role: str) -> str:
    return role_pages(role)[0]
