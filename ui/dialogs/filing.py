"""Filing dialogs: start a filing from a dispute, edit the package's content, one party's CPL
Art. 124 details, add files, one tracking step. Each is a SubmitDialog (errors at the field,
nothing typed lost); the package and the walk-through are in ui/dialogs/filing_package.py."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridwarden.queries import disputes as dq
from gridwarden.queries import filings as fq
from gridwarden.rules import filing as fr
from gridwarden.rules.disputes import yuan
from gridwarden.services.filings import FilingEdit, FilingStart, FilingStepInput, PartyCourtDetails
from ui import format as fmt
from ui.app_context import AppContext
from ui.dialogs.dispute_fields import date_edit, day_of, vocabulary
from ui.dialogs.register import fill_combo
from ui.i18n import core_text
from ui.widgets.forms import SubmitDialog, fit_width


def courts_combo(courts: list[dq.UnitItem], current: str | None) -> QComboBox:
    combo = QComboBox()
    fill_combo(
        combo,
        [(QCoreApplication.translate("filing", "（请选择）"), None)]
        + [(c.name, c.id) for c in courts],
        current,
    )
    return combo


class StartFilingDialog(SubmitDialog):
    """A dispute whose mediation failed → a complaint; a signed agreement → confirmation; a
    court referral that ended → the report back to the court."""

    def __init__(
        self,
        app: AppContext,
        dispute: dq.DisputeDetail,
        courts: list[dq.UnitItem],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            app, self.tr("准备网上立案：{number}").format(number=dispute.row.number), parent
        )
        self.dispute_id = dispute.row.id
        kinds = {
            "failed": ["complaint", "fee_relief"],
            "agreed": ["confirmation"],
        }.get(dispute.row.status, [])
        if dispute.source in ("court_delegated", "court_entrusted"):
            kinds.append("referral_return")
        self.kind = self.add_field(
            "kind",
            self.tr("立案类型"),
            vocabulary(QComboBox(), {k: fr.KINDS[k] for k in kinds}),
        )
        self.court = self.add_field("court_id", self.tr("受诉法院"), courts_combo(courts, None))
        self.basis = self.add_field("jurisdiction", self.tr("管辖依据"), QComboBox())
        self.cause = self.add_field(
            "cause",
            self.tr("起诉状样式"),
            vocabulary(
                QComboBox(),
                fr.CAUSES,
                fr.CAUSE_OF_CATEGORY.get(dispute.row.category, "general"),
            ),
        )
        self.bars: dict[str, QCheckBox] = {}
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for code, text in fr.CONFIRMATION_BARS.items():
            check = QCheckBox(core_text(text))
            self.bars[code] = check
            column.addWidget(check)
        self.bar_box = self.add_field("bars", self.tr("协议是否涉及（法院不予确认）"), box)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()
        fit_width(self, 640)

    def _kind_changed(self) -> None:
        confirmation = self.kind.currentData() == "confirmation"
        bases = fr.CONFIRMATION_BASES if confirmation else fr.JURISDICTION_BASES
        vocabulary(self.basis, bases)
        self.cause.setEnabled(not confirmation)
        self.bar_box.setEnabled(confirmation)

    def save_call(self) -> Callable[[], Any]:
        start = FilingStart(
            self.dispute_id,
            self.kind.currentData() or "",
            self.court.currentData(),
            self.basis.currentData() or "",
            self.cause.currentData() or "",
            tuple(code for code, check in self.bars.items() if check.isChecked()),
        )
        filings = self.app.filings
        return lambda: filings.create(start)


class FilingEditDialog(SubmitDialog):
    """The complaint's content: court and basis, the model complaint's elements, claims with
    amounts, facts and reasons, the evidence list tied to the files, witnesses, fee relief."""

    def __init__(
        self,
        app: AppContext,
        detail: fq.FilingDetail,
        courts: list[dq.UnitItem],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            app, self.tr("编辑材料：{number}").format(number=detail.row.number), parent
        )
        self.detail = detail
        confirmation = detail.kind == "confirmation"
        self.court = self.add_field(
            "court_id", self.tr("受诉法院"), courts_combo(courts, detail.court_id)
        )
        self.basis = self.add_field(
            "jurisdiction",
            self.tr("管辖依据"),
            vocabulary(
                QComboBox(),
                fr.CONFIRMATION_BASES if confirmation else fr.JURISDICTION_BASES,
                detail.jurisdiction,
            ),
        )
        self.cause = self.add_field(
            "cause", self.tr("起诉状样式"), vocabulary(QComboBox(), fr.CAUSES, detail.cause)
        )
        self.cause.setEnabled(not confirmation)
        self.claims = self.add_field(
            "claims", self.tr("诉讼请求（每行一项，可用｜分隔金额）"), QPlainTextEdit()
        )
        self.claims.setPlainText(
            "\n".join(
                str(c.get("text") or "")
                + (f"|{yuan(amount)}" if isinstance(amount := c.get("amount_fen"), int) else "")
                for c in detail.claims
            )
        )
        self.claims.setFixedHeight(70)
        self.facts = self.add_field("facts", self.tr("事实与理由"), QPlainTextEdit(detail.facts))
        self.facts.setFixedHeight(90)
        self.elements: dict[str, QLineEdit] = {}
        for key, text, required in fr.ELEMENTS.get(detail.cause, ()):
            edit = QLineEdit(detail.elements.get(key, ""))
            label = core_text(text) + ("*" if required else "")
            self.elements[key] = self.add_field(f"elements.{key}", label, edit)
        files = {f.id: f for f in detail.files}
        self.evidence = QTableWidget(0, 4)
        self.evidence.setHorizontalHeaderLabels(
            [self.tr("文件"), self.tr("证据名称"), self.tr("来源"), self.tr("证明目的")]
        )
        self.evidence.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.evidence.verticalHeader().hide()
        listed = set()
        for item in detail.evidence:
            ids = fq.file_ids(item)
            listed.update(ids)
            self._evidence_row(
                ids,
                fmt.join(files[i].filename for i in ids if i in files),
                str(item.get("name") or ""),
                str(item.get("source") or ""),
                str(item.get("proves") or ""),
            )
        for f in detail.files:  # evidence files not in the list yet get a row
            if f.category == "evidence" and f.id not in listed:
                self._evidence_row([f.id], f.filename, Path(f.filename).stem, "", "")
        self.evidence.setFixedHeight(130)
        self.add_field("evidence", self.tr("证据目录"), self.evidence)
        self.witnesses = self.add_field(
            "witnesses", self.tr("证人（每行：姓名｜住所）"), QPlainTextEdit()
        )
        self.witnesses.setPlainText(
            "\n".join(f"{w.get('name', '')}|{w.get('domicile', '')}" for w in detail.witnesses)
        )
        self.witnesses.setFixedHeight(50)
        self.undisputed = self.add_field(
            "undisputed_facts",
            self.tr("无争议事实（在线调解规则第二十二条）"),
            QPlainTextEdit(detail.undisputed_facts),
        )
        self.undisputed.setFixedHeight(60)
        self.fee = self.add_field(
            "fee_relief",
            self.tr("诉讼费缓减免"),
            vocabulary(QComboBox(), fr.FEE_RELIEF, detail.fee_relief),
        )
        _scrolling(self)
        fit_width(self, 760)
        self.resize(self.width(), 640)  # fits a 1366×768 screen; the form scrolls inside

    def _evidence_row(
        self, ids: list[str], files: str, name: str, source: str, proves: str
    ) -> None:
        row = self.evidence.rowCount()
        self.evidence.insertRow(row)
        first = QTableWidgetItem(files)
        first.setData(256, ids)
        self.evidence.setItem(row, 0, first)
        for column, text in ((1, name), (2, source), (3, proves)):
            self.evidence.setItem(row, column, QTableWidgetItem(text))

    def _file_ids(self, row: int) -> list[str]:
        item = self.evidence.item(row, 0)
        return list(item.data(256) or []) if item is not None else []

    def set_evidence(self, row: int, name: str, source: str, proves: str) -> None:
        for column, text in ((1, name), (2, source), (3, proves)):
            self.evidence.setItem(row, column, QTableWidgetItem(text))

    def edit(self) -> FilingEdit:
        def cell(row: int, column: int) -> str:
            item = self.evidence.item(row, column)
            return item.text() if item else ""

        claims = []
        for line in self.claims.toPlainText().splitlines():
            text, _sep, amount = _split(line)
            claims.append((text, amount))
        witnesses = []
        for line in self.witnesses.toPlainText().splitlines():
            name, _sep, domicile = _split(line)
            witnesses.append({"name": name, "domicile": domicile})
        return FilingEdit(
            court_id=self.court.currentData(),
            jurisdiction=self.basis.currentData() or "",
            cause=self.cause.currentData() or "general",
            claims=claims,
            facts=self.facts.toPlainText(),
            elements={k: e.text() for k, e in self.elements.items()},
            evidence=[
                {
                    "file_ids": self._file_ids(r),
                    "name": cell(r, 1),
                    "source": cell(r, 2),
                    "proves": cell(r, 3),
                }
                for r in range(self.evidence.rowCount())
            ],
            witnesses=witnesses,
            undisputed_facts=self.undisputed.toPlainText(),
            fee_relief=self.fee.currentData() or "",
        )

    def save_call(self) -> Callable[[], Any]:
        edit, filing_id, filings = self.edit(), self.detail.row.id, self.app.filings
        return lambda: filings.edit(filing_id, edit)


class PartyDetailsDialog(SubmitDialog):
    """One party's CPL Art. 124 details, service address and consents (在线诉讼规则 第四条、
    第二十九条)."""

    def __init__(
        self, app: AppContext, party: fq.FilingParty, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(app, self.tr("诉讼信息：{name}").format(name=party.name), parent)
        self.party_id = party.id
        organisation = party.kind == "organisation"
        self.ethnicity = self.add_field("ethnicity", self.tr("民族"), QLineEdit(party.ethnicity))
        self.occupation = self.add_field("occupation", self.tr("职业"), QLineEdit(party.occupation))
        self.employer = self.add_field("employer", self.tr("工作单位"), QLineEdit(party.employer))
        self.title = self.add_field(
            "representative_title", self.tr("法定代表人职务"), QLineEdit(party.representative_title)
        )
        self.rep_phone = self.add_field(
            "representative_phone",
            self.tr("法定代表人电话"),
            QLineEdit(party.representative_phone),
        )
        for widget in (self.ethnicity, self.occupation, self.employer):
            widget.setEnabled(not organisation)
        for widget in (self.title, self.rep_phone):
            widget.setEnabled(organisation)
        self.service = self.add_field(
            "service_address",
            self.tr("送达地址"),
            QLineEdit(party.service_address or party.address),
        )
        self.e_service = self.add_field(
            "e_service_consent", "", QCheckBox(self.tr("同意电子送达（在线诉讼规则第二十九条）"))
        )
        self.e_service.setChecked(party.e_service_consent)
        self.online = self.add_field(
            "online_consent", "", QCheckBox(self.tr("同意在线诉讼（在线诉讼规则第四条）"))
        )
        self.online.setChecked(party.online_consent)
        self.consent_on = self.add_field(
            "consent_on", self.tr("同意日期"), date_edit(party.consent_on or today)
        )
        fit_width(self, 560)

    def save_call(self) -> Callable[[], Any]:
        details = PartyCourtDetails(
            ethnicity=self.ethnicity.text(),
            occupation=self.occupation.text(),
            employer=self.employer.text(),
            representative_title=self.title.text(),
            representative_phone=self.rep_phone.text(),
            service_address=self.service.text(),
            e_service_consent=self.e_service.isChecked(),
            online_consent=self.online.isChecked(),
            consent_on=day_of(self.consent_on),
        )
        party_id, filings = self.party_id, self.app.filings
        return lambda: filings.set_party_details(party_id, details)


class AttachDialog(SubmitDialog):
    """Several files at once, with what they are and whose; images may become one PDF."""

    def __init__(
        self,
        app: AppContext,
        dispute_id: str,
        parties: list[fq.FilingParty],
        paths: list[Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, self.tr("添加材料（%n 个文件）", "", len(paths)), parent)
        self.dispute_id, self.paths = dispute_id, paths
        names = QLabel("\n".join(p.name for p in paths))
        names.setWordWrap(True)
        self.add_field("files", self.tr("文件"), names)
        self.category = self.add_field(
            "category", self.tr("材料类别"), vocabulary(QComboBox(), fr.FILE_CATEGORIES, "evidence")
        )
        self.party = QComboBox()
        fill_combo(
            self.party,
            [(self.tr("（不属于某一当事人）"), None)] + [(p.name, p.id) for p in parties],
        )
        self.add_field("party_id", self.tr("所属当事人"), self.party)
        self.combine = self.add_field(
            "combine", "", QCheckBox(self.tr("多张图片合并为一个PDF（同一份材料的各页）"))
        )
        self.combine.setChecked(len(paths) > 1)
        fit_width(self, 520)

    def save_call(self) -> Callable[[], Any]:
        args = (
            self.dispute_id,
            list(self.paths),
            self.category.currentData() or "",
            self.party.currentData(),
            self.combine.isChecked(),
        )
        filings = self.app.filings
        return lambda: filings.attach(*args)


class FilingStepDialog(SubmitDialog):
    """The input one tracking step needs (dates, the platform number, the case number…)."""

    def __init__(
        self,
        app: AppContext,
        detail: fq.FilingDetail,
        action: str,
        parent: QWidget | None = None,
    ) -> None:
        label = core_text(fr.ACTION_LABELS[action])
        super().__init__(
            app,
            self.tr("{action}：{number}").format(action=label, number=detail.row.number),
            parent,
        )
        self.filing_id, self.action = detail.row.id, action
        today = app.clock.today()
        A = fr.Action
        self.widgets: dict[str, Any] = {}
        if action not in (A.PREPARE, A.REVISE, A.WITHDRAW, A.SIGN):
            self.widgets["on"] = self.add_field("on", self.tr("日期"), date_edit(today))
        if action == A.SUBMIT:
            self.widgets["platform_number"] = self.add_field(
                "platform_number", self.tr("平台申请编号"), QLineEdit()
            )
        if action in (A.DOCKET, A.CONFIRM, A.DIVERT):
            edit = QLineEdit()
            edit.setPlaceholderText("（2026）苏0602民初1234号")
            self.widgets["case_number"] = self.add_field("case_number", self.tr("案号"), edit)
        if action == A.REQUEST_CORRECTION:
            days = QSpinBox()
            days.setRange(0, 90)
            days.setValue(7)
            self.widgets["days"] = self.add_field("days", self.tr("补正期限（天，按通知）"), days)
        if action == A.DOCKET:
            check = QCheckBox(self.tr("同时收到交纳诉讼费通知（7日内交纳）"))
            self.widgets["fee"] = self.add_field("fee", "", check)
        if action == A.SIGN:
            check = QCheckBox(self.tr("起诉状（申请书）和送达地址确认书已由当事人本人签名"))
            self.widgets["signed"] = self.add_field("signed", "", check)
        if action in (A.REVISE, A.WITHDRAW, A.REFUSE, A.REJECT, A.REQUEST_CORRECTION, A.DIVERT):
            reason = QPlainTextEdit()
            reason.setFixedHeight(80)
            label_text = (
                self.tr("补正通知的要求") if action == A.REQUEST_CORRECTION else self.tr("原因")
            )
            self.widgets["reason"] = self.add_field("reason", label_text, reason)
        if action == A.PREPARE:
            hint = QLabel(self.tr("确认材料齐全后冻结内容，打印材料包供当事人签字。"))
            hint.setWordWrap(True)
            self.add_field("package", "", hint)
        fit_width(self, 520)

    def step(self) -> FilingStepInput:
        w = self.widgets
        on = day_of(w["on"]) if "on" in w else None
        return FilingStepInput(
            on=on,
            reason=w["reason"].toPlainText() if "reason" in w else "",
            platform_number=w["platform_number"].text() if "platform_number" in w else "",
            case_number=w["case_number"].text() if "case_number" in w else "",
            days=w["days"].value() if "days" in w else 0,
            fee_notice_on=on if "fee" in w and w["fee"].isChecked() else None,
            signed=w["signed"].isChecked() if "signed" in w else False,
        )

    def save_call(self) -> Callable[[], Any]:
        step, filing_id, action, filings = (
            self.step(),
            self.filing_id,
            self.action,
            self.app.filings,
        )
        return lambda: filings.step(filing_id, action, step)


def _split(line: str) -> tuple[str, str, str]:
    """A line typed as "text|value" (half- or full-width bar)."""
    parts = re.split("[|｜]", line, maxsplit=1)
    return (parts[0], "|", parts[1]) if len(parts) == 2 else (parts[0], "", "")


def _scrolling(dialog: SubmitDialog) -> None:
    """A long form scrolls inside the dialog (it must fit a 1366×768 screen)."""
    layout = dialog.layout()
    assert layout is not None
    layout.removeItem(dialog.form)
    inner = QWidget()
    inner.setLayout(dialog.form)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    area.setMinimumHeight(420)
    layout.insertWidget(0, area, 1)  # type: ignore[attr-defined]
