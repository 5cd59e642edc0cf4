"""The command line: `gridwarden [--data-dir DIR] [--demo] [--page NAME] [--lang zh_CN|en]
[--size WxH] [--screenshot FILE.png] [--verify-audit] [--version]`."""

from __future__ import annotations

import argparse
import re

from gridwarden import __version__
from gridwarden.paths import DataPaths
from ui.i18n import LANGUAGES
from ui.pages.registry import PAGE_NAMES

PAGES = list(PAGE_NAMES)  # the page registry's names, the one list MainWindow also reads
SCREENSHOT_SIZE = (1366, 768)  # a --screenshot without --size: the government laptop


def window_size(text: str) -> tuple[int, int]:
    """`--size 1366x768`: the window's width and height in pixels."""
    match = re.fullmatch(r"\s*(\d{3,5})\s*[xX×]\s*(\d{3,5})\s*", text)
    if match is None:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1366x768, not {text!r}")
    return int(match.group(1)), int(match.group(2))


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="gridwarden",
        description="网格管家 GridWarden — 网格员、调解员与法律援助窗口的离线工作台",
    )
    p.add_argument("--data-dir", help="数据目录（默认为当前用户的应用数据目录）")
    p.add_argument("--demo", action="store_true", help="数据为空时生成演示街道（约 5000 户）")
    p.add_argument("--demo-households", type=int, default=5000, help=argparse.SUPPRESS)
    p.add_argument(
        "--page", choices=PAGES, default=None, help="启动后打开的页面（默认为当前角色的首页）"
    )
    p.add_argument(
        "--size",
        type=window_size,
        metavar="WxH",
        help="窗口大小（像素），如 1366x768；用于截图，--screenshot 时默认 1366x768 / window size",
    )
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


def verify_audit(paths: DataPaths) -> int:
    """`gridwarden --verify-audit`: 0 when the chain is intact, 1 naming the first broken link,
    2 when the store cannot be opened. No window."""
    import getpass
    import os
    import sys

    from gridwarden.errors import GridWardenError
    from gridwarden.security import audit, keys
    from gridwarden.store import open_store

    if not keys.exists(paths.root):
        print("没有本地数据 / no local store", file=sys.stderr)
        return 2
    passphrase = os.environ.get("GRIDWARDEN_PASSPHRASE")
    if not passphrase and keys.is_demo(paths.root):
        passphrase = keys.DEMO_PASSPHRASE
    if not passphrase:
        passphrase = getpass.getpass("口令 / passphrase: ")
    try:
        store = open_store(paths, keys.unlock(paths.root, passphrase))
    except GridWardenError as error:
        print(error.message.render(), file=sys.stderr)
        return 2
    try:
        with store.sessions() as session:
            verdict = audit.verify(session)
    finally:
        store.close()
    if verdict.problem is not None:
        print(verdict.problem.render())
        print(f"audit chain broken at entry {verdict.broken_id} ({verdict.count} intact before it)")
        return 1
    print(f"审计记录完整：共 {verdict.count} 条 / audit chain intact: {verdict.count} entries")
    return 0
