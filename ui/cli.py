"""The command line: `gridwarden [--data-dir DIR] [--demo] [--page NAME] [--lang zh_CN|en]
[--screenshot FILE.png] [--verify-audit] [--version]`."""

from __future__ import annotations

import argparse

from gridwarden import __version__
from ui.i18n import LANGUAGES

PAGES = [
    "today",
    "households",
    "visits",
    "events",
    "disputes",
    "legal-aid",
    "filing",
    "sync",
    "review",
]


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="gridwarden",
        description="网格管家 GridWarden — 网格员、调解员与法律援助窗口的离线工作台",
    )
    p.add_argument("--data-dir", help="数据目录（默认为当前用户的应用数据目录）")
    p.add_argument("--demo", action="store_true", help="数据为空时生成演示街道（约 5000 户）")
    p.add_argument("--demo-households", type=int, default=5000, help=argparse.SUPPRESS)
    p.add_argument("--page", choices=PAGES, default="today", help="启动后打开的页面")
    p.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        help="界面语言，仅本次运行有效（默认取设置中的语言） / UI language for this run",
    )
    p.add_argument(
        "--screenshot", metavar="FILE.png", help="启动并载入页面后把窗口保存为 PNG，然后退出"
    )
    p.add_argument(
        "--verify-audit",
        action="store_true",
        help="核验本机审计记录的哈希链，指出第一处断点后退出（口令取自 GRIDWARDEN_PASSPHRASE 或"
        "提示输入） / verify the local audit chain and name the first broken link",
    )
    p.add_argument("--version", action="version", version=f"gridwarden {__version__}")
    return p


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    return parser().parse_args(argv)
