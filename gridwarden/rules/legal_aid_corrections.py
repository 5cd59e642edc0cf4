"""Correcting an application after intake, and voiding one taken by mistake (pure rules, shared
by the window and the district server).

What may be corrected depends on how far the law's trail has gone:

- Contact details (phone, address, the agent's phone) change nothing the law relies on: they
  may be corrected in every status.
- What a decision rests on or a notice prints (name, ID number, the agent, the special-group
  facts, the amount, the case summary, the opposing party, the handling body, the limitation
  date) may be corrected only before a decision or a hand-over: while the application is
  awaiting materials, under review or waiting to be forwarded. After that the decision stands
  on what it was taken on; it changes only by the law's own routes (objection, Art. 49; end of
  aid, Art. 48).
- A correction may not undo the one-time notice (Art. 43): while materials are awaited, it may
  not make an item necessary that the notice did not name; once materials are complete, it may
  not make them incomplete again. Where it would, the application was taken wrongly: void it
  and take it again.
- The matter type, the proceeding, the window and the competent agency decide the application's
  route and number: they are never corrected, only voided and taken again.

Voiding (a tombstone with a reason, never a deletion) is for an application taken by mistake,
before any decision or hand-over.
"""

from __future__ import annotations

from collections.abc import Iterable

from gridwarden.errors import TransitionError
from gridwarden.i18n import QT_TRANSLATE_NOOP, labels, msg
from gridwarden.rules import legal_aid as la
from gridwarden.rules import legal_aid_eligibility as el
from gridwarden.rules import legal_aid_lifecycle as life

CONTACT_FIELDS = ("phone", "address", "agent_phone")
APPLICANT_FIELDS = (
    "name",
    "id_number",
    "gender",
    "birth_date",
    "agent_name",
    "agent_relation",
    "claim_amount_fen",
    *la.APPLICANT_FACTS,
)
CASE_FIELDS = (
    "summary",
    "opposing_party",
    "opposing_code",
    "handling_body",
    "limitation_date",
    "limitation_note",
)
# Before any decision or hand-over: the record may still be corrected, or voided. A notified
# case waiting for its worker (Arts. 25, 36) too: nothing was decided on the person's facts,
# and the notice often comes before the ID number.
OPEN_TO_CORRECTION = frozenset(
    {
        life.Status.AWAITING_MATERIALS,
        life.Status.UNDER_REVIEW,
        life.Status.TO_FORWARD,
        life.Status.NOTIFIED,
    }
)

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("core", "姓名"),
    "id_number": QT_TRANSLATE_NOOP("core", "身份证号"),
    "gender": QT_TRANSLATE_NOOP("core", "性别"),
    "birth_date": QT_TRANSLATE_NOOP("core", "出生日期"),
    "phone": QT_TRANSLATE_NOOP("core", "联系电话"),
    "address": QT_TRANSLATE_NOOP("core", "住址"),
    "agent_name": QT_TRANSLATE_NOOP("core", "代理人"),
    "agent_relation": QT_TRANSLATE_NOOP("core", "代理关系"),
    "agent_phone": QT_TRANSLATE_NOOP("core", "代理人电话"),
    "claim_amount_fen": QT_TRANSLATE_NOOP("core", "请求金额"),
    "summary": QT_TRANSLATE_NOOP("core", "案情及请求"),
    "opposing_party": QT_TRANSLATE_NOOP("core", "对方当事人"),
    "opposing_code": QT_TRANSLATE_NOOP("core", "对方统一社会信用代码"),
    "handling_body": QT_TRANSLATE_NOOP("core", "受理法院或机关"),
    "limitation_date": QT_TRANSLATE_NOOP("core", "时效/期限届满日"),
    "limitation_note": QT_TRANSLATE_NOOP("core", "时效/期限说明"),
    **la.APPLICANT_FACTS,
}


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


def ensure_correctable(
    status: str,
    changed: Iterable[str],
    after: el.Assessment,
    notified: Iterable[str] = (),
) -> None:
    """Refuse a correction the trail forbids (TransitionError). `after` is the assessment with
    the corrected values; `notified`, what the one-time notice named (if one was issued)."""
    names = set(changed)
    order = {name: i for i, name in enumerate(FIELD_LABELS)}
    trail = sorted(names - set(CONTACT_FIELDS), key=lambda f: order.get(f, len(order)))
    if not trail:
        return
    if status not in OPEN_TO_CORRECTION:
        raise TransitionError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "申请已「{status}」，决定或转交所依据的事项（{fields}）不能再更正；联系电话、住址仍可更正",
                ),
                status=msg(life.STATUS_LABELS.get(status, status)),
                fields=labels(FIELD_LABELS, trail),
            )
        )
    if status == life.Status.AWAITING_MATERIALS:
        new = [m for m in after.missing if m not in set(notified)]
        if new:
            raise TransitionError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "更正后还须补充「{items}」，但一次性告知书已经发出，不能再次告知（第四十三条）；如确属受理时录错，请作废后重新受理",
                    ),
                    items=labels(la.MATERIALS, new),
                )
            )
    elif after.missing:
        raise TransitionError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "更正后申请材料不再齐全（缺「{items}」），而材料已经补齐、审查期限已经起算；如确属受理时录错，请作废后重新受理",
                ),
                items=labels(la.MATERIALS, after.missing),
            )
        )


def ensure_voidable(status: str) -> None:
    """Only an application taken by mistake, before any decision or hand-over, is voided."""
    if status not in OPEN_TO_CORRECTION:
        raise TransitionError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "申请已「{status}」，不能作废：作废只适用于作出决定或转交之前发现受理录错的申请；已作出的决定只能依法改变（异议，第四十九条；终止援助，第四十八条）",
                ),
                status=msg(life.STATUS_LABELS.get(status, status)),
            )
        )
