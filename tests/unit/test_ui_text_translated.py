"""Every Chinese text in the shell goes through translation (ARCHITECTURE rule 10).

pyside6-lupdate collects only the literal call names self.tr(...), QCoreApplication.translate(
"context", ...) and QT_TRANSLATE_NOOP("context", ...): a Chinese string literal anywhere else in
ui/ is a text English users would see in Chinese, or a call through an alias that the catalogue
never gets. The few deliberate ones are listed here with the reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHINESE = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
TRANSLATING = {"self.tr", "QCoreApplication.translate", "QT_TRANSLATE_NOOP"}

DELIBERATE = {
    # the command line is parsed before Qt and the translations are loaded
    ("ui/cli.py", "*"),
    # with no CJK font installed, a translated text may be boxes: the notice says it in English
    # and Chinese at once, whatever the interface language
    ("ui/fonts.py", "*"),
    # the language menu names each language in itself
    ("ui/i18n.py", "中文"),
    # the default place of a session and the names typed into it: the Chinese session record
    ("ui/dialogs/dispute.py", "矛盾纠纷调处工作站"),
    ("ui/dialogs/dispute.py", "调解室"),
    ("ui/dialogs/dispute.py", "[、，,]"),
    # the separator typed between a claim and its amount, a witness and their domicile
    ("ui/dialogs/filing.py", "[|｜]"),
    # a case number as the court writes it, whatever the interface language (the placeholder)
    ("ui/dialogs/filing.py", "（2026）苏0602民初1234号"),
    # the refusal decision's reasons and articles, prefilled for a Chinese legal document
    ("ui/dialogs/legal_aid_step.py", "；"),
    ("ui/dialogs/legal_aid_step.py", "、"),
    # "yes" typed in Chinese is understood whatever the interface language
    ("ui/dialogs/legal_aid_group.py", "是"),
    # a mark, not a word
    ("ui/dialogs/legal_aid.py", "？"),
}


def untranslated(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    docstrings = {
        node.body[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if node in docstrings or not CHINESE.search(node.value):
            continue
        call = parents.get(node)
        while call is not None and not isinstance(call, ast.Call | ast.stmt):
            call = parents.get(call)
        if isinstance(call, ast.Call) and ast.unparse(call.func) in TRANSLATING:
            continue
        if isinstance(call, ast.Call) and ast.unparse(call.func).startswith("log."):
            continue  # the log is for us, in whatever language
        found.append(node.value)
    return found


def test_chinese_in_the_shell_goes_through_translation() -> None:
    left = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if (name, "*") in DELIBERATE:
            continue
        left += [(name, text) for text in untranslated(path) if (name, text) not in DELIBERATE]
    assert left == []


def test_an_alias_of_tr_is_caught(tmp_path: Path) -> None:
    """The check sees through `tr = self.tr`, which lupdate would not."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "class A:\n"
        "    def f(self):\n"
        "        tr = self.tr\n"
        "        return tr('姓名'), self.tr('住址'), QCoreApplication.translate('x', '电话')\n",
        encoding="utf-8",
    )
    assert untranslated(sample) == ["姓名"]
