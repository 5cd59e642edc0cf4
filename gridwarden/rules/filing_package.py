"""The completeness check of a filing package: every missing item in ONE list, as the court's
own one-time notice does (登记立案规定 法释〔2015〕8号 第六条、第七条). Pure: the service reads the
facts, this decides.

A complaint (民事诉讼法 第一百二十二条 conditions; 第一百二十四条 contents) needs the court and
the basis of its jurisdiction, a plaintiff with a direct interest, a defendant told apart from
others (民诉法解释 第二百零九条), specific claims with facts and reasons, each filer's Art. 124
details, identity proof, a power of attorney for an agent, a service-address confirmation with
consent to electronic service and online litigation (在线诉讼规则 第四条、第二十九条), an evidence
list matching the files, the mediation failure record and the undisputed facts where mediation
preceded (在线调解规则 第二十一条、第二十二条), and fee relief where the plaintiff has legal aid.

A judicial-confirmation application (民事诉讼法 第二百零五条; 法释〔2011〕5号) needs every party as
a joint applicant, the signed written agreement, identity proof, service addresses and phones,
a power of attorney for an agent, the court by Art. 205's rules, and an application inside the
30-day window; a matter the court will not confirm is refused up front.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from gridwarden.i18n import QT_TRANSLATE_NOOP, Listing, Message, msg
from gridwarden.rules import filing as fr


@dataclass(frozen=True)
class PartyFacts:
    id: str
    role: str  # applicant | respondent
    kind: str  # person | organisation
    name: str
    id_number: str | None = None
    uscc: str | None = None
    gender: str | None = None
    birth_date: date | None = None
    ethnicity: str = ""
    occupation: str = ""
    employer: str = ""
    address: str = ""
    phone: str = ""
    legal_representative: str = ""
    representative_title: str = ""
    representative_phone: str = ""
    service_address: str = ""
    e_service_consent: bool = False
    online_consent: bool = False
    consent_on: date | None = None
    agent_name: str = ""
    files: frozenset[str] = frozenset()  # the file categories attached for this party


@dataclass(frozen=True)
class EvidenceFacts:
    name: str
    source: str
    proves: str
    files: int  # attached files behind this item
    pages: int


@dataclass(frozen=True)
class PackageFacts:
    kind: str
    court_id: str | None
    jurisdiction: str
    cause: str
    filer_ids: tuple[str, ...]
    parties: tuple[PartyFacts, ...]
    claims: tuple[str, ...] = ()
    facts: str = ""
    elements: dict[str, str] = field(default_factory=dict)
    evidence: tuple[EvidenceFacts, ...] = ()
    evidence_files: int = 0  # files of category "evidence" on the case
    mediated: bool = False  # mediation preceded (the dispute failed after sessions)
    failure_recorded: bool = False  # the dispute's failure (Art. 26) is recorded
    undisputed_facts: str = ""
    legal_aid: bool = False
    fee_relief: str = ""
    agreement_kind: str | None = None
    agreement_signed_file: bool = False
    dispute_source: str = ""
    dispute_status: str = ""
    confirmation_bars: tuple[str, ...] = ()
    window_ends: date | None = None
    today: date | None = None


def _m(text: str, **args: object) -> Message:
    return msg(text, **args)


def _person_gaps(p: PartyFacts) -> list[Message]:
    gaps: list[Message] = []
    checks: tuple[tuple[object, str], ...]
    if p.kind == "organisation":
        checks = (
            (p.address, QT_TRANSLATE_NOOP("core", "住所地")),
            (p.legal_representative, QT_TRANSLATE_NOOP("core", "法定代表人姓名")),
            (p.representative_title, QT_TRANSLATE_NOOP("core", "法定代表人职务")),
            (p.representative_phone or p.phone, QT_TRANSLATE_NOOP("core", "联系方式")),
        )
    else:
        checks = (
            (p.gender, QT_TRANSLATE_NOOP("core", "性别")),
            (p.birth_date, QT_TRANSLATE_NOOP("core", "出生日期（年龄）")),
            (p.ethnicity, QT_TRANSLATE_NOOP("core", "民族")),
            (p.occupation, QT_TRANSLATE_NOOP("core", "职业")),
            (p.employer, QT_TRANSLATE_NOOP("core", "工作单位")),
            (p.address, QT_TRANSLATE_NOOP("core", "住所")),
            (p.phone, QT_TRANSLATE_NOOP("core", "联系方式")),
        )
    for value, what in checks:
        if not value:
            gaps.append(
                _m(
                    QT_TRANSLATE_NOOP("core", "{name}：缺少{what}（民事诉讼法第一百二十四条）"),
                    name=p.name,
                    what=msg(what),
                )
            )
    return gaps


def _filer_papers(p: PartyFacts) -> list[Message]:
    """Identity proof, power of attorney, service address and consents (登记立案规定 第六条)."""
    gaps: list[Message] = []
    proof = "licence" if p.kind == "organisation" else "id_proof"
    if proof not in p.files and "id_proof" not in p.files:
        text = (
            QT_TRANSLATE_NOOP("core", "{name}：缺少营业执照及法定代表人身份证明")
            if p.kind == "organisation"
            else QT_TRANSLATE_NOOP("core", "{name}：缺少身份证明")
        )
        gaps.append(_m(text, name=p.name))
    if p.agent_name and "power_of_attorney" not in p.files:
        gaps.append(
            _m(
                QT_TRANSLATE_NOOP("core", "{name}：代理人{agent}缺少授权委托书及代理人身份证明"),
                name=p.name,
                agent=p.agent_name,
            )
        )
    if not p.service_address:
        gaps.append(
            _m(
                QT_TRANSLATE_NOOP("core", "{name}：缺少送达地址（送达地址确认书）"),
                name=p.name,
            )
        )
    if not p.e_service_consent or not p.online_consent or p.consent_on is None:
        gaps.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{name}：未记录同意电子送达和在线诉讼及其日期（在线诉讼规则第四条、第二十九条）",
                ),
                name=p.name,
            )
        )
    return gaps


def _court(f: PackageFacts, bases: dict[str, str]) -> list[Message]:
    gaps: list[Message] = []
    if not f.court_id:
        gaps.append(_m(QT_TRANSLATE_NOOP("core", "未选择受诉人民法院")))
    if f.jurisdiction not in bases:
        gaps.append(_m(QT_TRANSLATE_NOOP("core", "未选择法院管辖的依据")))
    return gaps


def missing_items(f: PackageFacts) -> list[Message]:
    """Every item missing from the package, in the order a court's notice lists them."""
    if f.kind == "confirmation":
        return _confirmation_gaps(f)
    if f.kind == "referral_return":
        return _referral_gaps(f)
    if f.kind == "fee_relief":
        return _fee_relief_gaps(f)
    gaps = _court(f, fr.JURISDICTION_BASES)
    parties = {p.id: p for p in f.parties}
    filers = [parties[i] for i in f.filer_ids if i in parties]
    gaps += _filer_gaps(filers)
    gaps += _defendant_gaps(f)
    if f.kind == "complaint":
        gaps += _complaint_gaps(f)
    for p in filers:
        gaps += _person_gaps(p)
        gaps += _filer_papers(p)
    gaps += _evidence_gaps(f)
    gaps += _mediation_gaps(f)
    return gaps


def _filer_gaps(filers: list[PartyFacts]) -> list[Message]:
    """Art. 122 (一): a plaintiff, and only an applicant can be one."""
    gaps: list[Message] = []
    if not filers:
        gaps.append(_m(QT_TRANSLATE_NOOP("core", "未确定起诉的原告（第一百二十二条第一项）")))
    for p in filers:
        if p.role != "applicant":
            gaps.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "core", "{name}是被申请人，不能作为本案原告（第一百二十二条第一项）"
                    ),
                    name=p.name,
                )
            )
    return gaps


def _defendant_gaps(f: PackageFacts) -> list[Message]:
    """Art. 122 (二): a defendant told apart from others (民诉法解释 Art. 209)."""
    gaps: list[Message] = []
    defendants = [p for p in f.parties if p.id not in f.filer_ids and p.role == "respondent"]
    if not defendants:
        gaps.append(_m(QT_TRANSLATE_NOOP("core", "没有明确的被告（第一百二十二条第二项）")))
    for d in defendants:
        if not (d.id_number or d.uscc or d.address):
            gaps.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "被告{name}：缺少身份证号、统一社会信用代码或住所，无法与他人区分"
                        "（民诉法解释第二百零九条）",
                    ),
                    name=d.name,
                )
            )
    return gaps


def _complaint_gaps(f: PackageFacts) -> list[Message]:
    """Art. 122 (三), Art. 124: the claims, the facts and reasons, the elements of the cause."""
    gaps: list[Message] = []
    if not [c for c in f.claims if c.strip()]:
        gaps.append(_m(QT_TRANSLATE_NOOP("core", "缺少具体的诉讼请求（第一百二十二条第三项）")))
    if not f.facts.strip():
        gaps.append(_m(QT_TRANSLATE_NOOP("core", "缺少事实与理由（第一百二十四条）")))
    for key, text, required in fr.ELEMENTS.get(f.cause, ()):
        if required and not f.elements.get(key, "").strip():
            gaps.append(
                _m(
                    QT_TRANSLATE_NOOP("core", "要素式起诉状：「{element}」未填写"),
                    element=msg(text),
                )
            )
    return gaps


def _mediation_gaps(f: PackageFacts) -> list[Message]:
    """After a failed mediation: its record and the undisputed facts; aid recipients' fees."""
    gaps: list[Message] = []
    if f.mediated:
        if not f.failure_recorded:
            gaps.append(
                _m(QT_TRANSLATE_NOOP("core", "缺少调解不成的记录（在线调解规则第二十一条）"))
            )
        if not f.undisputed_facts.strip():
            gaps.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "core", "缺少当事人书面确认的无争议事实（在线调解规则第二十二条）"
                    )
                )
            )
    if f.legal_aid and not f.fee_relief:
        gaps.append(
            _m(QT_TRANSLATE_NOOP("core", "原告为法律援助受援人，应一并申请缓交、减交或免交诉讼费"))
        )
    return gaps


def _evidence_gaps(f: PackageFacts) -> list[Message]:
    gaps: list[Message] = []
    if not f.evidence:
        gaps.append(_m(QT_TRANSLATE_NOOP("core", "缺少证据目录（证据名称、来源、证明目的、页数）")))
    for index, item in enumerate(f.evidence, start=1):
        what = []
        if not item.name.strip():
            what.append(msg(QT_TRANSLATE_NOOP("core", "名称")))
        if not item.source.strip():
            what.append(msg(QT_TRANSLATE_NOOP("core", "来源")))
        if not item.proves.strip():
            what.append(msg(QT_TRANSLATE_NOOP("core", "证明目的")))
        if item.files == 0:
            what.append(msg(QT_TRANSLATE_NOOP("core", "对应的文件")))
        if what:
            gaps.append(
                _m(
                    QT_TRANSLATE_NOOP("core", "证据{n}「{name}」：缺少{what}"),
                    n=index,
                    name=item.name or "—",
                    what=Listing(tuple(what)),
                )
            )
    listed = sum(item.files for item in f.evidence)
    if listed < f.evidence_files:
        gaps.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "core", "证据目录未列入全部证据文件（已列 {listed} 件，共 {total} 件）"
                ),
                listed=listed,
                total=f.evidence_files,
            )
        )
    return gaps


def _fee_relief_gaps(f: PackageFacts) -> list[Message]:
    """A request to defer, reduce or waive the court fee (诉讼费用交纳办法 第四十四条至第四十八条):
    the court, the relief, the applicant's identity proof."""
    gaps: list[Message] = []
    if not f.court_id:
        gaps.append(_m(QT_TRANSLATE_NOOP("core", "未选择受诉人民法院")))
    if not f.fee_relief:
        gaps.append(_m(QT_TRANSLATE_NOOP("core", "请选择申请缓交、减交或免交")))
    parties = {p.id: p for p in f.parties}
    for p in (parties[i] for i in f.filer_ids if i in parties):
        if "id_proof" not in p.files and "licence" not in p.files:
            gaps.append(_m(QT_TRANSLATE_NOOP("core", "{name}：缺少身份证明"), name=p.name))
    return gaps


def _referral_gaps(f: PackageFacts) -> list[Message]:
    """The report back to the court that referred the dispute (特邀调解规定 第十九条至第二十一条、
    第二十六条): the agreement for 备案 or a 调解书, or the failure record with the undisputed
    facts (在线调解规则 第二十一条、第二十二条)."""
    gaps: list[Message] = []
    if not f.court_id:
        gaps.append(_m(QT_TRANSLATE_NOOP("core", "未选择委派或委托调解的人民法院")))
    if f.dispute_status == "agreed":
        if not f.agreement_signed_file:
            gaps.append(_m(QT_TRANSLATE_NOOP("core", "缺少已签署的调解协议书扫描件")))
    else:
        if not f.failure_recorded:
            gaps.append(
                _m(QT_TRANSLATE_NOOP("core", "缺少调解不成的记录（在线调解规则第二十一条）"))
            )
        if not f.undisputed_facts.strip():
            gaps.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "core", "缺少当事人书面确认的无争议事实（在线调解规则第二十二条）"
                    )
                )
            )
    return gaps


def _confirmation_gaps(f: PackageFacts) -> list[Message]:
    gaps = list(fr.confirmation_refusals(f.dispute_source, f.agreement_kind, f.confirmation_bars))
    gaps += _court(f, fr.CONFIRMATION_BASES)
    # Art. 205(1): mediation the court invited goes back to that court; only then may that court
    # be the basis
    if f.dispute_source == "court_delegated" and f.jurisdiction not in ("", "inviting_court"):
        gaps.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "core",
                    "法院委派调解达成的协议，应向委派调解的人民法院申请司法确认（第二百零五条第一项）",
                )
            )
        )
    if f.dispute_source != "court_delegated" and f.jurisdiction == "inviting_court":
        gaps.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "core",
                    "本纠纷不是法院委派调解的，请按当事人住所地、标的物所在地或调解组织所在地选择法院"
                    "（第二百零五条第二项）",
                )
            )
        )
    if f.window_ends is not None and f.today is not None and f.today > f.window_ends:
        gaps.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "core",
                    "已超过协议生效后三十日的申请期限（{date}），法院不予受理（人民调解法第三十三条）",
                ),
                date=f.window_ends.isoformat(),
            )
        )
    applicants = set(f.filer_ids)
    for p in f.parties:
        if p.id not in applicants:
            gaps.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{name}未列为共同申请人：司法确认须由双方当事人共同申请（第二百零五条）",
                    ),
                    name=p.name,
                )
            )
    if not f.agreement_signed_file:
        gaps.append(_m(QT_TRANSLATE_NOOP("core", "缺少已签署的调解协议书扫描件")))
    for p in f.parties:
        gaps += _filer_papers(p)
        if not p.phone:
            gaps.append(_m(QT_TRANSLATE_NOOP("core", "{name}：缺少联系电话"), name=p.name))
    return gaps
