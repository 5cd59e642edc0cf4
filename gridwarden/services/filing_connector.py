"""How a package reaches the court: a small connector interface (DOMAIN §5). No public API or
data standard for submitting exists, so the one connector today is manual: an assisted
walk-through that the mediator and the party follow on the court's platform (人民法院在线服务)
under the PARTY's own real-name account — the app never stores court credentials and never
scrapes. A district gateway can plug in later as another FilingConnector."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from gridwarden.i18n import QT_TRANSLATE_NOOP
from gridwarden.queries import filings as fq
from gridwarden.rules import filing as fr
from gridwarden.rules.disputes import yuan


@dataclass(frozen=True)
class CopyField:
    label: str  # QT_TRANSLATE_NOOP("core", …)
    value: str  # copied as it is (names, numbers, the claims' text)


@dataclass(frozen=True)
class AssistStep:
    title: str  # QT_TRANSLATE_NOOP("core", …)
    hint: str  # QT_TRANSLATE_NOOP("core", …)
    fields: list[CopyField] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # the package's files to upload, in order


@dataclass(frozen=True)
class Submission:
    """What a connector hands back: the steps a person follows, or (a gateway) the platform's
    application number."""

    steps: list[AssistStep]
    platform_number: str = ""


class FilingConnector(Protocol):
    name: str

    def prepare(self, detail: fq.FilingDetail, package_files: list[str]) -> Submission: ...


class ManualConnector:
    """The assisted walk-through: real-name check, court, case type, parties, claims, uploads."""

    name = QT_TRANSLATE_NOOP("core", "人工协助提交（当事人本人实名账号）")

    def prepare(self, detail: fq.FilingDetail, package_files: list[str]) -> Submission:
        filers = detail.parties if detail.kind == "confirmation" else detail.filers
        first = filers[0] if filers else None
        real_name = []
        if first is not None:
            real_name = [
                CopyField(QT_TRANSLATE_NOOP("core", "姓名/名称"), first.name),
                CopyField(
                    QT_TRANSLATE_NOOP("core", "证件号码"), first.id_number or first.uscc or ""
                ),
                CopyField(QT_TRANSLATE_NOOP("core", "手机号码"), first.phone),
            ]
        amounts = [c.get("amount_fen") for c in detail.claims]
        claims = "\n".join(
            f"{i}. {c.get('text')}" + (f"（{yuan(a)}元）" if isinstance(a, int) else "")
            for i, (c, a) in enumerate(zip(detail.claims, amounts, strict=True), start=1)
        )
        case_type = (
            QT_TRANSLATE_NOOP("core", "申请司法确认调解协议（特别程序）")
            if detail.kind == "confirmation"
            else QT_TRANSLATE_NOOP("core", "民事一审（起诉）")
        )
        parties = [
            CopyField(
                QT_TRANSLATE_NOOP("core", "当事人"), f"{p.name} {p.id_number or p.uscc or ''}"
            )
            for p in detail.parties
        ]
        total = sum(a for a in amounts if isinstance(a, int))
        return Submission(
            [
                AssistStep(
                    QT_TRANSLATE_NOOP("core", "1. 当事人本人登录并实名认证"),
                    QT_TRANSLATE_NOOP(
                        "core",
                        "由当事人在自己的手机上登录人民法院在线服务，完成实名认证（手机号、身份证号或"
                        "统一社会信用代码）并同意在线诉讼（在线诉讼规则第四条、第七条）。本系统不保存"
                        "任何平台账号或密码。",
                    ),
                    real_name,
                ),
                AssistStep(
                    QT_TRANSLATE_NOOP("core", "2. 选择受诉法院"),
                    QT_TRANSLATE_NOOP("core", "按材料包所列的管辖依据选择法院。"),
                    [
                        CopyField(QT_TRANSLATE_NOOP("core", "法院"), detail.court),
                        CopyField(
                            QT_TRANSLATE_NOOP("core", "管辖依据"),
                            fr.label(
                                {**fr.JURISDICTION_BASES, **fr.CONFIRMATION_BASES},
                                detail.jurisdiction,
                            ),
                        ),
                    ],
                ),
                AssistStep(
                    QT_TRANSLATE_NOOP("core", "3. 选择案件类型并填写当事人"),
                    QT_TRANSLATE_NOOP("core", "逐一复制当事人信息，核对后再提交。"),
                    [CopyField(QT_TRANSLATE_NOOP("core", "案件类型"), case_type), *parties],
                ),
                AssistStep(
                    QT_TRANSLATE_NOOP("core", "4. 填写诉讼请求和事实理由"),
                    QT_TRANSLATE_NOOP("core", "与起诉状（申请书）内容一致。"),
                    [
                        CopyField(QT_TRANSLATE_NOOP("core", "诉讼请求"), claims),
                        CopyField(
                            QT_TRANSLATE_NOOP("core", "标的额（元）"), yuan(total) if total else ""
                        ),
                        CopyField(QT_TRANSLATE_NOOP("core", "事实与理由"), detail.facts),
                    ],
                ),
                AssistStep(
                    QT_TRANSLATE_NOOP("core", "5. 按顺序上传材料"),
                    QT_TRANSLATE_NOOP(
                        "core", "按编号顺序上传材料包中的PDF（签字页为签字后的扫描件）。"
                    ),
                    files=package_files,
                ),
                AssistStep(
                    QT_TRANSLATE_NOOP("core", "6. 提交并记下申请编号"),
                    QT_TRANSLATE_NOOP(
                        "core", "提交后把平台显示的申请编号登记到本系统（「已在平台提交」）。"
                    ),
                ),
            ]
        )


def package_files(folder: Path | None) -> list[str]:
    """The numbered PDFs of an exported version, in upload order (the cover is for the file)."""
    if folder is None or not folder.is_dir():
        return []
    return sorted(p.name for p in folder.glob("*.pdf") if not p.name.startswith("00-"))
