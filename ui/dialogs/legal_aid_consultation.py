"""Quick entry of a consultation (Arts. 22–23) and of a notice to assign a defender (Arts. 25, 28,
36): short forms; the services check them and name what is wrong."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QWidget

from gridwarden.queries.legal_aid import UnitItem
from gridwarden.rules import legal_aid as la
from gridwarden.services.legal_aid import NotificationDraft
from gridwarden.services.legal_aid_consultations import ConsultationDraft
from ui.app_context import AppContext
from ui.dialogs.legal_aid import qdate
from ui.dialogs.register import fill_combo
from ui.i18n import core_text
from ui.widgets.forms import SubmitDialog, fit_width


class ConsultationDialog(SubmitDialog):
    """One consultation, entered in seconds: the person is optional and shown masked later."""

    draft_kind = "consultation"  # a draft is kept as you type (issue 12)

    def __init__(
        self, app: AppContext, windows: list[UnitItem], parent: QWidget | None = None
    ) -> None:
        super().__init__(app, self.tr("法律咨询登记（第二十二条、第二十三条）"), parent)
        self.window_box = self.add_field("window_id", self.tr("窗口"), QComboBox())
        fill_combo(self.window_box, [(w.name, w.id) for w in windows])
        self.topic = self.add_field("topic", self.tr("咨询类别"), QComboBox())
        fill_combo(
            self.topic,
            [(self.tr("请选择"), "")]
            + [(core_text(v), k) for k, v in la.CONSULTATION_TOPICS.items()],
        )
        self.question = self.add_field("question", self.tr("咨询问题"), QLineEdit())
        self.advice = self.add_field("advice", self.tr("解答意见"), QPlainTextEdit())
        self.advice.setFixedHeight(70)
        self.referral = self.add_field("referral", self.tr("处理结果"), QComboBox())
        fill_combo(self.referral, [(core_text(v), k) for k, v in la.REFERRALS.items()])
        self.referred_to = self.add_field("referred_to", self.tr("引导至"), QLineEdit())
        self.referred_to.setPlaceholderText(self.tr("如：区劳动人事争议仲裁委员会"))
        self.matter = self.add_field("matter_type", self.tr("可申请的事项"), QComboBox())
        fill_combo(
            self.matter,
            [(self.tr("（不涉及）"), "")]
            + [(core_text(t.label), t.code) for t in la.MATTER_TYPES.values() if not t.notified],
        )
        hint = QLabel(self.tr("以下可不填；列表中只显示姓氏和电话后四位（第二十一条）"))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.person = self.add_field("person_name", self.tr("咨询人"), QLineEdit())
        self.phone = self.add_field("person_phone", self.tr("电话"), QLineEdit())
        self.referral.currentIndexChanged.connect(lambda _i: self._referral_changed())
        self._referral_changed()
        self.topic.setFocus()
        fit_width(self, 520)

    def _referral_changed(self) -> None:
        self.referred_to.setEnabled(self.referral.currentData() == "elsewhere")
        self.matter.setEnabled(self.referral.currentData() == "application")

    def draft(self) -> ConsultationDraft:
        return ConsultationDraft(
            window_id=self.window_box.currentData() or "",
            topic=self.topic.currentData() or "",
            advice=self.advice.toPlainText(),
            question=self.question.text(),
            matter_type=(self.matter.currentData() or "")
            if self.referral.currentData() == "application"
            else "",
            person_name=self.person.text(),
            person_phone=self.phone.text(),
            referral=self.referral.currentData() or "none",
            referred_to=self.referred_to.text(),
        )

    def save_call(self) -> Callable[[], Any]:
        draft, service = self.draft(), self.app.legal_aid_consultations
        return lambda: service.record(draft)


class NotifyDialog(SubmitDialog):
    """A notice from a court, procuratorate or police (Arts. 25, 28): no application and no
    hardship review; a worker is due within three days of the notice (Art. 36)."""

    def __init__(
        self,
        app: AppContext,
        windows: list[UnitItem],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app, self.tr("登记通知辩护（代理）"), parent)
        intro = QLabel(
            self.tr(
                "办案机关通知指派律师的案件无需申请、不审查经济困难状况；"
                "应自收到通知之日起三日内指派（第二十五条、第二十八条、第三十六条）。"
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.form.addRow(intro)
        self.window_box = self.add_field("window_id", self.tr("窗口"), QComboBox())
        fill_combo(self.window_box, [(w.name, w.id) for w in windows])
        self.notifier = self.add_field("notifier", self.tr("通知机关"), QComboBox())
        fill_combo(self.notifier, [(core_text(v), k) for k, v in la.NOTIFIERS.items()])
        self.notifier_name = self.add_field("notifier_name", self.tr("机关名称"), QLineEdit())
        self.notifier_name.setPlaceholderText(self.tr("如：南通市崇川区人民法院"))
        self.notice_ref = self.add_field("notice_ref", self.tr("通知书文号"), QLineEdit())
        self.notified_on = self.add_field(
            "notified_on", self.tr("收到通知日期"), QDateEdit(qdate(app.clock.today()))
        )
        self.notified_on.setCalendarPopup(True)
        self.notified_on.setDisplayFormat("yyyy-MM-dd")
        self.ground = self.add_field("ground", self.tr("通知情形"), QComboBox())
        fill_combo(
            self.ground,
            [(self.tr("请选择"), "")] + [(core_text(v), k) for k, v in la.NOTIFY_GROUNDS.items()],
        )
        self.name = self.add_field("name", self.tr("犯罪嫌疑人、被告人或被申请人"), QLineEdit())
        self.id_number = self.add_field("id_number", self.tr("身份证号（通知载明时）"), QLineEdit())
        self.summary = self.add_field("summary", self.tr("涉嫌罪名或事项"), QLineEdit())
        self.place = self.add_field("detention_place", self.tr("羁押场所"), QLineEdit())
        fit_width(self, 560)

    def draft(self) -> NotificationDraft:
        return NotificationDraft(
            window_id=self.window_box.currentData() or "",
            notifier=self.notifier.currentData() or "",
            notifier_name=self.notifier_name.text(),
            notice_ref=self.notice_ref.text(),
            notified_on=self.notified_on.date().toPython(),  # type: ignore[arg-type]
            ground=self.ground.currentData() or "",
            name=self.name.text(),
            id_number=self.id_number.text(),
            summary=self.summary.text(),
            detention_place=self.place.text(),
        )

    def save_call(self) -> Callable[[], Any]:
        draft, service = self.draft(), self.app.legal_aid
        return lambda: service.notify(draft)
