<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionBar</name>
    <message>
        <source>更多操作</source>
        <translation>More actions</translation>
    </message>
    <message>
        <source>下一步：{step}</source>
        <translation>Next step: {step}</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>更正协议（新版本）</source>
        <translation>Correct agreement (new revision)</translation>
    </message>
    <message>
        <source>制作调解协议书</source>
        <translation>Draw up mediation agreement</translation>
    </message>
    <message>
        <source>记录口头协议</source>
        <translation>Record oral agreement</translation>
    </message>
    <message>
        <source>主要事实</source>
        <translation>Main facts</translation>
    </message>
    <message>
        <source>争议事项及责任</source>
        <translation>Matters in dispute and responsibility</translation>
    </message>
    <message>
        <source>协议内容</source>
        <translation>Agreed terms</translation>
    </message>
    <message>
        <source>履行方式</source>
        <translation>Manner of performance</translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation>Performance deadline</translation>
    </message>
    <message>
        <source>协议日期</source>
        <translation>Agreement date</translation>
    </message>
    <message>
        <source>义务人</source>
        <translation>Obligor</translation>
    </message>
    <message>
        <source>义务内容</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>添加一项</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>履行事项</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation>Reason for correction</translation>
    </message>
</context>
<context>
    <name>ApplicationPanel</name>
    <message>
        <source>选择左侧的申请查看详情</source>
        <translation>Select an application on the left to see its details</translation>
    </message>
    <message>
        <source>查看群体案件全部申请人</source>
        <translation>Show all applicants of the group case</translation>
    </message>
    <message>
        <source>查看完整证件号</source>
        <translation>Show full ID number</translation>
    </message>
    <message>
        <source>申请人信息保密（第二十一条）；查看将记入审计日志</source>
        <translation>Applicant data is confidential (Art. 21); viewing it is recorded in the audit log</translation>
    </message>
    <message>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>更正受理时录错或已变更的信息；作出决定后只能更正联系电话、住址</source>
        <translation>Correct details entered wrongly at intake or changed since; after a decision only phone and address can be corrected</translation>
    </message>
    <message>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>受理录错的申请在作出决定或转交前作废，须写明原因</source>
        <translation>Void an application taken by mistake, before a decision or hand-over; a reason is required</translation>
    </message>
    <message>
        <source>准备起诉材料…</source>
        <translation>Prepare the complaint…</translation>
    </message>
    <message>
        <source>办理情况与结果</source>
        <translation>Handling and result</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>申请事项</source>
        <translation>Matter applied for</translation>
    </message>
    <message>
        <source>资格审查（依《法律援助法》逐项）</source>
        <translation>Eligibility check (item by item under the Legal Aid Law)</translation>
    </message>
    <message>
        <source>材料清单</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>文书（PDF 与 DOCX）</source>
        <translation>Documents (PDF and DOCX)</translation>
    </message>
    <message>
        <source>办理记录（全程留痕）</source>
        <translation>History (every step recorded)</translation>
    </message>
    <message>
        <source>该申请已作废，不再办理</source>
        <translation>This application was voided: nothing more is done on it</translation>
    </message>
    <message>
        <source>情况紧急的，才可先行提供法律援助（法律援助法第四十四条）</source>
        <translation>Aid before the decision is only for urgent cases (Legal Aid Law, Art. 44)</translation>
    </message>
    <message>
        <source>没有符合条件的申请</source>
        <translation>No matching applications</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>群体案件：{name}（{n} 人，一人一决定）</source>
        <translation>Group case: {name} ({n} applicants, one decision each)</translation>
    </message>
    <message>
        <source>援助决定作出（已决定援助或已指派）后，才能为受援人准备起诉材料</source>
        <translation>The complaint can be prepared for the recipient once aid is granted (aid granted or worker assigned)</translation>
    </message>
    <message>
        <source>该案件不是由调解不成的纠纷转来的，起诉材料请由承办人员另行准备</source>
        <translation>This case did not come from a failed mediation: the assigned worker prepares the complaint separately</translation>
    </message>
    <message>
        <source>由承办人员为受援人起诉：起诉状由调解不成的纠纷预填，并申请缓减免交诉讼费（《诉讼费用交纳办法》第四十五条）</source>
        <translation>The assigned worker files for the recipient: the complaint is prefilled from the failed mediation, with deferral, reduction or waiver of court fees asked for (Measures on Litigation Fees, Art. 45)</translation>
    </message>
    <message>
        <source>已于 {day} 作废：{reason}</source>
        <translation>Voided on {day}: {reason}</translation>
    </message>
    <message>
        <source>{what}：{day}（{left}）</source>
        <translation>{what}: {day} ({left})</translation>
    </message>
    <message>
        <source>决定于 {d}</source>
        <translation>Decided {d}</translation>
    </message>
    <message>
        <source>指派于 {d}</source>
        <translation>Assigned {d}</translation>
    </message>
    <message>
        <source>转交于 {d}</source>
        <translation>Forwarded {d}</translation>
    </message>
    <message>
        <source>{name}（单位）&#x3000;统一社会信用代码：{code}</source>
        <translation>{name} (unit) · Unified social credit code: {code}</translation>
    </message>
    <message>
        <source>{name}，{gender}，{age} 岁&#x3000;身份证号：{id}</source>
        <translation>{name}, {gender}, age {age} · ID number: {id}</translation>
    </message>
    <message>
        <source>承办事项于 {ended} 结束；结案材料提交期限 {due}（第五十条）</source>
        <translation>The matter ended on {ended}; closing documents due {due} (Art. 50)</translation>
    </message>
    <message>
        <source>{day} 结案：{outcome}</source>
        <translation>Closed on {day}: {outcome}</translation>
    </message>
    <message>
        <source>请求 {v} 元</source>
        <translation>claimed {v} yuan</translation>
    </message>
    <message>
        <source>实际获得 {v} 元</source>
        <translation>recovered {v} yuan</translation>
    </message>
    <message>
        <source>行政争议已实质性化解</source>
        <translation>administrative dispute resolved in substance</translation>
    </message>
    <message>
        <source>行政争议未实质性化解</source>
        <translation>administrative dispute not resolved in substance</translation>
    </message>
    <message>
        <source>提交文书：{items}</source>
        <translation>Documents handed in: {items}</translation>
    </message>
    <message>
        <source>附件：{files}</source>
        <translation>Attachments: {files}</translation>
    </message>
    <message>
        <source>结案报告：{text}</source>
        <translation>Closing report: {text}</translation>
    </message>
    <message>
        <source>{day} 决定终止法律援助：{ground}（{item}）</source>
        <translation>Aid terminated on {day}: {ground} ({item})</translation>
    </message>
    <message>
        <source>理由：{v}</source>
        <translation>Reasons: {v}</translation>
    </message>
    <message>
        <source>终止决定</source>
        <translation>the termination</translation>
    </message>
    <message>
        <source>不予援助决定</source>
        <translation>the refusal</translation>
    </message>
    <message>
        <source>维持原决定</source>
        <translation>Uphold decision</translation>
    </message>
    <message>
        <source>责令改正</source>
        <translation>Order correction</translation>
    </message>
    <message>
        <source>对{against}的异议：司法行政部门{result}（{opinion}）</source>
        <translation>Objection against {against}: the justice bureau decided &quot;{result}&quot; ({opinion})</translation>
    </message>
    <message>
        <source>已更换法律援助人员 {n} 次（第五十五条），现为{unit}{name}</source>
        <translation>Aid worker replaced {n} time(s) (Art. 55); now {name}, {unit}</translation>
    </message>
    <message>
        <source>{body}于 {day} 通知（{ref}）：{ground}</source>
        <translation>Notified by {body} on {day} ({ref}): {ground}</translation>
    </message>
    <message>
        <source>申请人为单位：依第二条不属于法律援助对象</source>
        <translation>The applicant is a unit: not a legal-aid applicant under Art. 2</translation>
    </message>
    <message>
        <source>羁押场所：{place}，转交用时 {h} 小时（第三十九条）</source>
        <translation>In custody at {place}; forwarded in {h} hours (Art. 39)</translation>
    </message>
    <message>
        <source>羁押场所：{place}</source>
        <translation>In custody at {place}</translation>
    </message>
    <message>
        <source>电话：{phone}&#x3000;住址：{address}</source>
        <translation>Phone: {phone} · Address: {address}</translation>
    </message>
    <message>
        <source>代理申请人：{name}（{relation}）{phone}</source>
        <translation>Applying on their behalf: {name} ({relation}) {phone}</translation>
    </message>
    <message>
        <source>妇女</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>情况：{facts}</source>
        <translation>Circumstances: {facts}</translation>
    </message>
    <message>
        <source>请求金额：{v} 元</source>
        <translation>Amount claimed: {v} yuan</translation>
    </message>
    <message>
        <source>程序：{p}&#x3000;受理机关：{body}</source>
        <translation>Proceeding: {p} · Handling body: {body}</translation>
    </message>
    <message>
        <source>对方当事人：{v}</source>
        <translation>Opposing party: {v}</translation>
    </message>
    <message>
        <source>受理：{window}，{day}</source>
        <translation>Received: {window}, {day}</translation>
    </message>
    <message>
        <source>通城通办：管辖机构为{agency}（第三十八条）</source>
        <translation>City-wide handling: competent agency is {agency} (Art. 38)</translation>
    </message>
    <message>
        <source>{what}届满：{day}（{left}）</source>
        <translation>{what} expires: {day} ({left})</translation>
    </message>
    <message>
        <source>时效或期限</source>
        <translation>Limitation period or deadline</translation>
    </message>
    <message>
        <source>已于 {d} 先行提供法律援助（第四十四条）</source>
        <translation>Aid provided in advance on {d} (Art. 44)</translation>
    </message>
    <message>
        <source>来源：调解不成的纠纷（{id}）</source>
        <translation>Source: failed mediation of dispute {id}</translation>
    </message>
</context>
<context>
    <name>AssistDialog</name>
    <message>
        <source>协助网上立案：{number}</source>
        <translation>Assisted online filing: {number}</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>（尚未导出材料包）</source>
        <translation>(no package exported yet)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message numerus="yes">
        <source>添加材料（%n 个文件）</source>
        <translation>
            <numerusform>Add files (%n file)</numerusform>
            <numerusform>Add files (%n files)</numerusform>
        </translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>材料类别</source>
        <translation>Kind of paper</translation>
    </message>
    <message>
        <source>（不属于某一当事人）</source>
        <translation>(not one party&apos;s)</translation>
    </message>
    <message>
        <source>所属当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>多张图片合并为一个PDF（同一份材料的各页）</source>
        <translation>Combine the images into one PDF (pages of one paper)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>暂无数据</source>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>Bootstrap</name>
    <message>
        <source>正在打开本地数据…</source>
        <translation>Opening local data…</translation>
    </message>
    <message>
        <source>网格管家 GridWarden</source>
        <translation>GridWarden</translation>
    </message>
    <message>
        <source>正在升级数据库结构（{step}），已先备份…</source>
        <translation>Upgrading the database ({step}); a backup was made first…</translation>
    </message>
    <message>
        <source>正在加密旧的本地数据…</source>
        <translation>Encrypting the old local data…</translation>
    </message>
    <message>
        <source>正在保存加密后的备份…</source>
        <translation>Saving an encrypted backup…</translation>
    </message>
    <message>
        <source>正在加密旧的备份…</source>
        <translation>Encrypting old backups…</translation>
    </message>
    <message>
        <source>正在生成演示街道…</source>
        <translation>Generating the demo street…</translation>
    </message>
    <message>
        <source>无法打开本地数据：{error}

数据目录：{folder}</source>
        <translation>Could not open local data: {error}

Data folder: {folder}</translation>
    </message>
    <message>
        <source>清理过期导出文件</source>
        <translation>Removing expired exports</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>发起专项走访</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>例如：汛前独居老人走访</source>
        <translation>e.g. Visits to the elderly before the flood season</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>微网格</source>
        <translation>Micro-grid</translation>
    </message>
    <message>
        <source>住户标签（不选即全部住户）</source>
        <translation>Household tags (none: every household)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CarePlanDialog</name>
    <message>
        <source>关怀对象：{name}</source>
        <translation>Care target: {name}</translation>
    </message>
    <message>
        <source>关怀原因</source>
        <translation>Reason for care</translation>
    </message>
    <message>
        <source>走访频次（天）</source>
        <translation>Visit every (days)</translation>
    </message>
    <message>
        <source>列为关怀对象</source>
        <translation>Make care target</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>法律咨询登记（第二十二条、第二十三条）</source>
        <translation>Consultation register (Arts. 22–23)</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>咨询类别</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>咨询问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>解答意见</source>
        <translation>Advice given</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>引导至</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>如：区劳动人事争议仲裁委员会</source>
        <translation>e.g. the district labour dispute arbitration committee</translation>
    </message>
    <message>
        <source>可申请的事项</source>
        <translation>Matter to apply for</translation>
    </message>
    <message>
        <source>（不涉及）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>以下可不填；列表中只显示姓氏和电话后四位（第二十一条）</source>
        <translation>Optional; lists show only the family name and the last four digits of the phone (Art. 21)</translation>
    </message>
    <message>
        <source>咨询人</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>ConsultationPanel</name>
    <message>
        <source>登记咨询 (Ctrl+K)</source>
        <translation>Record consultation (Ctrl+K)</translation>
    </message>
    <message>
        <source>窗口应当提供法律咨询并告知申请法律援助的权利（第二十二条、第二十三条）</source>
        <translation>Windows give legal consultation and tell people of their right to apply for legal aid (Arts. 22–23)</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>咨询人</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>解答</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>最近 {n} 条</source>
        <translation>Latest {n}</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>更正申请：{number} {name}</source>
        <translation>Correct application: {number} {name}</translation>
    </message>
    <message>
        <source>申请已作出决定或已转交：决定所依据的事项不能再更正，只能更正联系方式。</source>
        <translation>The application has been decided or forwarded: what the decision rests on can no longer be corrected, only contact details.</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>不更正请留空（现为 {masked}）</source>
        <translation>Leave empty to keep (now {masked})</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>请求金额（元）</source>
        <translation>Amount claimed (yuan)</translation>
    </message>
    <message>
        <source>申请事项</source>
        <translation>Matter applied for</translation>
    </message>
    <message>
        <source>群体案件：以下事项对全部 {n} 名申请人一并更正</source>
        <translation>Group case: the items below are corrected for all {n} applicants</translation>
    </message>
    <message>
        <source>案情及请求</source>
        <translation>Facts and claims</translation>
    </message>
    <message>
        <source>对方当事人</source>
        <translation>Opposing party</translation>
    </message>
    <message>
        <source>对方统一社会信用代码</source>
        <translation>Opposing party&apos;s USCC</translation>
    </message>
    <message>
        <source>受理法院或机关</source>
        <translation>Court or handling body</translation>
    </message>
    <message>
        <source>有时效或期限</source>
        <translation>Has a limitation period or deadline</translation>
    </message>
    <message>
        <source>时效/期限届满日</source>
        <translation>Limitation/deadline expires</translation>
    </message>
    <message>
        <source>事项类别、程序、受理窗口和管辖机构决定申请的去向，不能更正；录错的请作废后重新受理。</source>
        <translation>Matter type, proceeding, receiving window and competent agency decide where the application goes and cannot be corrected; if entered wrongly, void it and take it again.</translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <source>如：受理时录错；申请人更换手机号</source>
        <translation>e.g. entered wrongly at intake; applicant changed mobile number</translation>
    </message>
</context>
<context>
    <name>DisputePanel</name>
    <message>
        <source>选择左侧的纠纷查看详情</source>
        <translation>Select a dispute on the left to see its details</translation>
    </message>
    <message>
        <source>记录调解</source>
        <translation>Record session</translation>
    </message>
    <message>
        <source>调解协议书</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <source>口头协议</source>
        <translation>Oral agreement</translation>
    </message>
    <message>
        <source>打印协议书</source>
        <translation>Print agreement</translation>
    </message>
    <message>
        <source>导出卷宗</source>
        <translation>Export dossier</translation>
    </message>
    <message>
        <source>转法律援助</source>
        <translation>Refer to legal aid</translation>
    </message>
    <message>
        <source>准备网上立案…</source>
        <translation>Prepare online filing…</translation>
    </message>
    <message>
        <source>追加当事人</source>
        <translation>Add party</translation>
    </message>
    <message>
        <source>编辑所选</source>
        <translation>Edit selected</translation>
    </message>
    <message>
        <source>移除所选…</source>
        <translation>Remove selected…</translation>
    </message>
    <message>
        <source>登记履行</source>
        <translation>Record performance</translation>
    </message>
    <message>
        <source>登记不履行…</source>
        <translation>Record non-performance…</translation>
    </message>
    <message>
        <source>记录督促…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>调解记录</source>
        <translation>Mediation sessions</translation>
    </message>
    <message>
        <source>协议与履行</source>
        <translation>Agreement and performance</translation>
    </message>
    <message>
        <source>办理经过</source>
        <translation>History</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件</source>
        <translation>ID / credit code</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>本辖区</source>
        <translation>In this area</translation>
    </message>
    <message>
        <source>实有人口</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>第{n}版</source>
        <translation>Rev. {n}</translation>
    </message>
    <message>
        <source>（已更正）</source>
        <translation> (corrected)</translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>更正原因：{r}</source>
        <translation>Reason for correction: {r}</translation>
    </message>
    <message>
        <source>更正所选记录（保留原记录）</source>
        <translation>Correct selected record (the original is kept)</translation>
    </message>
    <message>
        <source>义务人</source>
        <translation>Obligor</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>履行</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>履行监督记录（人民调解法第三十一条）</source>
        <translation>Performance supervision (People&apos;s Mediation Law Art. 31)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>没有符合条件的纠纷</source>
        <translation>No matching disputes</translation>
    </message>
    <message>
        <source>尚未达成协议</source>
        <translation>No agreement yet</translation>
    </message>
    <message>
        <source>{kind} 第{rev}版，{day}达成；履行方式：{how}；履行期限：{due}</source>
        <translation>{kind} rev. {rev}, reached {day}; performance: {how}; due: {due}</translation>
    </message>
    <message>
        <source>当事人：{p}</source>
        <translation>Parties: {p}</translation>
    </message>
    <message>
        <source>来源：{s}&#x3000;受理：{when}（{who}）&#x3000;{station}</source>
        <translation>Source: {s} · Received: {when} ({who}) · {station}</translation>
    </message>
    <message>
        <source>层级：{level}&#x3000;风险：{risk}&#x3000;金额：{amount}</source>
        <translation>Level: {level} · Risk: {risk} · Amount: {amount}</translation>
    </message>
    <message>
        <source>12345工单：{n}</source>
        <translation>12345 work order: {n}</translation>
    </message>
    <message>
        <source>网格事件：{n}</source>
        <translation>Grid event: {n}</translation>
    </message>
    <message>
        <source>走访：{v}</source>
        <translation>Visit: {v}</translation>
    </message>
    <message>
        <source>{src}：{court} {ref}</source>
        <translation>{src}: {court} {ref}</translation>
    </message>
    <message>
        <source>调解期限：{due}（{left}）</source>
        <translation>Mediation deadline: {due} ({left})</translation>
    </message>
    <message>
        <source>调解员：{m}（{how}，{mode}）</source>
        <translation>Mediator: {m} ({how}, {mode})</translation>
    </message>
    <message>
        <source>当事人选定</source>
        <translation>chosen by the parties</translation>
    </message>
    <message>
        <source>指定</source>
        <translation>appointed</translation>
    </message>
    <message>
        <source>⚠ 疑似重复：与 {n} 当事人相同</source>
        <translation>⚠ Possible duplicate: same parties as {n}</translation>
    </message>
    <message>
        <source>已报告 {unit}（{when}，第二十五条）</source>
        <translation>Reported to {unit} ({when}, Art. 25)</translation>
    </message>
    <message>
        <source>不宜调解：{why}</source>
        <translation>Not suitable for mediation: {why}</translation>
    </message>
    <message>
        <source>结案：{day}，化解于{level}</source>
        <translation>Closed {day}, resolved at {level}</translation>
    </message>
    <message>
        <source>已告知维权途径：{r}（第二十六条）</source>
        <translation>Routes to redress told: {r} (Art. 26)</translation>
    </message>
    <message>
        <source>协议生效：{day}；司法确认：{state}，申请截止 {due}</source>
        <translation>Agreement effective {day}; judicial confirmation: {state}, apply by {due}</translation>
    </message>
    <message>
        <source>说明：{n}</source>
        <translation>Note: {n}</translation>
    </message>
    <message>
        <source>已于 {day} 接收委派/委托；法院的调解期限自接收之日起算</source>
        <translation>Court referral accepted on {day}; the court&apos;s mediation period runs from acceptance</translation>
    </message>
    <message>
        <source>⚠ 待接收：应于 {due} 前接收（{left}，收到后3个工作日）</source>
        <translation>⚠ To accept: by {due} ({left}; 3 working days from receipt)</translation>
    </message>
    <message>
        <source>已有另一种调解协议；请更正该协议（人民调解法第二十八条）</source>
        <translation>An agreement of the other kind exists; correct that agreement instead (People&apos;s Mediation Law, Art. 28)</translation>
    </message>
    <message>
        <source>纠纷已办结，当事人不再变更</source>
        <translation>The dispute is closed: its parties no longer change</translation>
    </message>
    <message>
        <source>只有已生效、写明履行事项的调解协议才登记履行（人民调解法第三十一条）</source>
        <translation>Performance is recorded only for an agreement in effect that lists obligations (People&apos;s Mediation Law, Art. 31)</translation>
    </message>
    <message>
        <source>尚未制作调解协议（人民调解法第二十八条、第二十九条）</source>
        <translation>No mediation agreement yet (People&apos;s Mediation Law, Arts. 28–29)</translation>
    </message>
    <message>
        <source>只有调解不成、属于法律援助事项范围的纠纷可转法律援助（法律援助法第三十一条）</source>
        <translation>Only a dispute whose mediation failed and whose matter is within the scope of legal aid can go to legal aid (Legal Aid Law, Art. 31)</translation>
    </message>
    <message>
        <source>调解不成可协助起诉，达成协议可申请司法确认（民事诉讼法第二百零五条）；此时均不能准备网上立案</source>
        <translation>A failed mediation can go to court as a complaint, an agreement to judicial confirmation (Civil Procedure Law, Art. 205); neither applies now, so no online filing can be prepared</translation>
    </message>
</context>
<context>
    <name>DisputeStatsView</name>
    <message>
        <source>近12个月受理</source>
        <translation>Received in the last 12 months</translation>
    </message>
    <message>
        <source>本年度受理</source>
        <translation>Received this year</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>办结纠纷按化解层级</source>
        <translation>Closed disputes by level resolved</translation>
    </message>
    <message>
        <source>纠纷按类别（件）</source>
        <translation>Disputes by category (cases)</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>达成协议</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>成功率</source>
        <translation>Success rate</translation>
    </message>
    <message>
        <source>未结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>成功率 = 达成协议（书面或口头）件数 ÷ 办结件数；办结天数自受理日计至结案日。层级为纠纷最终化解（或移交）所在的层级。</source>
        <translation>Success rate = disputes with an agreement (written or oral) ÷ disputes closed; days to close run from intake to closing. The level is where the dispute was finally resolved (or handed on).</translation>
    </message>
    <message>
        <source>{d:g} 天</source>
        <translation>{d:g} days</translation>
    </message>
    <message>
        <source>受理 {total} 件，办结 {closed} 件，未结 {open} 件；调解成功率 {rate}；办结天数中位数 {median}</source>
        <translation>Received: {total} · Closed: {closed} · Open: {open} · Success rate: {rate} · Median days to close: {median}</translation>
    </message>
    <message>
        <source>纠纷统计-{day}.xlsx</source>
        <translation>dispute-statistics-{day}.xlsx</translation>
    </message>
</context>
<context>
    <name>DisputesPage</name>
    <message>
        <source>全部状态（未结在前）</source>
        <translation>All statuses (open first)</translation>
    </message>
    <message>
        <source>未结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>全部层级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>搜索编号、当事人、事实、工单号、法院案号</source>
        <translation>Search number, party, facts, work order, court reference</translation>
    </message>
    <message>
        <source>受理纠纷 (Ctrl+N)</source>
        <translation>New dispute (Ctrl+N)</translation>
    </message>
    <message>
        <source>全部调解员</source>
        <translation>All mediators</translation>
    </message>
    <message>
        <source>没有符合条件的纠纷。换个状态或调解员筛选；受理新纠纷按 Ctrl+N。</source>
        <translation>No disputes match. Change the status or mediator filter; press Ctrl+N to take in a new dispute.</translation>
    </message>
    <message>
        <source>纠纷台账</source>
        <translation>Dispute register</translation>
    </message>
    <message>
        <source>统计分析</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>调解员 {name}</source>
        <translation>mediator {name}</translation>
    </message>
    <message>
        <source>含“{text}”</source>
        <translation>containing “{text}”</translation>
    </message>
    <message>
        <source>已转为纠纷</source>
        <translation>Already a dispute</translation>
    </message>
    <message>
        <source>该网格事件已转为纠纷 {n}，已为你打开。</source>
        <translation>This grid event already became dispute {n}; it is open now.</translation>
    </message>
    <message>
        <source>不能办理</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>已终止调解（人民调解法第二十六条），并建立起诉材料包；请在「网上立案」页补齐材料，协助当事人向法院起诉。</source>
        <translation>Mediation has ended (People&apos;s Mediation Law Art. 26) and a complaint package was started; complete it on the Online filing page and help the party file with the court.</translation>
    </message>
    <message>
        <source>移交法院</source>
        <translation>To the court</translation>
    </message>
    <message>
        <source>移除当事人：{name}</source>
        <translation>Remove party: {name}</translation>
    </message>
    <message>
        <source>移除原因（如：录入错误、经查与本纠纷无关）</source>
        <translation>Reason for removal (e.g. entered by mistake, found unrelated to this dispute)</translation>
    </message>
    <message>
        <source>不能更正</source>
        <translation>Cannot correct</translation>
    </message>
    <message>
        <source>该记录已有更新的版本，请更正最新版本</source>
        <translation>This record has a newer revision; correct the latest one</translation>
    </message>
    <message>
        <source>协议履行</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>请先在列表中选择一项履行事项</source>
        <translation>Select an obligation in the list first</translation>
    </message>
    <message>
        <source>该事项已履行</source>
        <translation>This obligation has been performed</translation>
    </message>
    <message>
        <source>该事项已登记不履行</source>
        <translation>Non-performance is already recorded for this obligation</translation>
    </message>
    <message>
        <source>督促履行：{what}</source>
        <translation>Follow-up: {what}</translation>
    </message>
    <message>
        <source>督促方式与义务人的答复</source>
        <translation>How the obligor was reminded and what they answered</translation>
    </message>
    <message>
        <source>转法律援助</source>
        <translation>Refer to legal aid</translation>
    </message>
    <message>
        <source>将为 {name} 打开法律援助申请（已预填纠纷 {n} 的信息）。</source>
        <translation>A legal-aid application for {name} will open, prefilled from dispute {n}.</translation>
    </message>
    <message>
        <source>正在导出卷宗</source>
        <translation>Exporting the dossier</translation>
    </message>
    <message>
        <source>正在生成调解协议书</source>
        <translation>Writing the mediation agreement</translation>
    </message>
    <message>
        <source>已生成</source>
        <translation>Documents saved</translation>
    </message>
    <message>
        <source>已保存：
{pdf}
{docx}</source>
        <translation>Saved:
{pdf}
{docx}</translation>
    </message>
    <message>
        <source>未能生成</source>
        <translation>Could not write the document</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>上报网格事件</source>
        <translation>Report grid event</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>紧急：当日签收、当日办结，列在各级名单最前</source>
        <translation>Emergency: signed for and closed the same day, listed first everywhere</translation>
    </message>
    <message>
        <source>来源渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>12345 工单编号</source>
        <translation>12345 order number</translation>
    </message>
    <message>
        <source>热线派来的工单编号</source>
        <translation>The order number the hotline gave</translation>
    </message>
    <message>
        <source>情况描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose photos</translation>
    </message>
</context>
<context>
    <name>EventStatsView</name>
    <message>
        <source>近30天上报</source>
        <translation>Reported in the last 30 days</translation>
    </message>
    <message>
        <source>近半年上报</source>
        <translation>Reported in the last six months</translation>
    </message>
    <message>
        <source>本年度上报</source>
        <translation>Reported this year</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>按月</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>按周</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>按时签收率</source>
        <translation>On-time sign-for rate</translation>
    </message>
    <message>
        <source>按时办结率</source>
        <translation>On-time completion rate</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>联动率</source>
        <translation>Linkage rate</translation>
    </message>
    <message>
        <source>工单量</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>按渠道（件）</source>
        <translation>By channel (orders)</translation>
    </message>
    <message>
        <source>按类别（件）</source>
        <translation>By category (orders)</translation>
    </message>
    <message>
        <source>趋势：上报（件）</source>
        <translation>Trend: reported (orders)</translation>
    </message>
    <message>
        <source>热点微网格（件）</source>
        <translation>Hot-spot micro-grids (orders)</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>承办</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>平均用时（工作日）</source>
        <translation>Mean time (working days)</translation>
    </message>
    <message>
        <source>超期未结</source>
        <translation>Overdue, open</translation>
    </message>
    <message>
        <source>按上报日统计。按时签收：在签收期限内签收；按时办结：在办理期限（含批准的延期）内办结，随主单办结的重复诉求不计；满意率 =（满意 + 基本满意）÷ 已回访；联动率 = 派发至部门的工单 ÷ 工单（重复诉求不计）；用时按工作日自派发计至办结。</source>
        <translation>Counted by the day reported. On-time sign-for: signed by the sign-for deadline; on-time completion: closed by the handling deadline (an approved extension included), repeat complaints closed with their master not counted; satisfaction = (satisfied + basically satisfied) ÷ callbacks; linkage = orders dispatched to a department ÷ orders (repeat complaints not counted); time in working days from dispatch to closing.</translation>
    </message>
    <message>
        <source>部门办理情况（用时最长的排在前列）</source>
        <translation>Departments (slowest first)</translation>
    </message>
    <message>
        <source>{n} 件（未结 {open}，超期 {late}）</source>
        <translation>{n} (open {open}, overdue {late})</translation>
    </message>
    <message>
        <source>工单统计-{day}.xlsx</source>
        <translation>work-order-statistics-{day}.xlsx</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>上报事件 (Ctrl+E)</source>
        <translation>Report event (Ctrl+E)</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>已超期未办结</source>
        <translation>Open and overdue</translation>
    </message>
    <message>
        <source>全部渠道</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>搜索编号、12345 工单号、描述、地点</source>
        <translation>Search number, 12345 number, description, place</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>只看紧急</source>
        <translation>Emergencies only</translation>
    </message>
    <message>
        <source>上报日期</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>工单时限…</source>
        <translation>Time limits…</translation>
    </message>
    <message>
        <source>各类别、各紧急程度的签收、办理、退单时限（工作日），由网格中心设定</source>
        <translation>Sign-for, handling and return limits per category and urgency (working days), set by the grid centre</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>没有符合条件的事件。改一改状态或日期筛选；上报新事件按 Ctrl+E。</source>
        <translation>No events match. Change the status or date filter; press Ctrl+E to report a new event.</translation>
    </message>
    <message>
        <source>事件台账</source>
        <translation>Event ledger</translation>
    </message>
    <message>
        <source>工单台账</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <source>统计分析</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>选择左侧的事件查看详情</source>
        <translation>Select an event on the left to see its details</translation>
    </message>
    <message>
        <source>矛盾纠纷线索转入矛盾调解：受理表已预填并关联本事件</source>
        <translation>Turn this dispute lead into a dispute: the intake form is prefilled and linked to this event</translation>
    </message>
    <message>
        <source>在地图上标注</source>
        <translation>Place on the map</translation>
    </message>
    <message>
        <source>打开网格地图，点击事件发生的位置</source>
        <translation>Open the grid map and click where the event is</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>延至 {d}</source>
        <translation>to {d}</translation>
    </message>
    <message>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>办理记录（全程留痕）</source>
        <translation>History (every step recorded)</translation>
    </message>
    <message>
        <source>照片与附件</source>
        <translation>Photos and attachments</translation>
    </message>
    <message>
        <source>含“{text}”</source>
        <translation>containing “{text}”</translation>
    </message>
    <message>
        <source>上报日期 {d}</source>
        <translation>reported {d}</translation>
    </message>
    <message>
        <source>没有符合条件的事件</source>
        <translation>No matching events</translation>
    </message>
    <message>
        <source>【督】</source>
        <translation>[Supervised] </translation>
    </message>
    <message>
        <source>【延】</source>
        <translation>[Extension] </translation>
    </message>
    <message>
        <source>（工单号 {n}）</source>
        <translation> (order no. {n})</translation>
    </message>
    <message>
        <source>地点：{v}</source>
        <translation>Place: {v}</translation>
    </message>
    <message>
        <source>来源：{source}；紧急程度：{urgency}</source>
        <translation>Channel: {source}; urgency: {urgency}</translation>
    </message>
    <message>
        <source>上报：{who} {when}</source>
        <translation>Reported: {who} {when}</translation>
    </message>
    <message>
        <source>已于 {when} 签收</source>
        <translation>signed for {when}</translation>
    </message>
    <message>
        <source>未签收</source>
        <translation>not signed for</translation>
    </message>
    <message>
        <source>签收期限：{due}（{signed}）</source>
        <translation>Sign for by: {due} ({signed})</translation>
    </message>
    <message>
        <source>办理期限：{due}</source>
        <translation>Handle by: {due}</translation>
    </message>
    <message>
        <source>（{left}）</source>
        <translation> ({left})</translation>
    </message>
    <message>
        <source>退单须在 {due} 前提出</source>
        <translation>Return by {due} at the latest</translation>
    </message>
    <message>
        <source>延期申请待网格中心审核：申请延至 {d}</source>
        <translation>Extension awaiting the grid centre: asked until {d}</translation>
    </message>
    <message>
        <source>承办部门：{v}</source>
        <translation>Handling department: {v}</translation>
    </message>
    <message>
        <source>催办 {n} 次{supervised}</source>
        <translation>Urged {n} times{supervised}</translation>
    </message>
    <message>
        <source>，督办件</source>
        <translation>, under supervision</translation>
    </message>
    <message>
        <source>重复诉求，已并入主工单 {n}</source>
        <translation>Repeat complaint, merged under master order {n}</translation>
    </message>
    <message>
        <source>并入本单的重复诉求：{list}</source>
        <translation>Repeat complaints merged here: {list}</translation>
    </message>
    <message>
        <source>因回访不满意重办 {n} 次</source>
        <translation>Reopened after an unsatisfied callback: {n}×</translation>
    </message>
    <message>
        <source>不能办理</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>添加照片</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>打开附件</source>
        <translation>Open attachment</translation>
    </message>
</context>
<context>
    <name>ExportsDialog</name>
    <message>
        <source>导出的文件</source>
        <translation>Exported files</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>清空导出文件…</source>
        <translation>Empty exports…</translation>
    </message>
    <message>
        <source>导出的文书和表格保存在只有本人能读取的文件夹中，{days} 天后自动删除。共 {n} 个文件。交出或打印后请及时清空。</source>
        <translation>Exported documents and sheets are kept in a folder only you can read and are deleted after {days} days. Files: {n}. Empty the folder once they are handed over or printed.</translation>
    </message>
    <message>
        <source>清空导出文件</source>
        <translation>Empty exports</translation>
    </message>
    <message>
        <source>删除导出文件夹中的全部 {n} 个文件？此操作会记入审计日志。</source>
        <translation>Delete all {n} files in the exports folder? This is recorded in the audit log.</translation>
    </message>
    <message>
        <source>全部删除</source>
        <translation>Delete all</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FilingEditDialog</name>
    <message>
        <source>编辑材料：{number}</source>
        <translation>Edit package: {number}</translation>
    </message>
    <message>
        <source>受诉法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>管辖依据</source>
        <translation>Basis of jurisdiction</translation>
    </message>
    <message>
        <source>起诉状样式</source>
        <translation>Complaint form</translation>
    </message>
    <message>
        <source>诉讼请求（每行一项，可用｜分隔金额）</source>
        <translation>Claims (one per line, amount after ｜)</translation>
    </message>
    <message>
        <source>事实与理由</source>
        <translation>Facts and reasons</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>证据名称</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>证明目的</source>
        <translation>What it proves</translation>
    </message>
    <message>
        <source>证据目录</source>
        <translation>Evidence list</translation>
    </message>
    <message>
        <source>证人（每行：姓名｜住所）</source>
        <translation>Witnesses (one per line: name｜domicile)</translation>
    </message>
    <message>
        <source>无争议事实（在线调解规则第二十二条）</source>
        <translation>Undisputed facts (Online Mediation Rules Art. 22)</translation>
    </message>
    <message>
        <source>诉讼费缓减免</source>
        <translation>Court fee relief</translation>
    </message>
</context>
<context>
    <name>FilingPage</name>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>搜索编号、案号、纠纷编号、当事人</source>
        <translation>Search number, case number, dispute number, party</translation>
    </message>
    <message>
        <source>统计导出（Excel）</source>
        <translation>Statistics (Excel)</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>网上立案台账</source>
        <translation>Online filing ledger</translation>
    </message>
    <message>
        <source>没有符合条件的立案。改一改状态筛选；从纠纷或法律援助案件的“准备起诉材料”开始。</source>
        <translation>No filings match. Change the status filter; start one from a dispute or a legal-aid case with “Prepare the complaint”.</translation>
    </message>
    <message>
        <source>选择左侧的立案查看详情</source>
        <translation>Select a filing on the left to see it</translation>
    </message>
    <message>
        <source>材料包…</source>
        <translation>Package…</translation>
    </message>
    <message>
        <source>编辑材料…</source>
        <translation>Edit content…</translation>
    </message>
    <message>
        <source>添加材料…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>协助提交…</source>
        <translation>Assisted filing…</translation>
    </message>
    <message>
        <source>填写诉讼信息…</source>
        <translation>Court details…</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>尚缺材料</source>
        <translation>Missing items</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>材料包与跟踪</source>
        <translation>Package and tracking</translation>
    </message>
    <message>
        <source>含“{text}”</source>
        <translation>containing “{text}”</translation>
    </message>
    <message>
        <source>统计：共 {total} 件，已立案（确认）{docketed} 件，平均 {days} 天取得案号；退回补正率 {rate}</source>
        <translation>Statistics: {total} filings, {docketed} docketed (confirmed), {days} days on average to the case number; correction rate {rate}</translation>
    </message>
    <message>
        <source>没有符合条件的立案</source>
        <translation>No filing matches</translation>
    </message>
    <message>
        <source>材料齐全（登记立案规定第六条）</source>
        <translation>Package complete (Case Registration Provisions Art. 6)</translation>
    </message>
    <message>
        <source>尚缺材料（{n}）</source>
        <translation>Missing ({n})</translation>
    </message>
    <message>
        <source>申请人/原告</source>
        <translation>applicant/plaintiff</translation>
    </message>
    <message>
        <source>对方</source>
        <translation>other side</translation>
    </message>
    <message>
        <source>已同意电子送达</source>
        <translation>e-service agreed</translation>
    </message>
    <message>
        <source>未同意电子送达</source>
        <translation>no e-service consent</translation>
    </message>
    <message>
        <source>{name}（{role}）：{ethnicity} · {occupation} · {address} · {consent}</source>
        <translation>{name} ({role}): {ethnicity} · {occupation} · {address} · {consent}</translation>
    </message>
    <message>
        <source>无送达地址</source>
        <translation>no service address</translation>
    </message>
    <message>
        <source>{category}：{name}（{pages} 页，{kb} KB）</source>
        <translation>{category}: {name} ({pages} pages, {kb} KB)</translation>
    </message>
    <message>
        <source>纠纷：{number}&#x3000;当事人：{parties}</source>
        <translation>Dispute: {number}  Parties: {parties}</translation>
    </message>
    <message>
        <source>法院：{court}&#x3000;管辖依据：{basis}</source>
        <translation>Court: {court}  Jurisdiction: {basis}</translation>
    </message>
    <message>
        <source>起诉状：{cause}</source>
        <translation>Complaint: {cause}</translation>
    </message>
    <message>
        <source>申请司法确认期限：{due}（{left}）</source>
        <translation>Apply for confirmation by {due} ({left})</translation>
    </message>
    <message>
        <source>平台申请编号：{n}，提交于 {on}</source>
        <translation>Platform application number {n}, submitted {on}</translation>
    </message>
    <message>
        <source>法院应于 {due} 前作出决定（{left}）</source>
        <translation>The court decides by {due} ({left})</translation>
    </message>
    <message>
        <source>补正期限：{due}（{left}）</source>
        <translation>Correct by {due} ({left})</translation>
    </message>
    <message>
        <source>案号：{n}</source>
        <translation>Case number: {n}</translation>
    </message>
    <message>
        <source>诉讼费交纳期限：{due}</source>
        <translation>Court fee due: {due}</translation>
    </message>
    <message>
        <source>上诉期限：{due}</source>
        <translation>Appeal by: {due}</translation>
    </message>
    <message>
        <source>材料包已导出 {n} 版</source>
        <translation>Package versions exported: {n}</translation>
    </message>
    <message>
        <source>不能办理</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>选择材料</source>
        <translation>Choose files</translation>
    </message>
    <message>
        <source>PDF 和图片 (*.pdf *.jpg *.jpeg *.png *.bmp *.tif *.tiff)</source>
        <translation>PDF and images (*.pdf *.jpg *.jpeg *.png *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>网上立案统计-{day}.xlsx</source>
        <translation>online-filing-statistics-{day}.xlsx</translation>
    </message>
</context>
<context>
    <name>FilingStepDialog</name>
    <message>
        <source>{action}：{number}</source>
        <translation>{action}: {number}</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>平台申请编号</source>
        <translation>Platform application number</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>补正期限（天，按通知）</source>
        <translation>Correction period (days, per the notice)</translation>
    </message>
    <message>
        <source>同时收到交纳诉讼费通知（7日内交纳）</source>
        <translation>Fee notice received too (pay within 7 days)</translation>
    </message>
    <message>
        <source>起诉状（申请书）和送达地址确认书已由当事人本人签名</source>
        <translation>The party signed the complaint (application) and the service-address form in person</translation>
    </message>
    <message>
        <source>补正通知的要求</source>
        <translation>What the correction notice asks for</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>确认材料齐全后冻结内容，打印材料包供当事人签字。</source>
        <translation>Freeze the content once complete, then print the package for the party to sign.</translation>
    </message>
</context>
<context>
    <name>FormGuard</name>
    <message>
        <source>恢复草稿？</source>
        <translation>Restore the draft?</translation>
    </message>
    <message>
        <source>上次填写这张表时有未保存的内容（取消、锁定或程序意外退出时留下）。要恢复吗？</source>
        <translation>This form has unsaved contents from last time (left by a cancel, a lock or an unexpected exit). Restore them?</translation>
    </message>
    <message>
        <source>恢复草稿</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <source>不用，重新填写</source>
        <translation>No, start afresh</translation>
    </message>
    <message>
        <source>放弃未保存的内容？</source>
        <translation>Discard unsaved changes?</translation>
    </message>
    <message>
        <source>这张表里填写的内容还没有保存。</source>
        <translation>What you typed in this form has not been saved.</translation>
    </message>
    <message>
        <source>已填写的内容会作为草稿保留，下次打开这张表时可以恢复。</source>
        <translation>It is kept as a draft: you can restore it the next time you open this form.</translation>
    </message>
    <message>
        <source>继续编辑</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>GlobalShortcuts</name>
    <message>
        <source>先在列表中选中一件立案，再按 Ctrl+N 导出材料包。</source>
        <translation>Select a filing in the list first, then press Ctrl+N to export its package.</translation>
    </message>
    <message>
        <source>（{page}页）</source>
        <translation>({page} page)</translation>
    </message>
    <message>
        <source>先找到并选中要走访的户，再按 {key}。</source>
        <translation>Find and select the household to visit first, then press {key}.</translation>
    </message>
</context>
<context>
    <name>GroupIntakeDialog</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>进城务工</source>
        <translation>Migrant worker</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>群体案件（一案多人）</source>
        <translation>Group case (one matter, many applicants)</translation>
    </message>
    <message>
        <source>群体案件名称</source>
        <translation>Group case name</translation>
    </message>
    <message>
        <source>如：惠民超市派遣员工欠薪群体案件（27人）</source>
        <translation>e.g. Huimin Supermarket dispatched workers&apos; unpaid wages (27 people)</translation>
    </message>
    <message>
        <source>申请人名单</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>空白名单模板…</source>
        <translation>Blank list template…</translation>
    </message>
    <message>
        <source>添加一行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>删除所选行</source>
        <translation>Delete selected rows</translation>
    </message>
    <message>
        <source>每位申请人均已提交的材料</source>
        <translation>Materials every applicant has submitted</translation>
    </message>
    <message>
        <source>选择申请人名单</source>
        <translation>Choose applicant list</translation>
    </message>
    <message>
        <source>申请人名单模板.xlsx</source>
        <translation>applicant-list-template.xlsx</translation>
    </message>
    <message>
        <source>保存名单模板</source>
        <translation>Save list template</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>共 {n} 人，{bad} 行有误</source>
        <translation>{n} applicants, {bad} rows with errors</translation>
    </message>
    <message>
        <source>共 {n} 人</source>
        <translation>Applicants: {n}</translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>打开所选申请人 (Enter)</source>
        <translation>Open selected applicant (Enter)</translation>
    </message>
    <message>
        <source>所选人员：{action}</source>
        <translation>Selected: {action}</translation>
    </message>
    <message>
        <source>所选人员的受理通知书（合为一个文件）</source>
        <translation>Notices for the selected (one file)</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>申请人（一人一决定；可多选后统一办理）</source>
        <translation>Applicants (one decision each; select several to act on them together)</translation>
    </message>
    <message>
        <source>群体案件：{name}</source>
        <translation>Group case: {name}</translation>
    </message>
    <message>
        <source>最早期限：{what} {day}（{left}）</source>
        <translation>Earliest deadline: {what} {day} ({left})</translation>
    </message>
    <message>
        <source>没有待办的期限</source>
        <translation>No pending deadlines</translation>
    </message>
    <message>
        <source>{number} · {matter}（{law}{article}）</source>
        <translation>{number} · {matter} ({law} {article})</translation>
    </message>
    <message>
        <source>对方当事人：{v}&#x3000;受理机关：{body}</source>
        <translation>Opposing party: {v} · Handling body: {body}</translation>
    </message>
    <message>
        <source>受理：{window}，{day}</source>
        <translation>Received: {window}, {day}</translation>
    </message>
    <message>
        <source>申请人 {n} 人：{statuses}</source>
        <translation>Applicants ({n}): {statuses}</translation>
    </message>
</context>
<context>
    <name>GroupedRows</name>
    <message>
        <source>{group}（{n}）</source>
        <translation>{group} ({n})</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>编辑户信息</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <source>新增户</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>如：工农路12号工农花苑3幢1单元101室</source>
        <translation>e.g. 工农路12号工农花苑3幢1单元101室</translation>
    </message>
    <message>
        <source>微网格</source>
        <translation>Micro-grid</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <source>选择左侧的户查看详情</source>
        <translation>Select a household on the left to see its details</translation>
    </message>
    <message>
        <source>编辑户</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <source>添加居民</source>
        <translation>Add resident</translation>
    </message>
    <message>
        <source>记录走访 (Ctrl+K)</source>
        <translation>Record visit (Ctrl+K)</translation>
    </message>
    <message>
        <source>上报事件</source>
        <translation>Report event</translation>
    </message>
    <message>
        <source>注销户…</source>
        <translation>Close household…</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <source>关怀</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>{reason} · {n}天</source>
        <translation>{reason} · every {n} d</translation>
    </message>
    <message>
        <source>编辑居民</source>
        <translation>Edit resident</translation>
    </message>
    <message>
        <source>关怀对象…</source>
        <translation>Care target…</translation>
    </message>
    <message>
        <source>迁出/注销…</source>
        <translation>Move out / remove…</translation>
    </message>
    <message>
        <source>显示证件号</source>
        <translation>Show ID numbers</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>走访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>居民</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>作废所选走访…</source>
        <translation>Void selected visit…</translation>
    </message>
    <message>
        <source>纠纷回访中发现的纠纷转入矛盾调解（受理表预填并关联本次走访）</source>
        <translation>Turn a dispute found on a follow-up visit into a dispute (the intake form is prefilled and linked to this visit)</translation>
    </message>
    <message>
        <source>残疾</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>低保</source>
        <translation>Subsistence allowance</translation>
    </message>
    <message>
        <source>特困</source>
        <translation>Extreme poverty</translation>
    </message>
    <message>
        <source>未成年</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>隐藏证件号</source>
        <translation>Hide ID numbers</translation>
    </message>
    <message>
        <source>没有符合条件的户</source>
        <translation>No matching households</translation>
    </message>
    <message>
        <source>该户已不存在</source>
        <translation>This household no longer exists</translation>
    </message>
    <message>
        <source>迁出或注销：{name}</source>
        <translation>Move out or remove: {name}</translation>
    </message>
    <message>
        <source>原因（迁出、死亡等）</source>
        <translation>Reason (moved out, deceased, …)</translation>
    </message>
    <message>
        <source>注销户：{address}</source>
        <translation>Close household: {address}</translation>
    </message>
    <message>
        <source>原因（整户迁出、房屋拆除等）</source>
        <translation>Reason (whole household moved out, building demolished, …)</translation>
    </message>
    <message>
        <source>作废走访：{when}</source>
        <translation>Void visit: {when}</translation>
    </message>
    <message>
        <source>作废原因（如：录错户）</source>
        <translation>Reason for voiding (e.g. recorded on the wrong household)</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>搜索：姓名、拼音首字母（如 zs）、地址、电话、身份证号后几位  (Ctrl+F)</source>
        <translation>Name, initials (zs), address, phone, ID digits  (Ctrl+F)</translation>
    </message>
    <message>
        <source>全部标签</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>按地址排序</source>
        <translation>Sort by address</translation>
    </message>
    <message>
        <source>按户主姓名（拼音）</source>
        <translation>Sort by head&apos;s name (pinyin)</translation>
    </message>
    <message>
        <source>新增户 (Ctrl+N)</source>
        <translation>New household (Ctrl+N)</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>微网格</source>
        <translation>Micro-grid</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>关怀</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>最近走访</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>没有符合条件的户。换个搜索词或清空筛选；新增户按 Ctrl+N。</source>
        <translation>No households match. Try another search or clear the filters; press Ctrl+N to add a household.</translation>
    </message>
    <message>
        <source>实有人口台账（户）</source>
        <translation>Residents ledger (households)</translation>
    </message>
    <message>
        <source>正在为同步来的住户建立检索索引：还有 {n} 户暂未列出、也搜不到，建好后自动出现。</source>
        <translation>Indexing the households that arrived by sync: {n} are not listed or searchable yet and will appear when indexed.</translation>
    </message>
    <message>
        <source>全部网格</source>
        <translation>All grids</translation>
    </message>
    <message>
        <source>全部微网格</source>
        <translation>All micro-grids</translation>
    </message>
    <message>
        <source>含“{text}”</source>
        <translation>containing “{text}”</translation>
    </message>
    <message>
        <source>共 {n} 户</source>
        <translation>Households: {n}</translation>
    </message>
    <message>
        <source>正在载入…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>受理纠纷</source>
        <translation>New dispute</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>网格事件编号</source>
        <translation>Grid event number</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>12345工单号</source>
        <translation>12345 work order number</translation>
    </message>
    <message>
        <source>法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>法院案号</source>
        <translation>Court reference</translation>
    </message>
    <message>
        <source>如：（2026）苏0602民诉前调1234号</source>
        <translation>e.g. （2026）苏0602民诉前调1234号</translation>
    </message>
    <message>
        <source>审理程序</source>
        <translation>Court procedure</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>争议金额（元）</source>
        <translation>Amount in dispute (yuan)</translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>受理层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>调处工作站</source>
        <translation>Mediation station</translation>
    </message>
    <message>
        <source>纠纷事实</source>
        <translation>Facts of the dispute</translation>
    </message>
    <message>
        <source>申请事项</source>
        <comment>a dispute: what the applicant asks for</comment>
        <translation>Claims</translation>
    </message>
    <message>
        <source>申请事项</source>
        <translation>Matter applied for</translation>
    </message>
    <message>
        <source>纠纷情况</source>
        <translation>The dispute</translation>
    </message>
    <message>
        <source>至少申请人和被申请人各一方。</source>
        <translation>At least one applicant and one respondent.</translation>
    </message>
    <message>
        <source>添加当事人</source>
        <translation>Add party</translation>
    </message>
    <message>
        <source>删除最后一位</source>
        <translation>Remove last</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>受理纠纷（来自 {origin}）</source>
        <translation>New dispute (from {origin})</translation>
    </message>
    <message>
        <source>法律援助申请（窗口受理）</source>
        <translation>Legal-aid application (window intake)</translation>
    </message>
    <message>
        <source>由纠纷调解转来（调解不成）：已带入当事人与案情，请核对补全。</source>
        <translation>Referred from a failed mediation: parties and facts are filled in; please check and complete them.</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>申请人类别</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>规定免予核查的其他人员</source>
        <translation>Other person exempt from the check by rule</translation>
    </message>
    <message>
        <source>属于法律、法规、规章规定的其他人员时注明依据（第四十二条第（四）项）</source>
        <translation>For other persons named by a law, regulation or rule, name it (Art. 42(4))</translation>
    </message>
    <message>
        <source>请求金额（元）</source>
        <translation>Amount claimed (yuan)</translation>
    </message>
    <message>
        <source>材料清单（已提交的打勾；缺的将一次性告知）</source>
        <translation>Materials (tick what was submitted; missing items go into one missing-materials notice)</translation>
    </message>
    <message>
        <source>资格审查（依《法律援助法》逐项）</source>
        <translation>Eligibility check (item by item under the Legal Aid Law)</translation>
    </message>
    <message>
        <source>单位不是法律援助的对象（第二条）：登记后即出具不予法律援助决定书</source>
        <translation>A unit is not a legal-aid applicant (Art. 2): it is recorded and refused in writing at once</translation>
    </message>
    <message>
        <source>统一社会信用代码（可不填）</source>
        <translation>Unified social credit code (optional)</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Name of the unit</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>{gender}，{born} 生，{age} 岁</source>
        <translation>{gender}, born {born}, age {age}</translation>
    </message>
</context>
<context>
    <name>IssuedNotices</name>
    <message>
        <source>出具时间</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>本机无此文件</source>
        <translation>File not on this computer</translation>
    </message>
    <message>
        <source>打开 PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>KeyedTableModel</name>
    <message>
        <source>（已不存在）</source>
        <translation>(no longer exists)</translation>
    </message>
</context>
<context>
    <name>LegalAidPage</name>
    <message>
        <source>待办（按期限）</source>
        <translation>To do (by deadline)</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>全部窗口与工作站</source>
        <translation>All windows and workstations</translation>
    </message>
    <message>
        <source>全部事项</source>
        <translation>All matters</translation>
    </message>
    <message>
        <source>搜索姓名、编号、对方当事人、群体案件、身份证号后四位</source>
        <translation>Search name, number, opposing party, group case, last 4 digits of ID</translation>
    </message>
    <message>
        <source>新申请 (Ctrl+L)</source>
        <translation>New application (Ctrl+L)</translation>
    </message>
    <message>
        <source>群体案件… (Ctrl+G)</source>
        <translation>Group case… (Ctrl+G)</translation>
    </message>
    <message>
        <source>登记通知…</source>
        <translation>Record notice…</translation>
    </message>
    <message>
        <source>法院、检察院、公安机关通知指派律师：无需申请，三日内指派（第三十六条）</source>
        <translation>A court, procuratorate or police notice to assign a lawyer: no application; assign within 3 days (Art. 36)</translation>
    </message>
    <message>
        <source>本地做法…</source>
        <translation>Local practice…</translation>
    </message>
    <message>
        <source>补充材料期限、通城通办转交期限、受理异议的司法行政部门</source>
        <translation>Days to supply materials, days to forward city-wide applications, the justice bureau that hears objections</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>受理窗口</source>
        <translation>Receiving window</translation>
    </message>
    <message>
        <source>没有符合条件的申请。改一改状态或窗口筛选；登记新申请按 Ctrl+L。</source>
        <translation>No applications match. Change the status or window filter; press Ctrl+L to register a new application.</translation>
    </message>
    <message>
        <source>法律援助台账</source>
        <translation>Legal aid ledger</translation>
    </message>
    <message>
        <source>受理队列</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>咨询登记</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>含“{text}”</source>
        <translation>containing “{text}”</translation>
    </message>
    <message>
        <source>法律援助</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <source>本机没有法律援助窗口或工作站的资料，请先同步。</source>
        <translation>This computer has no legal-aid windows or workstations yet; please sync first.</translation>
    </message>
    <message>
        <source>不能办理</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>群体案件</source>
        <translation>Group case</translation>
    </message>
    <message>
        <source>请先在名单中选择申请人（可多选）</source>
        <translation>Select applicants in the list first (several allowed)</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>口令与本机数据不符。</source>
        <translation>The passphrase does not match this computer&apos;s data.</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>{user}，请输入口令继续。未保存的内容都还在。</source>
        <translation>{user}, enter your passphrase to continue. Nothing unsaved was lost.</translation>
    </message>
    <message>
        <source>演示数据的口令：{p}</source>
        <translation>Passphrase of the demo data: {p}</translation>
    </message>
    <message>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>正在核对…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录区级服务器</source>
        <translation>Log in to the district server</translation>
    </message>
    <message>
        <source>可选：区里自建证书机构的根证书文件（PEM）</source>
        <translation>Optional: the root certificate of the district&apos;s own CA (PEM)</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>证书机构</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <source>密码只用于本次登录，不会保存在本机。</source>
        <translation>The password is used for this login only and is never stored on this computer.</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请填写服务器地址，例如 https://gw.district.gov.cn:8470</source>
        <translation>Enter the server address, e.g. https://gw.district.gov.cn:8470</translation>
    </message>
    <message>
        <source>找不到这个证书文件</source>
        <translation>This certificate file was not found</translation>
    </message>
    <message>
        <source>如果区里使用自建证书机构，请在这里选择它的根证书</source>
        <translation>If the district runs its own certificate authority, choose its root certificate here</translation>
    </message>
    <message>
        <source>请填写用户名</source>
        <translation>Enter your user name</translation>
    </message>
    <message>
        <source>请填写密码</source>
        <translation>Enter your password</translation>
    </message>
    <message>
        <source>正在登录…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>选择证书机构文件</source>
        <translation>Choose the certificate authority file</translation>
    </message>
    <message>
        <source>证书 (*.pem *.crt *.cer);;所有文件 (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>登录凭据</source>
        <translation>Login credentials</translation>
    </message>
    <message>
        <source>仍以新账号登录并上传</source>
        <translation>Log in with the new account and upload them</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>网格管家 GridWarden</source>
        <translation>GridWarden</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>网格管家 GridWarden {v}
数据目录：{d}</source>
        <translation>GridWarden {v}
Data folder: {d}</translation>
    </message>
    <message>
        <source>锁定(&amp;L)</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>正在打开本地数据…</source>
        <translation>Opening local data…</translation>
    </message>
    <message>
        <source>导出的文件…</source>
        <translation>Exported files…</translation>
    </message>
    <message>
        <source>核验审计记录</source>
        <translation>Verify audit log</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>显示全部页面</source>
        <translation>Show all pages</translation>
    </message>
    <message>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>快捷键(&amp;K)</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation>Saving settings</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>界面语言已设为 {language}，下次启动程序时生效。</source>
        <translation>The interface language is set to {language}; it applies the next time GridWarden starts.</translation>
    </message>
    <message>
        <source>未能保存设置：{error}</source>
        <translation>Could not save the setting: {error}</translation>
    </message>
    <message>
        <source>审计记录完整：共 {n} 条，哈希链未被改动。</source>
        <translation>The audit log is intact: {n} entries, hash chain unchanged.</translation>
    </message>
    <message>
        <source>审计记录被改动过。

{problem}

在它之前的 {n} 条完整。</source>
        <translation>The audit log has been tampered with.

{problem}

The {n} entries before it are intact.</translation>
    </message>
    <message>
        <source>本设备已停用</source>
        <translation>This device was deactivated</translation>
    </message>
    <message>
        <source>{reason}

按照规定，本机的住户、纠纷、法律援助数据及其备份、附件和导出文件已全部清除。程序将退出；如需继续工作，请联系网格中心后重新登录。</source>
        <translation>{reason}

As required, the households, disputes and legal-aid files on this computer, with their backups, attachments and exports, have been erased. The program will close; to keep working, contact the grid centre and log in again.</translation>
    </message>
    <message>
        <source>未能完成</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>不显示专项走访覆盖</source>
        <translation>No campaign coverage</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>全图</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>导入 GeoJSON…</source>
        <translation>Import GeoJSON…</translation>
    </message>
    <message>
        <source>网格中心（管理员）导入微网格边界与楼栋点位</source>
        <translation>The grid centre (administrator) imports micro-grid boundaries and building points</translation>
    </message>
    <message>
        <source>点击地图上的事件或关怀对象可打开记录</source>
        <translation>Click an event or a care target on the map to open it</translation>
    </message>
    <message>
        <source>图层与图例</source>
        <translation>Layers and legend</translation>
    </message>
    <message>
        <source>微网格边界</source>
        <translation>Micro-grid boundaries</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>关怀对象</source>
        <translation>Care targets</translation>
    </message>
    <message>
        <source>事件：紧急</source>
        <translation>Events: emergency</translation>
    </message>
    <message>
        <source>事件：已超期</source>
        <translation>Events: overdue</translation>
    </message>
    <message>
        <source>事件：办理中</source>
        <translation>Events: in progress</translation>
    </message>
    <message>
        <source>事件：近30天办结</source>
        <translation>Events: closed in 30 days</translation>
    </message>
    <message>
        <source>事件：已并单</source>
        <translation>Events: merged</translation>
    </message>
    <message>
        <source>专项走访覆盖率</source>
        <translation>Campaign coverage</translation>
    </message>
    <message>
        <source>深绿：已走访 100%；浅红：0%</source>
        <translation>Deep green: 100% visited; light red: 0%</translation>
    </message>
    <message>
        <source>还没有地图数据：请由网格中心导入 GeoJSON</source>
        <translation>No map data yet: the grid centre imports it from GeoJSON</translation>
    </message>
    <message>
        <source>微网格 {m} 个，楼栋 {b} 栋，关怀对象 {c} 人；事件：紧急 {e}，超期 {o}，办理中 {n}，近30天办结 {d}</source>
        <translation>{m} micro-grids, {b} buildings, {c} care targets; events: {e} emergency, {o} overdue, {n} in progress, {d} closed in 30 days</translation>
    </message>
    <message>
        <source>请在地图上点击 {label} 的位置</source>
        <translation>Click where {label} is on the map</translation>
    </message>
    <message>
        <source>{label} 已标注于 {lon:.6f}, {lat:.6f}</source>
        <translation>{label} placed at {lon:.6f}, {lat:.6f}</translation>
    </message>
    <message>
        <source>导入 GeoJSON</source>
        <translation>Import GeoJSON</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>未能导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>{name}：专项走访覆盖 {rate}%</source>
        <translation>{name}: campaign coverage {rate}%</translation>
    </message>
</context>
<context>
    <name>NavBadges</name>
    <message>
        <source>到期 {due} 条，其中逾期 {late} 条</source>
        <translation>{due} due, {late} of them overdue</translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <source>登记通知辩护（代理）</source>
        <translation>Record a notice to assign a defender (agent)</translation>
    </message>
    <message>
        <source>办案机关通知指派律师的案件无需申请、不审查经济困难状况；应自收到通知之日起三日内指派（第二十五条、第二十八条、第三十六条）。</source>
        <translation>Cases notified by the handling body need no application and no hardship review; assign within 3 days of receiving the notice (Arts. 25, 28, 36).</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>通知机关</source>
        <translation>Notifying body</translation>
    </message>
    <message>
        <source>机关名称</source>
        <translation>Name of the body</translation>
    </message>
    <message>
        <source>如：南通市崇川区人民法院</source>
        <translation>e.g. Chongchuan District People&apos;s Court, Nantong</translation>
    </message>
    <message>
        <source>通知书文号</source>
        <translation>Notice reference</translation>
    </message>
    <message>
        <source>收到通知日期</source>
        <translation>Notice received on</translation>
    </message>
    <message>
        <source>通知情形</source>
        <translation>Ground of the notice</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>犯罪嫌疑人、被告人或被申请人</source>
        <translation>Suspect, defendant or respondent</translation>
    </message>
    <message>
        <source>身份证号（通知载明时）</source>
        <translation>ID number (if the notice gives it)</translation>
    </message>
    <message>
        <source>涉嫌罪名或事项</source>
        <translation>Charge or matter</translation>
    </message>
    <message>
        <source>羁押场所</source>
        <translation>Place of custody</translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>登记不履行</source>
        <translation>Record non-performance</translation>
    </message>
    <message>
        <source>登记履行</source>
        <translation>Record performance</translation>
    </message>
    <message>
        <source>义务</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation>Performance deadline</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Date recorded</translation>
    </message>
    <message>
        <source>不履行情况</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>如：两次督促后义务人明确表示不再履行</source>
        <translation>e.g. after two reminders the obligor said they will not perform</translation>
    </message>
    <message>
        <source>履行日期</source>
        <translation>Date performed</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>立案材料包：{number}</source>
        <translation>Filing package: {number}</translation>
    </message>
    <message>
        <source>{kind} · {court} · 已导出 {n} 版</source>
        <translation>{kind} · {court} · {n} versions exported</translation>
    </message>
    <message>
        <source>未选法院</source>
        <translation>no court chosen</translation>
    </message>
    <message>
        <source>材料包内容（按上传顺序）</source>
        <translation>Package contents (in upload order)</translation>
    </message>
    <message>
        <source>{n:02d}  {title}（本系统生成）</source>
        <translation>{n:02d}  {title} (generated here)</translation>
    </message>
    <message>
        <source>{n:02d}  {category}{owner}：{name}（{pages} 页）</source>
        <translation>{n:02d}  {category}{owner}: {name} ({pages} pages)</translation>
    </message>
    <message>
        <source>共 {n} 个文件，{pages} 页</source>
        <translation>{n} files, {pages} pages</translation>
    </message>
    <message>
        <source>导出第 {n} 版</source>
        <translation>Export version {n}</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>尚缺 {n} 项，补齐后才能标记材料齐全并导出：</source>
        <translation>{n} items missing; complete them before the package can be marked complete and exported:</translation>
    </message>
    <message>
        <source>材料齐全。请先「材料齐全，待签字」冻结内容，再导出打印。</source>
        <translation>Complete. First use “Complete, to sign” to freeze the content, then export and print.</translation>
    </message>
    <message>
        <source>材料齐全，可以导出。导出的版本即冻结，补正时另出新版本。</source>
        <translation>Complete and ready to export. An exported version is frozen; a correction makes a new version.</translation>
    </message>
    <message>
        <source>正在生成材料包…</source>
        <translation>Building the package…</translation>
    </message>
    <message>
        <source>已导出第 {v} 版：{n} 个文件，{pages} 页
{zip}</source>
        <translation>Version {v} exported: {n} files, {pages} pages
{zip}</translation>
    </message>
</context>
<context>
    <name>PartyDetailsDialog</name>
    <message>
        <source>诉讼信息：{name}</source>
        <translation>Court details: {name}</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>法定代表人职务</source>
        <translation>Legal representative&apos;s title</translation>
    </message>
    <message>
        <source>法定代表人电话</source>
        <translation>Legal representative&apos;s phone</translation>
    </message>
    <message>
        <source>送达地址</source>
        <translation>Service address</translation>
    </message>
    <message>
        <source>同意电子送达（在线诉讼规则第二十九条）</source>
        <translation>Agrees to electronic service (Online Litigation Rules Art. 29)</translation>
    </message>
    <message>
        <source>同意在线诉讼（在线诉讼规则第四条）</source>
        <translation>Agrees to online litigation (Online Litigation Rules Art. 4)</translation>
    </message>
    <message>
        <source>同意日期</source>
        <translation>Consent date</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>编辑当事人：{name}</source>
        <translation>Edit party: {name}</translation>
    </message>
    <message>
        <source>追加当事人</source>
        <translation>Add party</translation>
    </message>
    <message>
        <source>追加说明</source>
        <translation>Why added</translation>
    </message>
    <message>
        <source>如：调解中查明物业公司负有维修责任</source>
        <translation>e.g. mediation showed the property company is responsible for repairs</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>18 位，不含 I、O、Z、S、V</source>
        <translation>18 characters, no I, O, Z, S, V</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>住址/住所地</source>
        <translation>Address / domicile</translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>代理类别</source>
        <translation>Agent type</translation>
    </message>
    <message>
        <source>代理人电话</source>
        <translation>Agent&apos;s phone</translation>
    </message>
    <message>
        <source>当事人（自然人）</source>
        <translation>Party (person)</translation>
    </message>
    <message>
        <source>当事人（单位）</source>
        <translation>Party (organisation)</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <source>法律援助：本地做法</source>
        <translation>Legal aid: local practice</translation>
    </message>
    <message>
        <source>法律规定的期限不能更改：收到完整申请后七日内作出决定、决定援助后三日内指派（第四十三条），异议五日内审查（第四十九条）。以下是法律留给本地的做法。</source>
        <translation>Periods set by law cannot be changed: decide within 7 days of a complete application, assign within 3 days of granting aid (Art. 43), review objections within 5 days (Art. 49). Below is what the law leaves to local practice.</translation>
    </message>
    <message>
        <source>补充材料期限（天）</source>
        <translation>Days to supply materials</translation>
    </message>
    <message>
        <source>一次性告知后，申请人补充材料的期限；逾期视为撤回申请（第四十三条未定天数）</source>
        <translation>How long the applicant has to supply materials after the missing-materials notice; after that the application counts as withdrawn (Art. 43 sets no number of days)</translation>
    </message>
    <message>
        <source>通城通办转交期限（天）</source>
        <translation>Days to forward (city-wide handling)</translation>
    </message>
    <message>
        <source>受理其他机构管辖的申请后，转交有管辖权的法律援助机构的期限（第三十八条）</source>
        <translation>Time to forward an application taken for another agency to the competent legal-aid agency (Art. 38)</translation>
    </message>
    <message>
        <source>受理异议的司法行政部门</source>
        <translation>Justice bureau hearing objections</translation>
    </message>
    <message>
        <source>如：南通市崇川区司法局</source>
        <translation>e.g. 南通市崇川区司法局</translation>
    </message>
    <message>
        <source>写入不予法律援助决定书的异议途径（第四十九条）；不填则写“设立本法律援助机构的司法行政部门”</source>
        <translation>Named in refusal decisions as where to object (Art. 49); if empty, the decision names &quot;the justice bureau that set up this legal-aid agency&quot;</translation>
    </message>
    <message>
        <source>“今日”提前提醒（天）</source>
        <translation>&quot;Today&quot; reminder (days ahead)</translation>
    </message>
    <message>
        <source>期限在这么多天内到期的申请列入“今日”</source>
        <translation>Applications with a deadline within this many days are listed on &quot;Today&quot;</translation>
    </message>
    <message>
        <source>修改只影响此后发出的告知和受理的申请；已告知申请人的期限不变。</source>
        <translation>Changes apply only to notices issued and applications taken from now on; deadlines already told to applicants stay as they are.</translation>
    </message>
</context>
<context>
    <name>RegisterOffer</name>
    <message>
        <source>填入所选 (Alt+R)</source>
        <translation>Use selected (Alt+R)</translation>
    </message>
    <message>
        <source>不用</source>
        <translation>Don&apos;t use</translation>
    </message>
    <message>
        <source>居民登记中没有此身份证号，请按申请人提供的材料填写。</source>
        <translation>This ID number is not in the resident register; fill in from the applicant&apos;s documents.</translation>
    </message>
    <message>
        <source>居民登记中有此人（{name}，{address}）。勾选的信息将填入申请：</source>
        <translation>This person is in the resident register ({name}, {address}). The ticked details will be filled in:</translation>
    </message>
    <message>
        <source>（现填：{value}）</source>
        <translation> (form now: {value})</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>编辑居民</source>
        <translation>Edit resident</translation>
    </message>
    <message>
        <source>添加居民</source>
        <translation>Add resident</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>18 位，末位可为 X</source>
        <translation>18 characters; the last may be X</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>残疾</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>低保</source>
        <translation>Subsistence allowance</translation>
    </message>
    <message>
        <source>特困</source>
        <translation>Extreme poverty</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>地区未知</source>
        <translation>region unknown</translation>
    </message>
    <message>
        <source>出生 {born} · {gender} · {place}</source>
        <translation>Born {born} · {gender} · {place}</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>{y} 年</source>
        <translation>{y}</translation>
    </message>
    <message>
        <source>全部年份</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>全部窗口与工作站</source>
        <translation>All windows and workstations</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>统计期间（按结案日期、咨询日期）：</source>
        <translation>Period (by the day closed or consulted):</translation>
    </message>
    <message>
        <source>结案方式</source>
        <translation>How closed</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>获得金额（元）</source>
        <translation>Recovered (yuan)</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>窗口或工作站</source>
        <translation>Window or workstation</translation>
    </message>
    <message>
        <source>咨询类别</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>人次</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>按结案方式</source>
        <translation>By outcome</translation>
    </message>
    <message>
        <source>按事项类型</source>
        <translation>By matter type</translation>
    </message>
    <message>
        <source>按受理窗口、工作站</source>
        <translation>By window or workstation</translation>
    </message>
    <message>
        <source>法律咨询：按类别（第二十二条、第二十三条）</source>
        <translation>Consultations by topic (Arts. 22–23)</translation>
    </message>
    <message>
        <source>结案 {closed} 件，获得（挽回）金额 {recovered} 元；终止 {ended} 件；行政争议结案 {admin} 件，实质性化解 {resolved} 件；结案材料按时提交 {rate}（三十日，第五十条）；更换援助人员 {replaced} 次；法律咨询 {consulted} 人次，引导申请 {guided} 人次</source>
        <translation>{closed} cases closed, {recovered} yuan recovered; {ended} terminated; {admin} administrative cases closed, {resolved} resolved in substance; closing documents on time {rate} (30 days, Art. 50); aid workers replaced: {replaced}; {consulted} consultations, {guided} guided to apply</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>统计期间（结案日期、咨询日期）：{p}；范围：{w}。金额单位：元。</source>
        <translation>Period (day closed or consulted): {p}; scope: {w}. Amounts in yuan.</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>结案件数</source>
        <translation>Cases closed</translation>
    </message>
    <message>
        <source>终止件数</source>
        <translation>Cases terminated</translation>
    </message>
    <message>
        <source>请求金额（元）</source>
        <translation>Amount claimed (yuan)</translation>
    </message>
    <message>
        <source>行政争议结案件数</source>
        <translation>Administrative cases closed</translation>
    </message>
    <message>
        <source>行政争议实质性化解件数</source>
        <translation>Administrative disputes resolved in substance</translation>
    </message>
    <message>
        <source>结案材料按时提交</source>
        <translation>Closing documents on time</translation>
    </message>
    <message>
        <source>更换法律援助人员次数</source>
        <translation>Aid workers replaced</translation>
    </message>
    <message>
        <source>法律咨询人次</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>法律援助结案：按结案方式（件）</source>
        <translation>Legal aid closed: by outcome (cases)</translation>
    </message>
    <message>
        <source>结案按事项类型</source>
        <translation>Closed by matter type</translation>
    </message>
    <message>
        <source>条款</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>法律援助结案：按事项类型（件）</source>
        <translation>Legal aid closed: by matter type (cases)</translation>
    </message>
    <message>
        <source>结案按窗口工作站</source>
        <translation>Closed by window</translation>
    </message>
    <message>
        <source>法律咨询按类别</source>
        <translation>Consultations by topic</translation>
    </message>
    <message>
        <source>法律咨询：按类别（人次）</source>
        <translation>Consultations by topic (visits)</translation>
    </message>
    <message>
        <source>法律援助办理结果-{y}.xlsx</source>
        <translation>legal-aid-results-{y}.xlsx</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>记录类型</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>发现于</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>保存选择并同步</source>
        <translation>Save choices and sync</translation>
    </message>
    <message>
        <source>待处理冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>共 {n} 条冲突待处理</source>
        <translation>Conflicts to review: {n}</translation>
    </message>
    <message>
        <source>没有冲突。本机还没有与服务器同步过，登录并同步后才会知道有无冲突。</source>
        <translation>No conflicts. This computer has never synced with the server: sign in and sync to find out.</translation>
    </message>
    <message>
        <source>没有需要处理的冲突：上次同步时本机与服务器一致。</source>
        <translation>No conflicts to resolve: at the last sync this computer agreed with the server.</translation>
    </message>
    <message>
        <source>请选择左侧的一条冲突</source>
        <translation>Select a conflict on the left</translation>
    </message>
    <message>
        <source>{kind}：{title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>服务器拒绝了这项修改：{reason}
本机已恢复为服务器上的内容；如仍需要，请重新操作。</source>
        <translation>The server refused this change: {reason}
This computer now shows the server&apos;s version; if still needed, please do it again.</translation>
    </message>
    <message>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>您在本机修改的字段，在服务器上也被他人改成了不同的值。两个值都已保留，请逐项选择要保留哪一个；您的选择会同步给所有人。</source>
        <translation>Fields you changed here were also changed to different values by someone else on the server. Both values are kept: choose which to keep for each field; your choice syncs to everyone.</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>本机的值</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>服务器上的值</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>{value}
{who} · {when}</source>
        <translation>{value}
{who} · {when}</translation>
    </message>
    <message>
        <source>您在本机修改了这条记录，但它已在服务器上被删除（{who}，{when}）。</source>
        <translation>You changed this record here, but it was deleted on the server ({who}, {when}).</translation>
    </message>
    <message>
        <source>恢复记录，并保留我的修改</source>
        <translation>Restore the record with my changes</translation>
    </message>
    <message>
        <source>接受删除</source>
        <translation>Accept the deletion</translation>
    </message>
    <message>
        <source>您在本机删除了这条记录，但服务器上它已被修改（{who}，{when}）。</source>
        <translation>You deleted this record here, but it was changed on the server ({who}, {when}).</translation>
    </message>
    <message>
        <source>仍然删除</source>
        <translation>Delete anyway</translation>
    </message>
    <message>
        <source>保留记录（含服务器上的修改）</source>
        <translation>Keep the record (with the server&apos;s changes)</translation>
    </message>
    <message>
        <source>请为每一项选择保留哪一方</source>
        <translation>Choose which side to keep for every item</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>RoundView</name>
    <message>
        <source>今日到期的关怀走访与回访</source>
        <translation>Care visits and follow-ups due today</translation>
    </message>
    <message>
        <source>开始巡查</source>
        <translation>Start round</translation>
    </message>
    <message>
        <source>发起专项走访…</source>
        <translation>New campaign…</translation>
    </message>
    <message>
        <source>网格中心为微网格发起专项走访</source>
        <translation>The grid centre sets up a campaign for micro-grids</translation>
    </message>
    <message>
        <source>楼栋 / 单元 / 住户</source>
        <translation>Building / unit / household</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>微网格</source>
        <translation>Micro-grid</translation>
    </message>
    <message>
        <source>已走访</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>应走访</source>
        <translation>To visit</translation>
    </message>
    <message>
        <source>覆盖率</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>尚未走访</source>
        <translation>Not yet visited</translation>
    </message>
    <message>
        <source>专项走访覆盖情况（按微网格）</source>
        <translation>Campaign coverage (by micro-grid)</translation>
    </message>
    <message>
        <source>专项：{name}（{kind}）</source>
        <translation>Campaign: {name} ({kind})</translation>
    </message>
    <message>
        <source>{n} 户</source>
        <translation>{n} households</translation>
    </message>
    <message>
        <source>未遇</source>
        <translation>Not at home</translation>
    </message>
    <message>
        <source>待走访 {n} 户</source>
        <translation>{n} households to visit</translation>
    </message>
    <message>
        <source>巡查中：计划 {planned} 户，已走访 {met}，未遇 {away}，用时 {minutes} 分钟</source>
        <translation>Round under way: {planned} planned, {met} visited, {away} not at home, {minutes} min</translation>
    </message>
    <message>
        <source>结束巡查</source>
        <translation>Finish round</translation>
    </message>
    <message>
        <source>不能办理</source>
        <translation>Not possible</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>更正调解记录</source>
        <translation>Correct session record</translation>
    </message>
    <message>
        <source>记录调解</source>
        <translation>Record session</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>用顿号或逗号分隔</source>
        <translation>Separate with commas</translation>
    </message>
    <message>
        <source>调解情况</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation>Reason for correction</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>记录走访（在实有人口中选中的户；法律援助页为登记咨询）</source>
        <translation>Record a visit (to the household selected in Residents; on Legal aid: register a consultation)</translation>
    </message>
    <message>
        <source>上报网格事件</source>
        <translation>Report grid event</translation>
    </message>
    <message>
        <source>在当前页面新建（新增户、受理纠纷、法律援助申请……）</source>
        <translation>New record on the current page (household, dispute, legal-aid application…)</translation>
    </message>
    <message>
        <source>查找（当前页面的搜索框）</source>
        <translation>Find (the current page&apos;s search box)</translation>
    </message>
    <message>
        <source>打开选中的一行</source>
        <translation>Open the selected row</translation>
    </message>
    <message>
        <source>保存表单</source>
        <translation>Save the form</translation>
    </message>
    <message>
        <source>关闭表单（有未保存的内容时先询问）</source>
        <translation>Close the form (asks first if something is unsaved)</translation>
    </message>
    <message>
        <source>放大 / 缩小 / 恢复文字大小</source>
        <translation>Larger / smaller / standard text</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>本帮助</source>
        <translation>This help</translation>
    </message>
    <message>
        <source>按键</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>作用</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>这些按键在每个页面都可用：</source>
        <translation>These keys work on every page:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>网格管家 GridWarden — 登录</source>
        <translation>GridWarden — sign in</translation>
    </message>
    <message>
        <source>为本机数据设置口令</source>
        <translation>Choose a passphrase for the data on this computer</translation>
    </message>
    <message>
        <source>请输入本机数据的口令</source>
        <translation>Enter the passphrase of the data on this computer</translation>
    </message>
    <message>
        <source>本机的住户、纠纷和法律援助数据已加密保存（《个人信息保护法》第五十一条），只有输入口令才能打开。口令无法找回：忘记口令时，需在新的数据目录重新登录区级服务器并同步。</source>
        <translation>Households, disputes and legal-aid files on this computer are stored encrypted (PIPL Art. 51) and open only with the passphrase. A passphrase cannot be recovered: if you forget it, log in to the district server again in a new data folder and sync.</translation>
    </message>
    <message>
        <source>口令错误多次后需要等待一段时间再试。忘记口令时，需重新登录区级服务器。</source>
        <translation>After several wrong passphrases you must wait before trying again. If you forgot it, log in to the district server again.</translation>
    </message>
    <message>
        <source>发现未加密的旧数据：设置口令后将先备份，再加密，并删除未加密的副本。</source>
        <translation>Unencrypted data from an earlier version was found: after you choose a passphrase it is backed up, encrypted, and the unencrypted copy is deleted.</translation>
    </message>
    <message>
        <source>这是演示数据（虚构的街道和居民）。演示口令已自动填入：{p}</source>
        <translation>This is demo data (a made-up street and residents). The demo passphrase is filled in: {p}</translation>
    </message>
    <message>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <source>在这台电脑上记住（保存在系统密钥环中）</source>
        <translation>Remember on this computer (kept in the system keyring)</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>忘记口令…</source>
        <translation>Forgot the passphrase…</translation>
    </message>
    <message>
        <source>忘记口令</source>
        <translation>Forgot the passphrase</translation>
    </message>
    <message>
        <source>口令无法找回，本机加密的数据也无法再打开。重新开始将清除本机的数据、备份、附件和导出文件（尚未上传的修改随之丢失），然后设置新口令，再登录区级服务器同步你负责范围内的数据。要重新开始吗？</source>
        <translation>A passphrase cannot be recovered, and the encrypted data on this computer cannot be opened without it. Starting over erases the data, backups, attachments and exports on this computer (changes not yet uploaded are lost); you then choose a new passphrase and log in to the district server to sync the data you are responsible for. Start over?</translation>
    </message>
    <message>
        <source>清除并重新开始</source>
        <translation>Erase and start over</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>口令至少 {n} 个字符。</source>
        <translation>The passphrase needs at least {n} characters.</translation>
    </message>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>正在打开…</source>
        <translation>Opening…</translation>
    </message>
</context>
<context>
    <name>StartFilingDialog</name>
    <message>
        <source>准备网上立案：{number}</source>
        <translation>Prepare online filing: {number}</translation>
    </message>
    <message>
        <source>立案类型</source>
        <translation>Filing kind</translation>
    </message>
    <message>
        <source>受诉法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>管辖依据</source>
        <translation>Basis of jurisdiction</translation>
    </message>
    <message>
        <source>起诉状样式</source>
        <translation>Complaint form</translation>
    </message>
    <message>
        <source>协议是否涉及（法院不予确认）</source>
        <translation>The agreement concerns (not confirmable)</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>作出决定（7日，第四十三条）</source>
        <translation>Decision (7 days, Art. 43)</translation>
    </message>
    <message>
        <source>指派（3日，第四十三条）</source>
        <translation>Assignment (3 days, Art. 43)</translation>
    </message>
    <message>
        <source>异议审查（5日，第四十九条）</source>
        <translation>Objection review (5 days, Art. 49)</translation>
    </message>
    <message>
        <source>通城通办转交（本地规定）</source>
        <translation>City-wide forwarding (local rule)</translation>
    </message>
    <message>
        <source>全部年份</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>统计期间（按受理日期）：</source>
        <translation>Period (by intake date):</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>已办</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>按时率</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>条款</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>窗口或工作站</source>
        <translation>Window or workstation</translation>
    </message>
    <message>
        <source>按事项类型（件）</source>
        <translation>By matter type (cases)</translation>
    </message>
    <message>
        <source>按受理窗口、工作站（件）</source>
        <translation>By window and workstation (cases)</translation>
    </message>
    <message>
        <source>办理时效（日历日，届满日遇休息日顺延）</source>
        <translation>Timeliness (calendar days; a deadline on a rest day moves to the next working day)</translation>
    </message>
    <message>
        <source>{y} 年</source>
        <translation>{y}</translation>
    </message>
    <message>
        <source>受理 {cases} 件 {people} 人；其中通城通办 {city} 件，行政争议 {admin} 件，群体案件 {groups} 件（{group_people} 人）；按时作出决定 {rate}</source>
        <translation>Received: {cases} cases, {people} people; city-wide handling: {city}; administrative disputes: {admin}; group cases: {groups} ({group_people} people); decided on time: {rate}</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>统计期间（受理日期）：{p}。件数按案件计，人数按申请人计（群体案件一案多人）。</source>
        <translation>Period (intake date): {p}. Cases count matters, people count applicants (a group case has many).</translation>
    </message>
    <message>
        <source>按事项类型</source>
        <translation>By matter type</translation>
    </message>
    <message>
        <source>法律援助申请：按事项类型（件）</source>
        <translation>Legal-aid applications by matter type (cases)</translation>
    </message>
    <message>
        <source>按窗口工作站</source>
        <translation>By window</translation>
    </message>
    <message>
        <source>法律援助申请：按受理窗口、工作站（件）</source>
        <translation>Legal-aid applications by window and workstation (cases)</translation>
    </message>
    <message>
        <source>按程序</source>
        <translation>By proceeding</translation>
    </message>
    <message>
        <source>程序</source>
        <translation>Proceeding</translation>
    </message>
    <message>
        <source>按状态</source>
        <translation>By status</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>办理时效</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>期限按日历日计算，起算日不计入，届满日遇休息日顺延（民法典第二百零一条、第二百零三条）。</source>
        <translation>Periods are counted in calendar days, not counting the starting day; a period ending on a rest day runs to the next working day (Civil Code Arts. 201, 203).</translation>
    </message>
    <message>
        <source>法律援助统计-{y}.xlsx</source>
        <translation>legal-aid-statistics-{y}.xlsx</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>未登录</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>处理中…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>待上传 {n} 条</source>
        <translation>{n} to upload</translation>
    </message>
    <message>
        <source>本设备已停用 · {pending}</source>
        <translation>Device disabled · {pending}</translation>
    </message>
    <message>
        <source>未登录 · {pending}</source>
        <translation>Not signed in · {pending}</translation>
    </message>
    <message>
        <source>在线 · 正在同步… · {pending}</source>
        <translation>Online · syncing… · {pending}</translation>
    </message>
    <message>
        <source>从未</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>离线（{kind}）· 上次同步 {last} · {pending}</source>
        <translation>Offline ({kind}) · last sync {last} · {pending}</translation>
    </message>
    <message>
        <source>在线 · 同步失败（{kind}）· {pending}</source>
        <translation>Online · sync failed ({kind}) · {pending}</translation>
    </message>
    <message>
        <source>在线 · 上次同步 {last} · {pending}</source>
        <translation>Online · last sync {last} · {pending}</translation>
    </message>
    <message>
        <source> · {n} 条冲突待处理</source>
        <translation> · {n} conflicts to review</translation>
    </message>
    <message>
        <source>无法连接服务器</source>
        <translation>cannot reach the server</translation>
    </message>
    <message>
        <source>服务器无响应</source>
        <translation>server not responding</translation>
    </message>
    <message>
        <source>服务器出错</source>
        <translation>server error</translation>
    </message>
    <message>
        <source>需重新登录</source>
        <translation>log in again</translation>
    </message>
    <message>
        <source>设备已停用</source>
        <translation>device revoked</translation>
    </message>
    <message>
        <source>程序需更新</source>
        <translation>update needed</translation>
    </message>
    <message>
        <source>请查看同步页</source>
        <translation>see the Sync page</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>{action}：事件</source>
        <translation>{action}: event</translation>
    </message>
    <message>
        <source>延期至</source>
        <translation>Extend to</translation>
    </message>
    <message>
        <source>并入主工单</source>
        <translation>Master order</translation>
    </message>
    <message>
        <source>联动部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>法律法规或职责清单条款</source>
        <translation>Law, regulation or duty-list item</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>处置结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>回访记录</source>
        <translation>Callback notes</translation>
    </message>
    <message>
        <source>催办要求</source>
        <translation>Urging</translation>
    </message>
    <message>
        <source>督办要求</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>{action}：{number}</source>
        <translation>{action}: {number}</translation>
    </message>
    <message>
        <source>接收日期</source>
        <translation>Date accepted</translation>
    </message>
    <message>
        <source>{src}：{court} {ref}。收到于 {day}，应在3个工作日内决定是否接收；接收后，法院的调解期限自接收之日起算。</source>
        <translation>{src}: {court} {ref}. Received {day}; decide within 3 working days whether to accept; once accepted, the court&apos;s mediation period runs from acceptance.</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>本工作站的调解员：{names}</source>
        <translation>Mediators at this station: {names}</translation>
    </message>
    <message>
        <source>当事人选择的调解员（第二十三条）</source>
        <translation>Mediator chosen by the parties (Art. 23)</translation>
    </message>
    <message>
        <source>调解方式</source>
        <translation>Mediation mode</translation>
    </message>
    <message>
        <source>要求回避的调解员</source>
        <translation>Mediators refused</translation>
    </message>
    <message>
        <source>当事人拒绝的调解员（第二十三条），没有则留空</source>
        <translation>Mediators the parties refused (Art. 23); leave empty if none</translation>
    </message>
    <message>
        <source>拒绝调解的当事人</source>
        <translation>Party refusing mediation</translation>
    </message>
    <message>
        <source>当事人一方明确拒绝调解的，不得调解（人民调解法第十七条）。</source>
        <translation>If a party clearly refuses mediation, it must not go ahead (People&apos;s Mediation Law Art. 17).</translation>
    </message>
    <message>
        <source>情形</source>
        <translation>Ground</translation>
    </message>
    <message>
        <source>报告的公安机关</source>
        <translation>Police unit reported to</translation>
    </message>
    <message>
        <source>已告知的维权途径（第二十六条）</source>
        <translation>Routes to redress told (Art. 26)</translation>
    </message>
    <message>
        <source>调解的基本情况</source>
        <translation>Course of the mediation</translation>
    </message>
    <message>
        <source>增加对方诉讼成本的行为</source>
        <translation>Conduct that raised the other side&apos;s costs</translation>
    </message>
    <message>
        <source>需要向法院提示的情况</source>
        <translation>What the court should know</translation>
    </message>
    <message>
        <source>当事人书面确认的无争议事实</source>
        <translation>Undisputed facts confirmed in writing</translation>
    </message>
    <message>
        <source>上移至</source>
        <translation>Escalate to</translation>
    </message>
    <message>
        <source>工作站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>签署日期</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>各方当事人已签名、盖章或按指印，调解员已签名并加盖委员会印章</source>
        <translation>Every party has signed, sealed or fingerprinted it; the mediator has signed and the committee&apos;s seal is affixed</translation>
    </message>
    <message>
        <source>延长至</source>
        <translation>Extend to</translation>
    </message>
    <message>
        <source>不接受的，应书面说明理由并告知法院，由法院另行指派（在线调解规则第十二条）。</source>
        <translation>A referral not taken needs written reasons sent to the court, which assigns it elsewhere (Online Mediation Rules Art. 12).</translation>
    </message>
    <message>
        <source>司法确认</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>调解不成的原因</source>
        <translation>Why mediation failed</translation>
    </message>
    <message>
        <source>撤回原因</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <source>当事人的表示</source>
        <translation>What the party said</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>情况与措施</source>
        <translation>Situation and measures</translation>
    </message>
    <message>
        <source>上移理由</source>
        <translation>Reason for escalation</translation>
    </message>
    <message>
        <source>当事人同意延长的记录</source>
        <translation>Record of the parties&apos; consent</translation>
    </message>
    <message>
        <source>不接受的理由</source>
        <translation>Reasons for declining</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>%n 名申请人</source>
        <translation>
            <numerusform>%n applicant</numerusform>
            <numerusform>%n applicants</numerusform>
        </translation>
    </message>
    <message>
        <source>{action}：{who}</source>
        <translation>{action}: {who}</translation>
    </message>
    <message>
        <source>本次补交的材料</source>
        <translation>Materials supplied now</translation>
    </message>
    <message>
        <source>转交至</source>
        <translation>Forward to</translation>
    </message>
    <message>
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>受援人请求更换的理由（第五十五条）</source>
        <translation>Why the recipient asks for a replacement (Art. 55)</translation>
    </message>
    <message>
        <source>原承办人员</source>
        <translation>Previous aid worker</translation>
    </message>
    <message>
        <source>新的法律援助人员</source>
        <translation>New aid worker</translation>
    </message>
    <message>
        <source>法律援助人员</source>
        <translation>Legal-aid worker</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>律师事务所或单位</source>
        <translation>Law firm or organisation</translation>
    </message>
    <message>
        <source>经济困难审查（第四十一条）</source>
        <translation>Hardship review (Art. 41)</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>不予援助的理由（书面）</source>
        <translation>Written reasons (as in the Chinese decision)</translation>
    </message>
    <message>
        <source>依据的条款</source>
        <translation>Articles relied on</translation>
    </message>
    <message>
        <source>经审查不符合经济困难标准</source>
        <translation>Reviewed: does not meet the hardship standard</translation>
    </message>
    <message>
        <source>司法行政部门收到异议日期</source>
        <translation>Date the justice bureau received the objection</translation>
    </message>
    <message>
        <source>终止情形（第四十八条）</source>
        <translation>Ground for ending aid (Art. 48)</translation>
    </message>
    <message>
        <source>事实和理由（写入终止决定书）</source>
        <translation>Facts and reasons (printed in the termination decision)</translation>
    </message>
    <message>
        <source>承办事项结束日期（判决生效、调解书送达等）</source>
        <translation>Day the matter ended (judgment effective, mediation served…)</translation>
    </message>
    <message>
        <source>承办事项结束日期</source>
        <translation>Day the matter ended</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>提交的法律文书（第五十条）</source>
        <translation>Legal documents handed in (Art. 50)</translation>
    </message>
    <message>
        <source>请求金额（元）</source>
        <translation>Amount claimed (yuan)</translation>
    </message>
    <message>
        <source>实际获得（挽回）金额（元）</source>
        <translation>Amount recovered (yuan)</translation>
    </message>
    <message>
        <source>行政争议是否实质性化解</source>
        <translation>Administrative dispute resolved in substance?</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>添加文书扫描件…</source>
        <translation>Add scanned documents…</translation>
    </message>
    <message>
        <source>未添加附件</source>
        <translation>No attachments</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>异议内容</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>司法行政部门的决定</source>
        <translation>The justice bureau&apos;s decision</translation>
    </message>
    <message>
        <source>结案报告</source>
        <translation>Closing report</translation>
    </message>
    <message>
        <source>选择文书扫描件</source>
        <translation>Choose scanned documents</translation>
    </message>
    <message>
        <source>文书 (*.pdf *.jpg *.jpeg *.png *.docx)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.docx)</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>与区级服务器同步</source>
        <translation>Sync with the district server</translation>
    </message>
    <message>
        <source>离线录入的内容先保存在本机，联网后自动上传；其他人的修改随后下载到本机。同一字段被两处修改时，两个值都会保留，交由您在“待处理冲突”中选择。</source>
        <translation>Work entered offline is kept on this computer and uploaded once online; other people&apos;s changes are then downloaded. When a field was changed in two places, both values are kept for you to choose under &quot;Conflicts&quot;.</translation>
    </message>
    <message>
        <source>服务器地址：</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>登录账号：</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>上次成功同步：</source>
        <translation>Last good sync:</translation>
    </message>
    <message>
        <source>上次尝试：</source>
        <translation>Last attempt:</translation>
    </message>
    <message>
        <source>待上传：</source>
        <translation>To upload:</translation>
    </message>
    <message>
        <source>待处理冲突：</source>
        <translation>Conflicts:</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>登录…</source>
        <translation>Log in…</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>去处理冲突</source>
        <translation>Review conflicts</translation>
    </message>
    <message>
        <source>记录类型</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>尝试次数</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>未能上传的修改</source>
        <translation>Changes that failed to upload</translation>
    </message>
    <message>
        <source>从未</source>
        <translation>never</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>{name}（{user}，{role}）</source>
        <translation>{name} ({user}, {role})</translation>
    </message>
    <message>
        <source>未登录</source>
        <translation>Not logged in</translation>
    </message>
    <message numerus="yes">
        <source>%n 条修改</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} 条</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>重新登录…</source>
        <translation>Log in again…</translation>
    </message>
    <message>
        <source>本设备已被停用，同步已停止。</source>
        <translation>This device has been revoked; sync has stopped.</translation>
    </message>
    <message>
        <source>登录已失效或尚未在本次运行中登录，请重新登录。</source>
        <translation>The login has expired or was not made in this session; please log in again.</translation>
    </message>
    <message>
        <source>尚未登录同步服务器。请点击“登录…”。</source>
        <translation>Not logged in to the sync server. Click &quot;Log in…&quot;.</translation>
    </message>
    <message>
        <source>正在同步…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>一切正常。每 {m} 分钟自动同步一次。</source>
        <translation>All well. Syncs automatically every {m} min.</translation>
    </message>
    <message>
        <source>正在连接服务器…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>正在上传修改</source>
        <translation>Uploading changes</translation>
    </message>
    <message>
        <source>正在下载更新</source>
        <translation>Downloading updates</translation>
    </message>
    <message>
        <source>正在建立搜索索引</source>
        <translation>Building the search index</translation>
    </message>
    <message>
        <source>正在上传附件</source>
        <translation>Uploading attachments</translation>
    </message>
    <message>
        <source>正在下载附件</source>
        <translation>Downloading attachments</translation>
    </message>
    <message>
        <source>正在核对数据</source>
        <translation>Verifying data</translation>
    </message>
    <message>
        <source>{stage}（{done}/{total}）</source>
        <translation>{stage} ({done}/{total})</translation>
    </message>
    <message>
        <source>同步未完成</source>
        <translation>Sync did not finish</translation>
    </message>
</context>
<context>
    <name>TextSizeMenu</name>
    <message>
        <source>文字大小(&amp;T)</source>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>恢复标准大小</source>
        <translation>Standard size</translation>
    </message>
</context>
<context>
    <name>TimeLimitsDialog</name>
    <message>
        <source>工单时限（工作日）</source>
        <translation>Work-order time limits (working days)</translation>
    </message>
    <message>
        <source>签收</source>
        <translation>Sign for</translation>
    </message>
    <message>
        <source>办理</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>退单窗口</source>
        <translation>Return window</translation>
    </message>
    <message>
        <source>自派发之日起计算的工作日（按统一日历，节假日顺延、调休上班日计入），0 为当日。各地 12345 做法不同，由网格中心设定；修改只影响此后派发的工单。</source>
        <translation>Working days from dispatch (the shared calendar: holidays skipped, make-up working days counted); 0 is the same day. 12345 practice differs by place: the grid centre sets these, and a change applies only to orders dispatched after it.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>没有这一类待办。</source>
        <translation>Nothing to do here.</translation>
    </message>
    <message>
        <source>日历缺少 {years} 年的法定节假日和调休安排：跨入该年的期限只按周末计算，可能不准。请在设置中补录国务院公布的安排（holidays、makeup_workdays），或升级程序。</source>
        <translation>The calendar has no statutory holidays or make-up working days for {years}: deadlines that run into it count weekends only and may be wrong. Enter the State Council&apos;s schedule in the settings (holidays, makeup_workdays), or update the program.</translation>
    </message>
    <message>
        <source>已列出前 {shown} 条，显示全部 {n} 条</source>
        <translation>First {shown} listed: show all {n}</translation>
    </message>
    <message>
        <source>，{n} 项已逾期</source>
        <translation>, {n} overdue</translation>
    </message>
    <message>
        <source>{date}&#x3000;</source>
        <translation>{date}  </translation>
    </message>
    <message>
        <source>今天没有待办事项</source>
        <translation>Nothing to do today</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>记录走访</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <source>户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>走访时间</source>
        <translation>Visited at</translation>
    </message>
    <message>
        <source>默认是现在；补录时改成实际走访的时间（不能晚于现在）</source>
        <translation>Now by default; when recording later, set the actual time of the visit (never in the future)</translation>
    </message>
    <message>
        <source>已走访</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>未遇（无人在家，仍需再访）</source>
        <translation>Not at home (visit still owed)</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>走访对象</source>
        <translation>Person visited</translation>
    </message>
    <message>
        <source>勾选见到的家庭成员，每人记一次走访；都不勾即记全户</source>
        <translation>Tick the members you met: one visit each; tick none for the whole household</translation>
    </message>
    <message>
        <source>插入常用语…</source>
        <translation>Insert a common phrase…</translation>
    </message>
    <message>
        <source>常用语</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>情况记录</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>走访发现的情况；Ctrl+Enter 保存</source>
        <translation>What the visit found; Ctrl+Enter saves</translation>
    </message>
    <message>
        <source>需要回访</source>
        <translation>Follow-up needed</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>发现问题，保存后上报网格事件</source>
        <translation>Problem found: report a grid event after saving</translation>
    </message>
</context>
<context>
    <name>VisitPicker</name>
    <message>
        <source>搜索地址、姓名或走访情况（空白：最近的纠纷回访）</source>
        <translation>Search address, name or findings (empty: recent dispute follow-ups)</translation>
    </message>
    <message>
        <source>没有找到符合的走访记录</source>
        <translation>No matching visits</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>全部事由</source>
        <translation>All purposes</translation>
    </message>
    <message>
        <source>只看需回访的</source>
        <translation>Follow-up needed only</translation>
    </message>
    <message>
        <source>全部走访人</source>
        <translation>All visitors</translation>
    </message>
    <message>
        <source>走访日期</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>搜索：地址、姓名、情况</source>
        <translation>Search: address, name, findings</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>走访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>回访日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>没有符合条件的走访。放宽日期或清空搜索；记录走访请到“实有人口”选户后按 Ctrl+K。</source>
        <translation>No visits match. Widen the dates or clear the search; to record a visit, pick a household under Residents and press Ctrl+K.</translation>
    </message>
    <message>
        <source>走访台账</source>
        <translation>Visit ledger</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>巡查与专项走访</source>
        <translation>Round and campaigns</translation>
    </message>
    <message>
        <source>含“{text}”</source>
        <translation>containing “{text}”</translation>
    </message>
    <message>
        <source>事由 {p}</source>
        <translation>purpose {p}</translation>
    </message>
    <message>
        <source>走访人 {v}</source>
        <translation>visitor {v}</translation>
    </message>
    <message>
        <source>走访日期 {d}</source>
        <translation>visited {d}</translation>
    </message>
    <message>
        <source>共 {n} 次走访</source>
        <translation>Visits: {n}</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>作废申请：{number} {name}</source>
        <translation>Void application: {number} {name}</translation>
    </message>
    <message>
        <source>作废用于受理时录错的申请（如重复录入、录错申请人）。作废后不再出现在待办队列，记录不删除，可在「已作废」中查看原因。</source>
        <translation>Voiding is for applications taken by mistake (entered twice, wrong applicant). A voided application leaves the queue; the record is not deleted and its reason stays visible under &quot;Voided&quot;.</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>Reason for voiding</translation>
    </message>
</context>
<context>
    <name>WarningBanner</name>
    <message>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>不再显示这条提醒</source>
        <translation>Do not show this warning again</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>网格管家 GridWarden</source>
        <translation>GridWarden</translation>
    </message>
    <message>
        <source>程序出现了意外错误，已写入日志。已保存的数据不受影响。

{error}</source>
        <translation>Something unexpected went wrong and was written to the log. Saved data is not affected.

{error}</translation>
    </message>
    <message>
        <source>网格管家</source>
        <translation>GridWarden</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>找不到文件：{name}</source>
        <translation>File not found: {name}</translation>
    </message>
    <message>
        <source>文件过大：{name}（单个附件不超过 25 MB）</source>
        <translation>File too large: {name} (25 MB at most per attachment)</translation>
    </message>
    <message>
        <source>未找到可嵌入的中文字体，无法生成 PDF。请安装 Noto CJK 字体（Debian：fonts-noto-cjk）或在设置中指定字体文件；DOCX 仍可生成。</source>
        <translation>No embeddable Chinese font found, so the PDF cannot be written. Install the Noto CJK fonts (Debian: fonts-noto-cjk) or set a font file in the settings; the DOCX can still be written.</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已派发</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>已签收</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <source>处置中</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>已回复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>已并单</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>派发</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>签收</source>
        <translation>Sign for</translation>
    </message>
    <message>
        <source>驳单</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>退单</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>处置</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>回复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>申请延期</source>
        <translation>Ask extension</translation>
    </message>
    <message>
        <source>批准延期</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <source>不予延期</source>
        <translation>Refuse extension</translation>
    </message>
    <message>
        <source>催办</source>
        <translation>Urge</translation>
    </message>
    <message>
        <source>督办</source>
        <translation>Supervise</translation>
    </message>
    <message>
        <source>并单</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>随主单办结</source>
        <translation>Closed with master</translation>
    </message>
    <message>
        <source>安全隐患</source>
        <translation>Safety hazard</translation>
    </message>
    <message>
        <source>群租房</source>
        <translation>Group rental</translation>
    </message>
    <message>
        <source>小化工</source>
        <translation>Small chemical workshop</translation>
    </message>
    <message>
        <source>矛盾纠纷线索</source>
        <translation>Dispute lead</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>网格巡查</source>
        <translation>Warden patrol</translation>
    </message>
    <message>
        <source>群众上报</source>
        <translation>Resident report</translation>
    </message>
    <message>
        <source>12345热线</source>
        <translation>12345 hotline</translation>
    </message>
    <message>
        <source>平台预警</source>
        <translation>Platform warning</translation>
    </message>
    <message>
        <source>部门转办</source>
        <translation>Department transfer</translation>
    </message>
    <message>
        <source>加急</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <source>网格长</source>
        <translation>Grid leader</translation>
    </message>
    <message>
        <source>驳单或退单须写明法律或职责依据</source>
        <translation>A rejection or return needs its legal or remit basis</translation>
    </message>
    <message>
        <source>不能把工单并入它自己</source>
        <translation>An order cannot be merged into itself</translation>
    </message>
    <message>
        <source>所选主工单不存在</source>
        <translation>The chosen master order does not exist</translation>
    </message>
    <message>
        <source>主工单须尚未办结且未并入其他工单（现为「{status}」）</source>
        <translation>The master order must be open and not merged itself (it is “{status}”)</translation>
    </message>
    <message>
        <source>未知的类别或紧急程度：{key}</source>
        <translation>Unknown category or urgency: {key}</translation>
    </message>
    <message>
        <source>时限须为 0 至 {most} 个工作日</source>
        <translation>A limit is 0 to {most} working days</translation>
    </message>
    <message>
        <source>签收时限不能长于办理时限</source>
        <translation>The sign-for limit cannot be longer than the handling limit</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>调解中</source>
        <translation>Mediating</translation>
    </message>
    <message>
        <source>协议待签</source>
        <translation>Agreement to sign</translation>
    </message>
    <message>
        <source>已达成协议</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>调解不成</source>
        <translation>Mediation failed</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>拒绝调解终止</source>
        <translation>Ended: mediation refused</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>已移交法院（旧记录）</source>
        <translation>Transferred to court (old record)</translation>
    </message>
    <message>
        <source>受理登记</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>接收委派/委托</source>
        <translation>Accept court referral</translation>
    </message>
    <message>
        <source>指定调解员</source>
        <translation>Assign mediator</translation>
    </message>
    <message>
        <source>制作协议书</source>
        <translation>Draw up agreement</translation>
    </message>
    <message>
        <source>更正协议</source>
        <translation>Correct agreement</translation>
    </message>
    <message>
        <source>协议签署生效</source>
        <translation>Agreement signed</translation>
    </message>
    <message>
        <source>口头协议</source>
        <translation>Oral agreement</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>当事人拒绝调解</source>
        <translation>Party refuses mediation</translation>
    </message>
    <message>
        <source>报告公安机关</source>
        <translation>Report to police</translation>
    </message>
    <message>
        <source>上移化解层级</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>司法确认</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <source>经当事人同意延长调解期限</source>
        <translation>Extend the period by consent</translation>
    </message>
    <message>
        <source>不接受委派/委托</source>
        <translation>Decline the referral</translation>
    </message>
    <message>
        <source>追加当事人</source>
        <translation>Add party</translation>
    </message>
    <message>
        <source>移除当事人</source>
        <translation>Remove party</translation>
    </message>
    <message>
        <source>登记履行</source>
        <translation>Record performance</translation>
    </message>
    <message>
        <source>登记不履行</source>
        <translation>Record non-performance</translation>
    </message>
    <message>
        <source>督促履行</source>
        <translation>Follow up performance</translation>
    </message>
    <message>
        <source>纠纷已在法院层级，不能再上移</source>
        <translation>The dispute is already at the court level and cannot be escalated further</translation>
    </message>
    <message>
        <source>该委派/委托已接收</source>
        <translation>This court referral has already been accepted</translation>
    </message>
    <message>
        <source>只有法院委派或委托的纠纷需要接收</source>
        <translation>Only disputes referred by a court need accepting</translation>
    </message>
    <message>
        <source>只有尚未接收的法院委派/委托才能不予接收</source>
        <translation>Only a court referral not yet accepted can be declined</translation>
    </message>
    <message>
        <source>请先接收法院的委派/委托（收到后3个工作日内），再指定调解员</source>
        <translation>Accept the court&apos;s referral first (within 3 working days of receipt), then assign a mediator</translation>
    </message>
    <message>
        <source>未知的操作：{action}</source>
        <translation>Unknown action: {action}</translation>
    </message>
    <message>
        <source>当事人已明确拒绝调解，调解已终止，不能{action}（人民调解法第十七条）</source>
        <translation>A party has clearly refused mediation and it has ended: &quot;{action}&quot; is not possible (People&apos;s Mediation Law Art. 17)</translation>
    </message>
    <message>
        <source>纠纷当前为「{status}」，不能{action}</source>
        <translation>The dispute is &quot;{status}&quot;: &quot;{action}&quot; is not possible</translation>
    </message>
    <message>
        <source>当事人已明确拒绝调解，不得再行调解（人民调解法第十七条）</source>
        <translation>A party has clearly refused mediation; no further mediation may take place (People&apos;s Mediation Law Art. 17)</translation>
    </message>
    <message>
        <source>纠纷当前为「{status}」，不能记录调解（须先指定调解员）</source>
        <translation>The dispute is &quot;{status}&quot;: a session cannot be recorded (assign a mediator first)</translation>
    </message>
    <message>
        <source>未知的化解层级：{level}</source>
        <translation>Unknown level: {level}</translation>
    </message>
    <message>
        <source>请填写接收日期</source>
        <translation>Enter the date accepted</translation>
    </message>
    <message>
        <source>请填写调解员</source>
        <translation>Enter the mediator</translation>
    </message>
    <message>
        <source>当事人已要求该调解员回避，请另选调解员（第二十三条）</source>
        <translation>A party has asked for this mediator to step aside; choose another mediator (Art. 23)</translation>
    </message>
    <message>
        <source>请选择公开或不公开调解（第二十三条）</source>
        <translation>Choose public or private mediation (Art. 23)</translation>
    </message>
    <message>
        <source>须告知当事人可依法通过仲裁、行政、司法等途径维权（第二十六条）</source>
        <translation>The parties must be told they can seek redress through arbitration, administrative or court routes (Art. 26)</translation>
    </message>
    <message>
        <source>请写明调解不成的原因</source>
        <translation>State why mediation failed</translation>
    </message>
    <message>
        <source>请写明拒绝调解的当事人</source>
        <translation>Name the party refusing mediation</translation>
    </message>
    <message>
        <source>请记录当事人拒绝调解的明确表示（第十七条）</source>
        <translation>Record the party&apos;s clear refusal of mediation (Art. 17)</translation>
    </message>
    <message>
        <source>请选择不宜调解的情形</source>
        <translation>Choose why the dispute is not suitable for mediation</translation>
    </message>
    <message>
        <source>请填写报告的公安机关（第二十五条）</source>
        <translation>Enter the police unit reported to (Art. 25)</translation>
    </message>
    <message>
        <source>请写明可能激化的情形和已采取的措施</source>
        <translation>Describe how the dispute may escalate and the measures taken</translation>
    </message>
    <message>
        <source>请写明撤回的原因</source>
        <translation>State the reason for withdrawal</translation>
    </message>
    <message>
        <source>请写明上移化解层级的理由</source>
        <translation>State the reason for escalating</translation>
    </message>
    <message>
        <source>请写明更正的原因</source>
        <translation>State the reason for the correction</translation>
    </message>
    <message>
        <source>请填写签署日期</source>
        <translation>Enter the date signed</translation>
    </message>
    <message>
        <source>协议书须经各方当事人签名、盖章或按指印，调解员签名并加盖调解委员会印章后生效（第二十九条）</source>
        <translation>A written agreement takes effect once every party has signed, sealed or fingerprinted it, and the mediator has signed it and the mediation committee has sealed it (Art. 29)</translation>
    </message>
    <message>
        <source>请填写延长后的调解期限</source>
        <translation>Enter the new end of the mediation period</translation>
    </message>
    <message>
        <source>请记录各方当事人同意延长调解期限的情况（在线调解规则第二十四条）</source>
        <translation>Record that every party agreed to extend the period (Online Mediation Rules Art. 24)</translation>
    </message>
    <message>
        <source>不接受委派/委托须写明理由，由法院另行指派（在线调解规则第十二条）</source>
        <translation>Declining a referral needs reasons; the court assigns it elsewhere (Online Mediation Rules Art. 12)</translation>
    </message>
    <message>
        <source>请选择司法确认情况</source>
        <translation>Choose the judicial confirmation status</translation>
    </message>
    <message>
        <source>请填写日期</source>
        <translation>Enter the date</translation>
    </message>
    <message>
        <source>事件当前为「{status}」，不能{action}</source>
        <translation>The event is &quot;{status}&quot;: &quot;{action}&quot; is not possible</translation>
    </message>
    <message>
        <source>只有{who}可以{action}</source>
        <translation>Only {who} may {action}</translation>
    </message>
    <message>
        <source>退单期限已过（应于{due}前提出），请按期办理或申请延期</source>
        <translation>The return window has passed (it ended {due}): handle the order or ask for an extension</translation>
    </message>
    <message>
        <source>已有一份延期申请待网格中心审核</source>
        <translation>An extension request is already awaiting the grid centre</translation>
    </message>
    <message>
        <source>办理期限（{due}）已过，延期须在期限届满前申请</source>
        <translation>The handling deadline ({due}) has passed: an extension must be asked before it</translation>
    </message>
    <message>
        <source>延期后的期限须晚于现在的办理期限</source>
        <translation>The new deadline must be later than the current one</translation>
    </message>
    <message>
        <source>该工单没有待审核的延期申请</source>
        <translation>This order has no extension request to decide</translation>
    </message>
    <message>
        <source>派发须选择联动部门</source>
        <translation>Choose a department to dispatch to</translation>
    </message>
    <message>
        <source>驳单或退单须写明理由</source>
        <translation>A rejection or return needs a reason</translation>
    </message>
    <message>
        <source>回复须写明处置结果</source>
        <translation>A reply needs the outcome</translation>
    </message>
    <message>
        <source>须写明延期或不予延期的理由</source>
        <translation>Give the reason for the extension or its refusal</translation>
    </message>
    <message>
        <source>请填写申请延期至的日期</source>
        <translation>Enter the date the extension is asked until</translation>
    </message>
    <message>
        <source>催办或督办须写明要求</source>
        <translation>Say what the urging or supervision asks for</translation>
    </message>
    <message>
        <source>并单须选择主工单</source>
        <translation>Choose the master order to merge under</translation>
    </message>
    <message>
        <source>回访须选择满意度</source>
        <translation>A callback needs the satisfaction level</translation>
    </message>
    <message>
        <source>网格微法庭</source>
        <translation>Grid micro-court</translation>
    </message>
    <message>
        <source>矛盾纠纷调处工作站</source>
        <translation>Dispute mediation station</translation>
    </message>
    <message>
        <source>人民调解委员会</source>
        <translation>People&apos;s mediation committee</translation>
    </message>
    <message>
        <source>人民法院</source>
        <translation>People&apos;s court</translation>
    </message>
    <message>
        <source>法律援助窗口</source>
        <translation>Legal-aid window</translation>
    </message>
    <message>
        <source>法律援助中心</source>
        <translation>Legal-aid centre</translation>
    </message>
    <message>
        <source>法律援助工作站</source>
        <translation>Legal-aid workstation</translation>
    </message>
    <message>
        <source>独居老人</source>
        <translation>Elderly living alone</translation>
    </message>
    <message>
        <source>空巢家庭</source>
        <translation>Empty-nest household</translation>
    </message>
    <message>
        <source>留守儿童</source>
        <translation>Left-behind child</translation>
    </message>
    <message>
        <source>出租房</source>
        <translation>Rented out</translation>
    </message>
    <message>
        <source>沿街商铺</source>
        <translation>Street-front shop</translation>
    </message>
    <message>
        <source>退役军人</source>
        <translation>Veteran</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>配偶</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>子女</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>父母</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>孙子女</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>兄弟姐妹</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>租户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>例行走访</source>
        <translation>Routine visit</translation>
    </message>
    <message>
        <source>关怀走访</source>
        <translation>Care visit</translation>
    </message>
    <message>
        <source>隐患排查</source>
        <translation>Hazard check</translation>
    </message>
    <message>
        <source>疫情排查</source>
        <translation>Epidemic screening</translation>
    </message>
    <message>
        <source>纠纷回访</source>
        <translation>Dispute follow-up</translation>
    </message>
    <message>
        <source>空巢老人</source>
        <translation>Empty-nest elderly</translation>
    </message>
    <message>
        <source>家中情况正常，身体状况良好。</source>
        <translation>All well at home; in good health.</translation>
    </message>
    <message>
        <source>老人独自在家，精神较好，提醒注意用电安全。</source>
        <translation>Elderly person alone at home, in good spirits; reminded about electrical safety.</translation>
    </message>
    <message>
        <source>检查燃气使用情况，无异常。</source>
        <translation>Checked the gas installation: no problems.</translation>
    </message>
    <message>
        <source>宣传反诈知识，发放宣传资料。</source>
        <translation>Explained how to avoid fraud and handed out leaflets.</translation>
    </message>
    <message>
        <source>反映的问题已记录，将转相关部门处理。</source>
        <translation>The problem raised is recorded and will be passed to the department concerned.</translation>
    </message>
    <message>
        <source>敲门无人应答，已留联系卡。</source>
        <translation>Nobody answered the door; left a contact card.</translation>
    </message>
    <message>
        <source>《法律援助法》</source>
        <translation>Legal Aid Law</translation>
    </message>
    <message>
        <source>第三十一条事项（须经济困难）</source>
        <translation>Art. 31 matters (hardship required)</translation>
    </message>
    <message>
        <source>第三十二条事项（不受经济困难条件限制）</source>
        <translation>Art. 32 matters (no hardship condition)</translation>
    </message>
    <message>
        <source>第三十三条事项（申诉、再审）</source>
        <translation>Art. 33 matters (petitions, retrials)</translation>
    </message>
    <message>
        <source>刑事案件</source>
        <translation>Criminal cases</translation>
    </message>
    <message>
        <source>其他事项</source>
        <translation>Other matters</translation>
    </message>
    <message>
        <source>依法请求国家赔偿</source>
        <translation>State compensation</translation>
    </message>
    <message>
        <source>第三十一条第（一）项</source>
        <translation>Art. 31(1)</translation>
    </message>
    <message>
        <source>请求给予社会保险待遇或者社会救助</source>
        <translation>Social insurance benefits or social assistance</translation>
    </message>
    <message>
        <source>第三十一条第（二）项</source>
        <translation>Art. 31(2)</translation>
    </message>
    <message>
        <source>请求发给抚恤金</source>
        <translation>Survivors&apos; pension (抚恤金)</translation>
    </message>
    <message>
        <source>第三十一条第（三）项</source>
        <translation>Art. 31(3)</translation>
    </message>
    <message>
        <source>请求给付赡养费、抚养费、扶养费</source>
        <translation>Support or maintenance payments</translation>
    </message>
    <message>
        <source>第三十一条第（四）项</source>
        <translation>Art. 31(4)</translation>
    </message>
    <message>
        <source>请求确认劳动关系</source>
        <translation>Confirming a labour relation</translation>
    </message>
    <message>
        <source>第三十一条第（五）项</source>
        <translation>Art. 31(5)</translation>
    </message>
    <message>
        <source>请求支付劳动报酬</source>
        <translation>Claiming labour pay</translation>
    </message>
    <message>
        <source>请求认定公民无民事行为能力或者限制民事行为能力</source>
        <translation>Declaring a person without or with limited civil capacity</translation>
    </message>
    <message>
        <source>第三十一条第（六）项</source>
        <translation>Art. 31(6)</translation>
    </message>
    <message>
        <source>请求工伤事故人身损害赔偿</source>
        <translation>Personal injury compensation: work injury</translation>
    </message>
    <message>
        <source>第三十一条第（七）项</source>
        <translation>Art. 31(7)</translation>
    </message>
    <message>
        <source>请求交通事故人身损害赔偿</source>
        <translation>Personal injury compensation: traffic accident</translation>
    </message>
    <message>
        <source>请求食品药品安全事故人身损害赔偿</source>
        <translation>Personal injury compensation: food or drug safety accident</translation>
    </message>
    <message>
        <source>请求医疗事故人身损害赔偿</source>
        <translation>Personal injury compensation: medical accident</translation>
    </message>
    <message>
        <source>请求环境污染、生态破坏损害赔偿</source>
        <translation>Compensation for environmental pollution or ecological damage</translation>
    </message>
    <message>
        <source>第三十一条第（八）项</source>
        <translation>Art. 31(8)</translation>
    </message>
    <message>
        <source>法律、法规、规章规定的其他情形（须经济困难）</source>
        <translation>Other matters set by law, regulation or rule (hardship required)</translation>
    </message>
    <message>
        <source>第三十一条第（九）项</source>
        <translation>Art. 31(9)</translation>
    </message>
    <message>
        <source>英雄烈士近亲属为维护英雄烈士的人格权益</source>
        <translation>Close relatives of heroes and martyrs protecting their personality rights</translation>
    </message>
    <message>
        <source>第三十二条第（一）项</source>
        <translation>Art. 32(1)</translation>
    </message>
    <message>
        <source>因见义勇为行为主张相关民事权益</source>
        <translation>Civil claims arising from acting bravely (见义勇为)</translation>
    </message>
    <message>
        <source>第三十二条第（二）项</source>
        <translation>Art. 32(2)</translation>
    </message>
    <message>
        <source>再审改判无罪请求国家赔偿</source>
        <translation>State compensation after acquittal on retrial</translation>
    </message>
    <message>
        <source>第三十二条第（三）项</source>
        <translation>Art. 32(3)</translation>
    </message>
    <message>
        <source>遭受虐待、遗弃或者家庭暴力的受害人主张相关权益</source>
        <translation>Victims of abuse, abandonment or domestic violence claiming their rights</translation>
    </message>
    <message>
        <source>第三十二条第（四）项</source>
        <translation>Art. 32(4)</translation>
    </message>
    <message>
        <source>法律、法规、规章规定的其他情形（不受经济困难条件限制）</source>
        <translation>Other matters set by law, regulation or rule (no hardship condition)</translation>
    </message>
    <message>
        <source>第三十二条第（五）项</source>
        <translation>Art. 32(5)</translation>
    </message>
    <message>
        <source>刑事犯罪嫌疑人、被告人申请辩护</source>
        <translation>Defence for a criminal suspect or defendant</translation>
    </message>
    <message>
        <source>第二十四条</source>
        <translation>Art. 24</translation>
    </message>
    <message>
        <source>刑事被害人、自诉人、附带民事诉讼原告人申请代理</source>
        <translation>Representation of a crime victim, private prosecutor or plaintiff in an incidental civil action</translation>
    </message>
    <message>
        <source>第二十九条</source>
        <translation>Art. 29</translation>
    </message>
    <message>
        <source>申诉、再审案件（人民法院决定、裁定再审或者人民检察院提出抗诉）</source>
        <translation>Petition or retrial (retrial ordered by the court or protested by the procuratorate)</translation>
    </message>
    <message>
        <source>第三十三条</source>
        <translation>Art. 33</translation>
    </message>
    <message>
        <source>通知辩护（犯罪嫌疑人、被告人没有委托辩护人）</source>
        <translation>Notified defence (suspect or defendant without a defender)</translation>
    </message>
    <message>
        <source>第二十五条</source>
        <translation>Art. 25</translation>
    </message>
    <message>
        <source>强制医疗案件的被申请人或者被告人没有委托诉讼代理人</source>
        <translation>Compulsory medical treatment: respondent or defendant without an agent</translation>
    </message>
    <message>
        <source>第二十八条</source>
        <translation>Art. 28</translation>
    </message>
    <message>
        <source>其他事项（不在法定范围内）</source>
        <translation>Other matters (outside the statutory scope)</translation>
    </message>
    <message>
        <source>民事诉讼</source>
        <translation>Civil litigation</translation>
    </message>
    <message>
        <source>行政诉讼</source>
        <translation>Administrative litigation</translation>
    </message>
    <message>
        <source>刑事诉讼</source>
        <translation>Criminal proceedings</translation>
    </message>
    <message>
        <source>劳动人事争议仲裁</source>
        <translation>Labour and personnel dispute arbitration</translation>
    </message>
    <message>
        <source>行政复议</source>
        <translation>Administrative review</translation>
    </message>
    <message>
        <source>国家赔偿申请</source>
        <translation>State compensation claim</translation>
    </message>
    <message>
        <source>其他非诉讼事项</source>
        <translation>Other non-litigation matters</translation>
    </message>
    <message>
        <source>法律援助申请表</source>
        <translation>Legal-aid application form</translation>
    </message>
    <message>
        <source>居民身份证或其他有效身份证明</source>
        <translation>Resident ID card or other valid proof of identity</translation>
    </message>
    <message>
        <source>代理申请人的身份证明及代理权证明（监护关系证明或授权委托书）</source>
        <translation>ID of the person applying on the applicant&apos;s behalf and proof of authority (guardianship proof or power of attorney)</translation>
    </message>
    <message>
        <source>经济困难状况说明表（或个人诚信承诺书）</source>
        <translation>Statement of financial hardship (or personal integrity pledge)</translation>
    </message>
    <message>
        <source>无固定生活来源证明（村（居）委会或有关部门出具）</source>
        <translation>Proof of no fixed income (from the village/residents&apos; committee or the relevant department)</translation>
    </message>
    <message>
        <source>残疾人证</source>
        <translation>Disability certificate</translation>
    </message>
    <message>
        <source>最低生活保障、特困人员救助供养或其他社会救助证明</source>
        <translation>Proof of subsistence allowance, extreme-poverty support or other social assistance</translation>
    </message>
    <message>
        <source>司法救助决定书</source>
        <translation>Judicial assistance decision</translation>
    </message>
    <message>
        <source>优抚对象证明</source>
        <translation>Proof of entitled-group (优抚) status</translation>
    </message>
    <message>
        <source>进城务工证明（劳动合同、工牌、考勤或工友证明等）</source>
        <translation>Proof of migrant work (labour contract, work badge, attendance records or co-workers&apos; statements)</translation>
    </message>
    <message>
        <source>赔偿义务机关的决定或侵权行为的证明材料</source>
        <translation>Decision of the liable organ or evidence of the infringement</translation>
    </message>
    <message>
        <source>社会保险或社会救助的申请及答复材料</source>
        <translation>Social insurance or assistance application and reply</translation>
    </message>
    <message>
        <source>抚恤金申请及答复材料</source>
        <translation>Survivors&apos; pension application and reply</translation>
    </message>
    <message>
        <source>亲属关系证明（户口簿、出生医学证明、结婚证等）</source>
        <translation>Proof of family relation (household register, birth certificate, marriage certificate, …)</translation>
    </message>
    <message>
        <source>劳动关系证明（劳动合同、工资支付记录、社保缴费记录等）</source>
        <translation>Proof of the labour relation (contract, pay records, social insurance records, …)</translation>
    </message>
    <message>
        <source>欠薪事实及金额材料（工资条、欠条、考勤记录等）</source>
        <translation>Evidence of unpaid wages and amount (pay slips, IOUs, attendance records, …)</translation>
    </message>
    <message>
        <source>医学诊断或司法鉴定材料</source>
        <translation>Medical diagnosis or forensic assessment</translation>
    </message>
    <message>
        <source>工伤认定决定书（或工伤认定申请材料）</source>
        <translation>Work-injury determination (or the application for one)</translation>
    </message>
    <message>
        <source>医疗诊断证明及医疗费用票据</source>
        <translation>Medical certificate and medical bills</translation>
    </message>
    <message>
        <source>道路交通事故认定书</source>
        <translation>Traffic accident determination</translation>
    </message>
    <message>
        <source>购买凭证及有关部门的调查结论（如有）</source>
        <translation>Proof of purchase and the authorities&apos; findings (if any)</translation>
    </message>
    <message>
        <source>病历资料及医疗损害鉴定意见（如有）</source>
        <translation>Medical records and medical-damage assessment (if any)</translation>
    </message>
    <message>
        <source>损害事实及因果关系材料（监测报告等）</source>
        <translation>Evidence of the damage and its cause (monitoring reports, …)</translation>
    </message>
    <message>
        <source>与英雄烈士的近亲属关系证明</source>
        <translation>Proof of close kinship with the hero or martyr</translation>
    </message>
    <message>
        <source>见义勇为确认文件或相关事实材料</source>
        <translation>Confirmation of acting bravely or evidence of the facts</translation>
    </message>
    <message>
        <source>再审改判无罪的判决书</source>
        <translation>Judgment of acquittal on retrial</translation>
    </message>
    <message>
        <source>报警回执、告诫书、人身安全保护令或伤情证明等（如有）</source>
        <translation>Police report receipt, warning letter, personal safety protection order or injury report (if any)</translation>
    </message>
    <message>
        <source>立案、起诉或审判阶段的法律文书</source>
        <translation>Legal documents of the filing, prosecution or trial stage</translation>
    </message>
    <message>
        <source>与申请事项有关的其他材料</source>
        <translation>Other materials on the matter</translation>
    </message>
    <message>
        <source>生效裁判文书及再审决定（裁定）书或者抗诉书</source>
        <translation>Effective judgment and the retrial decision or protest</translation>
    </message>
    <message>
        <source>人民法院、人民检察院或公安机关的通知辩护（代理）公函</source>
        <translation>Notice letter of the court, procuratorate or police</translation>
    </message>
    <message>
        <source>属于法律、法规、规章规定免予核查经济困难的人员的证明</source>
        <translation>Proof of belonging to persons exempt from the hardship check by rule</translation>
    </message>
    <message>
        <source>无固定生活来源</source>
        <translation>No fixed income</translation>
    </message>
    <message>
        <source>残疾人</source>
        <translation>Person with a disability</translation>
    </message>
    <message>
        <source>低保对象</source>
        <translation>Subsistence allowance recipient</translation>
    </message>
    <message>
        <source>特困人员</source>
        <translation>Extreme-poverty recipient</translation>
    </message>
    <message>
        <source>其他社会救助对象</source>
        <translation>Other social assistance recipient</translation>
    </message>
    <message>
        <source>司法救助对象</source>
        <translation>Judicial assistance recipient</translation>
    </message>
    <message>
        <source>优抚对象</source>
        <translation>Entitled-group (优抚) recipient</translation>
    </message>
    <message>
        <source>进城务工人员</source>
        <translation>Migrant worker</translation>
    </message>
    <message>
        <source>已委托律师或其他代理人</source>
        <translation>Already has a lawyer or other agent</translation>
    </message>
    <message>
        <source>法定代理人（监护人）</source>
        <translation>Statutory agent (guardian)</translation>
    </message>
    <message>
        <source>近亲属</source>
        <translation>Close relative</translation>
    </message>
    <message>
        <source>律师</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>法律援助机构工作人员</source>
        <translation>Legal-aid agency staff</translation>
    </message>
    <message>
        <source>基层法律服务工作者</source>
        <translation>Grassroots legal service worker</translation>
    </message>
    <message>
        <source>法律援助志愿者</source>
        <translation>Legal-aid volunteer</translation>
    </message>
    <message>
        <source>因经济困难没有委托辩护人</source>
        <translation>No defender because of economic hardship</translation>
    </message>
    <message>
        <source>因其他原因没有委托辩护人</source>
        <translation>No defender for other reasons</translation>
    </message>
    <message>
        <source>人民检察院</source>
        <translation>People&apos;s procuratorate</translation>
    </message>
    <message>
        <source>公安机关</source>
        <translation>Public security organ</translation>
    </message>
    <message>
        <source>未成年人（第二十五条第一款第（一）项）</source>
        <translation>Minor (Art. 25(1)(1))</translation>
    </message>
    <message>
        <source>视力、听力、言语残疾人（第二十五条第一款第（二）项）</source>
        <translation>Blind, deaf or mute person (Art. 25(1)(2))</translation>
    </message>
    <message>
        <source>不能完全辨认自己行为的成年人（第二十五条第一款第（三）项）</source>
        <translation>Adult not fully able to understand their conduct (Art. 25(1)(3))</translation>
    </message>
    <message>
        <source>可能被判处无期徒刑、死刑的人（第二十五条第一款第（四）项）</source>
        <translation>Facing possible life imprisonment or death (Art. 25(1)(4))</translation>
    </message>
    <message>
        <source>申请法律援助的死刑复核案件被告人（第二十五条第一款第（五）项）</source>
        <translation>Defendant in a death-penalty review asking for aid (Art. 25(1)(5))</translation>
    </message>
    <message>
        <source>缺席审判案件的被告人（第二十五条第一款第（六）项）</source>
        <translation>Defendant tried in absentia (Art. 25(1)(6))</translation>
    </message>
    <message>
        <source>其他适用普通程序审理的刑事案件被告人没有委托辩护人（第二十五条第二款）</source>
        <translation>Other defendant in ordinary procedure without a defender (Art. 25(2))</translation>
    </message>
    <message>
        <source>强制医疗案件（第二十八条）</source>
        <translation>Compulsory medical treatment (Art. 28)</translation>
    </message>
    <message>
        <source>受援人以欺骗或者其他不正当手段获得法律援助</source>
        <translation>The aided person obtained aid by deception or other improper means</translation>
    </message>
    <message>
        <source>受援人故意隐瞒与案件有关的重要事实或者提供虚假证据</source>
        <translation>The aided person deliberately concealed important facts or gave false evidence</translation>
    </message>
    <message>
        <source>受援人利用法律援助从事违法活动</source>
        <translation>The aided person used legal aid for unlawful activities</translation>
    </message>
    <message>
        <source>受援人的经济状况发生变化，不再符合法律援助条件</source>
        <translation>The aided person&apos;s finances changed and no longer qualify</translation>
    </message>
    <message>
        <source>案件终止审理或者已经被撤销</source>
        <translation>The case was terminated or withdrawn</translation>
    </message>
    <message>
        <source>受援人自行委托律师或者其他代理人</source>
        <translation>The aided person hired a lawyer or other agent</translation>
    </message>
    <message>
        <source>受援人有正当理由要求终止法律援助</source>
        <translation>The aided person asked, with good reason, to end the aid</translation>
    </message>
    <message>
        <source>法律法规规定的其他情形</source>
        <translation>Other grounds set by law or regulation</translation>
    </message>
    <message>
        <source>尚未审查</source>
        <translation>Not reviewed yet</translation>
    </message>
    <message>
        <source>经核查符合经济困难标准</source>
        <translation>Verified: meets the hardship standard</translation>
    </message>
    <message>
        <source>申请人作出诚信承诺</source>
        <translation>Applicant gave an integrity pledge</translation>
    </message>
    <message>
        <source>经审查不符合经济困难标准</source>
        <translation>Reviewed: does not meet the hardship standard</translation>
    </message>
    <message>
        <source>第四十八条第（一）项</source>
        <translation>Art. 48(1)</translation>
    </message>
    <message>
        <source>第四十八条第（二）项</source>
        <translation>Art. 48(2)</translation>
    </message>
    <message>
        <source>第四十八条第（三）项</source>
        <translation>Art. 48(3)</translation>
    </message>
    <message>
        <source>第四十八条第（四）项</source>
        <translation>Art. 48(4)</translation>
    </message>
    <message>
        <source>第四十八条第（五）项</source>
        <translation>Art. 48(5)</translation>
    </message>
    <message>
        <source>第四十八条第（六）项</source>
        <translation>Art. 48(6)</translation>
    </message>
    <message>
        <source>第四十八条第（七）项</source>
        <translation>Art. 48(7)</translation>
    </message>
    <message>
        <source>第四十八条第（八）项</source>
        <translation>Art. 48(8)</translation>
    </message>
    <message>
        <source>判决、裁定或裁决</source>
        <translation>Judgment, ruling or award</translation>
    </message>
    <message>
        <source>调解结案</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>和解</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>撤诉或撤回申请</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>其他方式办结</source>
        <translation>Ended otherwise</translation>
    </message>
    <message>
        <source>判决书、裁定书、仲裁裁决书副本</source>
        <translation>Copy of the judgment, ruling or award</translation>
    </message>
    <message>
        <source>调解书、和解协议副本</source>
        <translation>Copy of the mediation statement or settlement</translation>
    </message>
    <message>
        <source>准予撤诉裁定书或撤回申请材料</source>
        <translation>Ruling allowing withdrawal, or withdrawal papers</translation>
    </message>
    <message>
        <source>起诉状、答辩状、代理词或辩护词</source>
        <translation>Complaint, defence, agent&apos;s or defence statement</translation>
    </message>
    <message>
        <source>会见、阅卷、调查取证笔录</source>
        <translation>Records of meetings, file reading and evidence gathering</translation>
    </message>
    <message>
        <source>其他法律文书</source>
        <translation>Other legal documents</translation>
    </message>
    <message>
        <source>劳动争议、欠薪</source>
        <translation>Labour, unpaid wages</translation>
    </message>
    <message>
        <source>婚姻家庭、赡养抚养</source>
        <translation>Marriage, family, support</translation>
    </message>
    <message>
        <source>人身损害、交通事故</source>
        <translation>Personal injury, traffic accidents</translation>
    </message>
    <message>
        <source>合同、借贷</source>
        <translation>Contracts, loans</translation>
    </message>
    <message>
        <source>房产、邻里、土地</source>
        <translation>Housing, neighbours, land</translation>
    </message>
    <message>
        <source>社会保险、社会救助</source>
        <translation>Social insurance, assistance</translation>
    </message>
    <message>
        <source>刑事</source>
        <translation>Criminal</translation>
    </message>
    <message>
        <source>行政争议</source>
        <translation>Administrative disputes</translation>
    </message>
    <message>
        <source>法律援助条件与申请</source>
        <translation>Legal-aid conditions and applying</translation>
    </message>
    <message>
        <source>解答完毕</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>引导申请法律援助</source>
        <translation>Guided to apply for legal aid</translation>
    </message>
    <message>
        <source>引导至其他机构</source>
        <translation>Referred elsewhere</translation>
    </message>
    <message>
        <source>公民</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>单位（法人或其他组织）</source>
        <translation>Unit (legal person or other organisation)</translation>
    </message>
    <message>
        <source>法律援助是国家为经济困难公民和符合法定条件的其他当事人无偿提供法律服务的制度；申请人为单位，不属于法律援助的对象</source>
        <translation>Legal aid is free legal service the state provides to citizens in economic hardship and other parties the law names; the applicant is a unit, which is not a legal-aid applicant</translation>
    </message>
    <message>
        <source>《法律援助法》第二条</source>
        <translation>Legal Aid Law Art. 2</translation>
    </message>
    <message>
        <source>申请人主动撤回申请</source>
        <translation>Applicant withdrew the application</translation>
    </message>
    <message>
        <source>逾期未补充材料，视为撤回申请</source>
        <translation>Materials not supplied in time: deemed withdrawn</translation>
    </message>
    <message>
        <source>低保家庭</source>
        <translation>Subsistence-allowance household</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>网格员</source>
        <translation>Grid warden</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>网格中心</source>
        <translation>Grid centre</translation>
    </message>
    <message>
        <source>请选择事件类别</source>
        <translation>Choose the event category</translation>
    </message>
    <message>
        <source>请描述事件情况</source>
        <translation>Describe the event</translation>
    </message>
    <message>
        <source>事件描述过长（最多 4000 字）</source>
        <translation>Description too long (4,000 characters at most)</translation>
    </message>
    <message>
        <source>请选择工单来源渠道</source>
        <translation>Choose the order&apos;s channel</translation>
    </message>
    <message>
        <source>12345 热线工单须填写热线工单编号</source>
        <translation>A 12345 order needs the hotline&apos;s order number</translation>
    </message>
    <message>
        <source>热线工单编号过长</source>
        <translation>The hotline order number is too long</translation>
    </message>
    <message>
        <source>请选择紧急程度</source>
        <translation>Choose the urgency</translation>
    </message>
    <message>
        <source>关联的走访记录不存在</source>
        <translation>The linked visit does not exist</translation>
    </message>
    <message>
        <source>该户已不存在（可能已被注销）</source>
        <translation>This household no longer exists (it may have been closed)</translation>
    </message>
    <message>
        <source>事件已变为「{status}」，请刷新后再操作</source>
        <translation>The event is now &quot;{status}&quot;; refresh and try again</translation>
    </message>
    <message>
        <source>所选部门不存在</source>
        <translation>The chosen department does not exist</translation>
    </message>
    <message>
        <source>本工单已是其他工单的主工单，不能再并入别的工单</source>
        <translation>This order is the master of others and cannot be merged under another</translation>
    </message>
    <message>
        <source>只有网格中心可以修改工单时限</source>
        <translation>Only the grid centre may change the time limits</translation>
    </message>
    <message>
        <source>附件不在本机（尚未下载或无效）</source>
        <translation>The attachment is not on this computer (not downloaded yet, or invalid)</translation>
    </message>
    <message>
        <source>附件已损坏或被改动，已拒绝打开</source>
        <translation>The attachment is damaged or was altered; it was not opened</translation>
    </message>
    <message>
        <source>该事件不存在</source>
        <translation>This event does not exist</translation>
    </message>
    <message>
        <source>请填写地址</source>
        <translation>Enter the address</translation>
    </message>
    <message>
        <source>地址过长（最多 200 字）</source>
        <translation>Address too long (200 characters at most)</translation>
    </message>
    <message>
        <source>请选择所属微网格</source>
        <translation>Choose the micro-grid</translation>
    </message>
    <message>
        <source>未知的标签：{tags}</source>
        <translation>Unknown tags: {tags}</translation>
    </message>
    <message>
        <source>请填写姓名</source>
        <translation>Enter the name</translation>
    </message>
    <message>
        <source>请填写申请人姓名</source>
        <translation>Enter the applicant&apos;s name</translation>
    </message>
    <message>
        <source>姓名过长</source>
        <translation>Name too long</translation>
    </message>
    <message>
        <source>请填写申请人的身份证号</source>
        <translation>Enter the applicant&apos;s ID number</translation>
    </message>
    <message>
        <source>请选择代理人与申请人的关系</source>
        <translation>Choose the agent&apos;s relation to the applicant</translation>
    </message>
    <message>
        <source>请填写代理人姓名</source>
        <translation>Enter the agent&apos;s name</translation>
    </message>
    <message>
        <source>金额应为数字（元），如 12800 或 3500.50</source>
        <translation>Enter the amount as a number (yuan), e.g. 12800 or 3500.50</translation>
    </message>
    <message>
        <source>未知的材料：{items}</source>
        <translation>Unknown materials: {items}</translation>
    </message>
    <message>
        <source>请选择申请事项</source>
        <translation>Choose the matter</translation>
    </message>
    <message>
        <source>请选择程序类别</source>
        <translation>Choose the proceeding</translation>
    </message>
    <message>
        <source>请简述案情及请求</source>
        <translation>Summarise the facts and claims</translation>
    </message>
    <message>
        <source>案情过长（最多 4000 字）</source>
        <translation>Facts too long (4,000 characters at most)</translation>
    </message>
    <message>
        <source>请选择受理窗口</source>
        <translation>Choose the receiving window</translation>
    </message>
    <message>
        <source>统一社会信用代码有误（18 位，末位为校验码）</source>
        <translation>Invalid unified social credit code (18 characters, the last is a check character)</translation>
    </message>
    <message>
        <source>请选择申请人类别</source>
        <translation>Choose the applicant type</translation>
    </message>
    <message>
        <source>依据过长（最多 200 字）</source>
        <translation>Basis too long (at most 200 characters)</translation>
    </message>
    <message>
        <source>诉讼事项须填写受理法院：据此确定管辖的法律援助机构（第三十八条）</source>
        <translation>Litigation matters need the court: it decides the competent legal-aid agency (Art. 38)</translation>
    </message>
    <message>
        <source>请选择没有委托辩护人的原因：经济困难或者其他原因（第二十四条）</source>
        <translation>Choose why there is no defender: economic hardship or other reasons (Art. 24)</translation>
    </message>
    <message>
        <source>被羁押人员的申请须填写其提交给监管场所的时间和本机构收到的时间（第三十九条）</source>
        <translation>For a detainee&apos;s application enter when it was handed to the custody and when it reached this agency (Art. 39)</translation>
    </message>
    <message>
        <source>收到转交的时间不能早于申请人提交的时间</source>
        <translation>It cannot have been received before it was handed in</translation>
    </message>
    <message>
        <source>通知辩护（代理）不经申请：请用「登记通知」录入办案机关的通知（第二十五条、第三十六条）</source>
        <translation>Notified cases are not applied for: use &quot;Record notice&quot; to enter the handling body&apos;s notice (Arts. 25, 36)</translation>
    </message>
    <message>
        <source>该法律援助申请不存在或已作废</source>
        <translation>This legal-aid application does not exist or has been voided</translation>
    </message>
    <message>
        <source>申请已变为「{status}」，请刷新后再操作</source>
        <translation>The application is now &quot;{status}&quot;; refresh and try again</translation>
    </message>
    <message>
        <source>请选择发出通知的机关</source>
        <translation>Choose the notifying body</translation>
    </message>
    <message>
        <source>请填写发出通知的机关名称</source>
        <translation>Enter the name of the notifying body</translation>
    </message>
    <message>
        <source>请填写通知书的文号</source>
        <translation>Enter the notice reference</translation>
    </message>
    <message>
        <source>收到通知的日期不能晚于今天</source>
        <translation>The notice cannot be received after today</translation>
    </message>
    <message>
        <source>请选择通知辩护（代理）的情形（第二十五条、第二十八条）</source>
        <translation>Choose the ground of the notice (Arts. 25, 28)</translation>
    </message>
    <message>
        <source>请填写群体案件名称</source>
        <translation>Enter the group case name</translation>
    </message>
    <message>
        <source>第 {n} 行：{errors}</source>
        <translation>Row {n}: {errors}</translation>
    </message>
    <message>
        <source>请至少录入一名申请人</source>
        <translation>Enter at least one applicant</translation>
    </message>
    <message>
        <source>申请人名单有误：{rows}</source>
        <translation>Errors in the applicant list: {rows}</translation>
    </message>
    <message>
        <source>所选受理窗口不存在</source>
        <translation>The chosen window does not exist</translation>
    </message>
    <message>
        <source>所选法律援助机构不存在</source>
        <translation>The chosen legal-aid agency does not exist</translation>
    </message>
    <message>
        <source>请选择申请人</source>
        <translation>Choose applicants</translation>
    </message>
    <message>
        <source>{name}：{reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>未知的文书</source>
        <translation>Unknown document</translation>
    </message>
    <message>
        <source>请选择与户主关系</source>
        <translation>Choose the relation to the head of household</translation>
    </message>
    <message>
        <source>所选微网格不存在</source>
        <translation>The chosen micro-grid does not exist</translation>
    </message>
    <message>
        <source>请填写迁出或注销原因</source>
        <translation>Enter why the resident moved out or is removed</translation>
    </message>
    <message>
        <source>请选择关怀原因</source>
        <translation>Choose the reason for care</translation>
    </message>
    <message>
        <source>走访频次应在 1–365 天之间</source>
        <translation>Visit frequency must be 1–365 days</translation>
    </message>
    <message>
        <source>该居民已不存在（可能已迁出）</source>
        <translation>This resident no longer exists (may have moved out)</translation>
    </message>
    <message>
        <source>该户已有户主（{name}），一户只能有一位户主</source>
        <translation>This household already has a head ({name}); a household has only one head</translation>
    </message>
    <message>
        <source>该身份证号已登记：{name}（{address}）</source>
        <translation>This ID number is already registered: {name} ({address})</translation>
    </message>
    <message>
        <source>磁盘空间不足，未能保存。请清理磁盘后重试，已填写的内容仍保留。</source>
        <translation>Not saved: the disk is full. Free some space and try again; what you typed is kept.</translation>
    </message>
    <message>
        <source>数据文件为只读，未能保存。请检查数据目录的权限。</source>
        <translation>Not saved: the data file is read-only. Check the permissions of the data folder.</translation>
    </message>
    <message>
        <source>数据文件正被其他程序占用，未能保存，请稍后重试。</source>
        <translation>Not saved: the data file is in use by another program. Try again shortly.</translation>
    </message>
    <message>
        <source>上一轮巡查尚未结束，请先结束再开始新的一轮</source>
        <translation>The last round is not finished: finish it before starting another</translation>
    </message>
    <message>
        <source>该专项走访不存在</source>
        <translation>That campaign does not exist</translation>
    </message>
    <message>
        <source>请选择走访结果</source>
        <translation>Choose the visit&apos;s outcome</translation>
    </message>
    <message>
        <source>请选择走访事由</source>
        <translation>Choose the purpose of the visit</translation>
    </message>
    <message>
        <source>情况记录过长（最多 4000 字）</source>
        <translation>Findings too long (4,000 characters at most)</translation>
    </message>
    <message>
        <source>该轮巡查不存在</source>
        <translation>That round does not exist</translation>
    </message>
    <message>
        <source>这一轮巡查已经结束</source>
        <translation>This round has already finished</translation>
    </message>
    <message>
        <source>只有网格中心可以发起专项走访</source>
        <translation>Only the grid centre may set up a campaign</translation>
    </message>
    <message>
        <source>请填写专项走访名称</source>
        <translation>Enter the campaign&apos;s name</translation>
    </message>
    <message>
        <source>请选择专项类别</source>
        <translation>Choose the campaign&apos;s kind</translation>
    </message>
    <message>
        <source>结束日期不能早于开始日期</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <source>请至少选择一个微网格</source>
        <translation>Choose at least one micro-grid</translation>
    </message>
    <message>
        <source>未知的住户标签</source>
        <translation>Unknown household tag</translation>
    </message>
    <message>
        <source>走访时间不能晚于现在</source>
        <translation>The visit time cannot be in the future</translation>
    </message>
    <message>
        <source>只能补录 30 天内的走访</source>
        <translation>Only visits of the last 30 days can be recorded late</translation>
    </message>
    <message>
        <source>回访日期不能早于今天</source>
        <translation>The follow-up date cannot be before today</translation>
    </message>
    <message>
        <source>被走访人不属于该户</source>
        <translation>The person visited is not in this household</translation>
    </message>
    <message>
        <source>请填写作废原因</source>
        <translation>Enter the reason for voiding</translation>
    </message>
    <message>
        <source>该走访记录不存在或已作废</source>
        <translation>This visit does not exist or has been voided</translation>
    </message>
    <message>
        <source>地区码 {code} 不在现行代码表中（可能已撤销），请核对</source>
        <translation>Region code {code} is not in the current code list (it may have been retired); please check</translation>
    </message>
    <message>
        <source>身份证号中的出生日期无效</source>
        <translation>The birth date in the ID number is invalid</translation>
    </message>
    <message>
        <source>地区码 {code}（{name}）不在现行代码表中（已撤销或调整），号码可能仍有效，请核对</source>
        <translation>Region code {code} ({name}) is not in the current code table (abolished or changed); the number may still be valid, please check</translation>
    </message>
    <message>
        <source>按出生日期计算已满 {age} 岁，请核对出生日期是否录错</source>
        <translation>by the birth date the holder is {age}: check that the birth date was entered correctly</translation>
    </message>
    <message>
        <source>{first}；{second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>15 位身份证号只能由数字组成</source>
        <translation>A 15-digit ID number may contain digits only</translation>
    </message>
    <message>
        <source>身份证号应为 18 位（现为 {n} 位）</source>
        <translation>An ID number has 18 characters (this one has {n})</translation>
    </message>
    <message>
        <source>身份证号前 17 位须为数字，最后一位为数字或 X</source>
        <translation>The first 17 characters of an ID number must be digits; the last is a digit or X</translation>
    </message>
    <message>
        <source>身份证号校验位不正确，请逐位核对</source>
        <translation>The ID number&apos;s check digit is wrong; please check it digit by digit</translation>
    </message>
    <message>
        <source>电话号码只能包含数字（可带 +86）</source>
        <translation>A phone number may contain digits only (+86 allowed)</translation>
    </message>
    <message>
        <source>无法识别的电话号码</source>
        <translation>Unrecognised phone number</translation>
    </message>
    <message>
        <source>手机号应为 11 位，以 13–19 开头</source>
        <translation>A mobile number has 11 digits and starts with 13–19</translation>
    </message>
    <message>
        <source>该手机号段不存在，请核对</source>
        <translation>No such mobile number range; please check</translation>
    </message>
    <message>
        <source>与第 {n} 行的身份证号重复</source>
        <translation>Same ID number as row {n}</translation>
    </message>
    <message>
        <source>无法读取该文件：请选择 .xlsx 格式的 Excel 表格</source>
        <translation>Cannot read this file: choose an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>表格前 10 行中没有找到「姓名」和「身份证号」两列的表头</source>
        <translation>No &quot;Name&quot; and &quot;ID number&quot; column headers found in the first 10 rows</translation>
    </message>
    <message>
        <source>表格中没有申请人</source>
        <translation>The sheet has no applicants</translation>
    </message>
    <message>
        <source>第四十二条第（一）项</source>
        <translation>Art. 42(1)</translation>
    </message>
    <message>
        <source>第四十二条第（二）项</source>
        <translation>Art. 42(2)</translation>
    </message>
    <message>
        <source>姓名：{value}</source>
        <translation>Name: {value}</translation>
    </message>
    <message>
        <source>联系电话：{value}</source>
        <translation>Phone: {value}</translation>
    </message>
    <message>
        <source>住址：{value}</source>
        <translation>Address: {value}</translation>
    </message>
    <message>
        <source>低保对象：凭低保证明免予核查经济困难状况（{article}）</source>
        <translation>Subsistence allowance recipient: with proof of the allowance, hardship is not checked ({article})</translation>
    </message>
    <message>
        <source>特困人员：凭特困供养证明免予核查经济困难状况（{article}）</source>
        <translation>Extreme-poverty recipient: with proof of support, hardship is not checked ({article})</translation>
    </message>
    <message>
        <source>残疾人：无固定生活来源的，免予核查经济困难状况（{article}）</source>
        <translation>Person with a disability: without fixed income, hardship is not checked ({article})</translation>
    </message>
    <message>
        <source>未成年人（{age} 岁）：无固定生活来源的，免予核查经济困难状况（{article}）；应由法定代理人代为申请</source>
        <translation>Minor (age {age}): without fixed income, hardship is not checked ({article}); the statutory agent should apply on their behalf</translation>
    </message>
    <message>
        <source>调解期限（一个月，惯例）</source>
        <translation>Mediation period (one month, practice)</translation>
    </message>
    <message>
        <source>委派调解期限（诉前30日）</source>
        <translation>Pre-filing referral period (30 days)</translation>
    </message>
    <message>
        <source>委托调解期限（诉中）</source>
        <translation>In-litigation referral period</translation>
    </message>
    <message>
        <source>受理法院委派/委托（3个工作日）</source>
        <translation>Accept court referral (3 working days)</translation>
    </message>
    <message>
        <source>申请司法确认（协议生效后30日，第三十三条）</source>
        <translation>Apply for judicial confirmation (30 days from effect, Art. 33)</translation>
    </message>
    <message>
        <source>协议履行（第三十一条）</source>
        <translation>Performance of the agreement (Art. 31)</translation>
    </message>
    <message>
        <source>待履行</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>逾期未履行</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已履行</source>
        <translation>Performed</translation>
    </message>
    <message>
        <source>不履行</source>
        <translation>Not performed</translation>
    </message>
    <message>
        <source>该事项已登记履行</source>
        <translation>Performance is already recorded for this obligation</translation>
    </message>
    <message>
        <source>履行日期不能晚于今天</source>
        <translation>The date performed cannot be after today</translation>
    </message>
    <message>
        <source>履行日期不能早于协议达成日期</source>
        <translation>The date performed cannot be before the agreement was reached</translation>
    </message>
    <message>
        <source>该事项已登记履行，不能登记不履行</source>
        <translation>Performance is already recorded for this obligation; non-performance cannot be recorded</translation>
    </message>
    <message>
        <source>该事项已登记不履行</source>
        <translation>Non-performance is already recorded for this obligation</translation>
    </message>
    <message>
        <source>日期不能晚于今天</source>
        <translation>The date cannot be after today</translation>
    </message>
    <message>
        <source>请写明不履行的情况（如义务人明确拒绝、逾期未付款）</source>
        <translation>Describe the non-performance (e.g. the obligor refused outright, payment is overdue)</translation>
    </message>
    <message>
        <source>请记录督促的方式和义务人的答复</source>
        <translation>Record how the obligor was reminded and what they answered</translation>
    </message>
    <message>
        <source>协议已经司法确认：一方拒绝履行或者未全部履行的，对方当事人可以向人民法院申请强制执行</source>
        <translation>The agreement has judicial confirmation: if a party refuses to perform or performs only in part, the other party may apply to the people&apos;s court for enforcement</translation>
    </message>
    <message>
        <source>当事人之间就调解协议的履行发生争议的，一方当事人可以向人民法院提起诉讼（人民调解法第三十二条）</source>
        <translation>If the parties disagree over performance of the agreement, either party may sue in the people&apos;s court (People&apos;s Mediation Law Art. 32)</translation>
    </message>
    <message>
        <source>邻里纠纷</source>
        <translation>Neighbour dispute</translation>
    </message>
    <message>
        <source>婚姻家庭纠纷</source>
        <translation>Marriage and family dispute</translation>
    </message>
    <message>
        <source>物业租赁纠纷</source>
        <translation>Property management or tenancy dispute</translation>
    </message>
    <message>
        <source>劳动争议（欠薪）</source>
        <translation>Labour dispute (unpaid wages)</translation>
    </message>
    <message>
        <source>消费纠纷</source>
        <translation>Consumer dispute</translation>
    </message>
    <message>
        <source>交通事故纠纷</source>
        <translation>Traffic accident dispute</translation>
    </message>
    <message>
        <source>土地纠纷</source>
        <translation>Land dispute</translation>
    </message>
    <message>
        <source>其他纠纷</source>
        <translation>Other dispute</translation>
    </message>
    <message>
        <source>来访受理</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>网格事件转入</source>
        <translation>From a grid event</translation>
    </message>
    <message>
        <source>走访发现</source>
        <translation>Found on a visit</translation>
    </message>
    <message>
        <source>12345工单</source>
        <translation>12345 work order</translation>
    </message>
    <message>
        <source>公安机关移送（警调对接）</source>
        <translation>Police referral</translation>
    </message>
    <message>
        <source>法院委派（诉前）</source>
        <translation>Court referral before filing (委派)</translation>
    </message>
    <message>
        <source>法院委托（诉中）</source>
        <translation>Court referral after filing (委托)</translation>
    </message>
    <message>
        <source>普通程序</source>
        <translation>Ordinary procedure</translation>
    </message>
    <message>
        <source>简易程序</source>
        <translation>Simple procedure</translation>
    </message>
    <message>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>工作站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>被申请人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>自然人</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>委托代理人</source>
        <translation>Authorised agent</translation>
    </message>
    <message>
        <source>法定代理人</source>
        <translation>Statutory agent</translation>
    </message>
    <message>
        <source>不公开调解</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>公开调解</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>仲裁</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <source>行政途径</source>
        <translation>Administrative route</translation>
    </message>
    <message>
        <source>诉讼</source>
        <translation>Litigation</translation>
    </message>
    <message>
        <source>法律、法规规定只能由专门机关管辖处理</source>
        <translation>Law or regulation reserves it to a specialised authority</translation>
    </message>
    <message>
        <source>法律、法规禁止采用民间调解方式解决</source>
        <translation>Law or regulation forbids resolving it by people&apos;s mediation</translation>
    </message>
    <message>
        <source>人民法院、公安机关或其他行政机关已经受理或解决</source>
        <translation>A court, the police or another administrative body has already taken it up or resolved it</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <source>已申请</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>法院不予确认</source>
        <translation>Refused by the court</translation>
    </message>
    <message>
        <source>当事人不申请</source>
        <translation>Parties not applying</translation>
    </message>
    <message>
        <source>书面协议</source>
        <translation>Written agreement</translation>
    </message>
    <message>
        <source>统一社会信用代码应为 18 位（现为 {n} 位）</source>
        <translation>A unified social credit code has 18 characters (this one has {n})</translation>
    </message>
    <message>
        <source>统一社会信用代码校验位不正确，请逐位核对</source>
        <translation>The credit code&apos;s check character is wrong; please check it character by character</translation>
    </message>
    <message>
        <source>统一社会信用代码格式不正确（不含字母 I、O、Z、S、V）</source>
        <translation>Invalid credit code format (the letters I, O, Z, S, V are not used)</translation>
    </message>
    <message>
        <source>涉及身份关系、收养关系、婚姻关系确认的内容，人民法院不予司法确认（法释〔2011〕5号 第四条）</source>
        <translation>Courts do not confirm terms about identity, adoption or marriage relations (Fa Shi [2011] No. 5, Art. 4)</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>住所地</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>法定代表人姓名</source>
        <translation>the legal representative&apos;s name</translation>
    </message>
    <message>
        <source>法定代表人职务</source>
        <translation>Legal representative&apos;s title</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期（年龄）</source>
        <translation>date of birth (age)</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>{name}：缺少{what}（民事诉讼法第一百二十四条）</source>
        <translation>{name}: {what} missing (CPL Art. 124)</translation>
    </message>
    <message>
        <source>{name}：缺少营业执照及法定代表人身份证明</source>
        <translation>{name}: business licence and proof of the legal representative missing</translation>
    </message>
    <message>
        <source>{name}：缺少身份证明</source>
        <translation>{name}: identity proof missing</translation>
    </message>
    <message>
        <source>{name}：代理人{agent}缺少授权委托书及代理人身份证明</source>
        <translation>{name}: power of attorney and ID of the agent {agent} missing</translation>
    </message>
    <message>
        <source>{name}：缺少送达地址（送达地址确认书）</source>
        <translation>{name}: service address missing (service-address form)</translation>
    </message>
    <message>
        <source>{name}：未记录同意电子送达和在线诉讼及其日期（在线诉讼规则第四条、第二十九条）</source>
        <translation>{name}: no consent to electronic service and online litigation with its date (Online Litigation Rules Arts. 4, 29)</translation>
    </message>
    <message>
        <source>未选择受诉人民法院</source>
        <translation>No court chosen</translation>
    </message>
    <message>
        <source>未选择法院管辖的依据</source>
        <translation>No basis of jurisdiction chosen</translation>
    </message>
    <message>
        <source>未确定起诉的原告（第一百二十二条第一项）</source>
        <translation>No plaintiff chosen (Art. 122(1))</translation>
    </message>
    <message>
        <source>{name}是被申请人，不能作为本案原告（第一百二十二条第一项）</source>
        <translation>{name} is a respondent and cannot be the plaintiff (Art. 122(1))</translation>
    </message>
    <message>
        <source>没有明确的被告（第一百二十二条第二项）</source>
        <translation>No defendant named (Art. 122(2))</translation>
    </message>
    <message>
        <source>被告{name}：缺少身份证号、统一社会信用代码或住所，无法与他人区分（民诉法解释第二百零九条）</source>
        <translation>Defendant {name}: no ID number, credit code or domicile to tell them apart (CPL Interpretation Art. 209)</translation>
    </message>
    <message>
        <source>缺少具体的诉讼请求（第一百二十二条第三项）</source>
        <translation>No specific claims (Art. 122(3))</translation>
    </message>
    <message>
        <source>缺少事实与理由（第一百二十四条）</source>
        <translation>No facts and reasons (Art. 124)</translation>
    </message>
    <message>
        <source>要素式起诉状：「{element}」未填写</source>
        <translation>Table-style complaint: “{element}” not filled in</translation>
    </message>
    <message>
        <source>缺少调解不成的记录（在线调解规则第二十一条）</source>
        <translation>No record of the failed mediation (Online Mediation Rules Art. 21)</translation>
    </message>
    <message>
        <source>缺少当事人书面确认的无争议事实（在线调解规则第二十二条）</source>
        <translation>No undisputed facts confirmed in writing (Online Mediation Rules Art. 22)</translation>
    </message>
    <message>
        <source>原告为法律援助受援人，应一并申请缓交、减交或免交诉讼费</source>
        <translation>The plaintiff has legal aid: apply for deferral, reduction or waiver of the court fee</translation>
    </message>
    <message>
        <source>缺少证据目录（证据名称、来源、证明目的、页数）</source>
        <translation>No evidence list (name, source, what it proves, pages)</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>name</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>证明目的</source>
        <translation>What it proves</translation>
    </message>
    <message>
        <source>对应的文件</source>
        <translation>its file</translation>
    </message>
    <message>
        <source>证据{n}「{name}」：缺少{what}</source>
        <translation>Evidence {n} “{name}”: {what} missing</translation>
    </message>
    <message>
        <source>证据目录未列入全部证据文件（已列 {listed} 件，共 {total} 件）</source>
        <translation>The evidence list leaves out evidence files ({listed} of {total} listed)</translation>
    </message>
    <message>
        <source>请选择申请缓交、减交或免交</source>
        <translation>Choose deferral, reduction or waiver</translation>
    </message>
    <message>
        <source>未选择委派或委托调解的人民法院</source>
        <translation>The referring court is not chosen</translation>
    </message>
    <message>
        <source>缺少已签署的调解协议书扫描件</source>
        <translation>No scan of the signed mediation agreement</translation>
    </message>
    <message>
        <source>法院委派调解达成的协议，应向委派调解的人民法院申请司法确认（第二百零五条第一项）</source>
        <translation>An agreement from mediation the court referred goes to that court for confirmation (Art. 205(1))</translation>
    </message>
    <message>
        <source>本纠纷不是法院委派调解的，请按当事人住所地、标的物所在地或调解组织所在地选择法院（第二百零五条第二项）</source>
        <translation>This dispute was not referred by a court: choose the court of a party&apos;s domicile, the subject matter or the mediation body (Art. 205(2))</translation>
    </message>
    <message>
        <source>已超过协议生效后三十日的申请期限（{date}），法院不予受理（人民调解法第三十三条）</source>
        <translation>The 30 days after the agreement took effect ended on {date}; the court will not accept it (People&apos;s Mediation Law Art. 33)</translation>
    </message>
    <message>
        <source>{name}未列为共同申请人：司法确认须由双方当事人共同申请（第二百零五条）</source>
        <translation>{name} is not a joint applicant: both parties must apply jointly (CPL Art. 205)</translation>
    </message>
    <message>
        <source>{name}：缺少联系电话</source>
        <translation>{name}: phone missing</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>代理关系</source>
        <translation>Agent&apos;s relation</translation>
    </message>
    <message>
        <source>代理人电话</source>
        <translation>Agent&apos;s phone</translation>
    </message>
    <message>
        <source>请求金额</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <source>案情及请求</source>
        <translation>Facts and claims</translation>
    </message>
    <message>
        <source>对方当事人</source>
        <translation>Opposing party</translation>
    </message>
    <message>
        <source>对方统一社会信用代码</source>
        <translation>Opposing party&apos;s USCC</translation>
    </message>
    <message>
        <source>受理法院或机关</source>
        <translation>Court or handling body</translation>
    </message>
    <message>
        <source>时效/期限届满日</source>
        <translation>Limitation/deadline expires</translation>
    </message>
    <message>
        <source>时效/期限说明</source>
        <translation>Limitation/deadline note</translation>
    </message>
    <message>
        <source>申请已「{status}」，决定或转交所依据的事项（{fields}）不能再更正；联系电话、住址仍可更正</source>
        <translation>The application is &quot;{status}&quot;: what the decision or hand-over rests on ({fields}) can no longer be corrected; phone and address still can</translation>
    </message>
    <message>
        <source>更正后还须补充「{items}」，但一次性告知书已经发出，不能再次告知（第四十三条）；如确属受理时录错，请作废后重新受理</source>
        <translation>After this correction &quot;{items}&quot; would also be needed, but the missing-materials notice has been issued and cannot be issued again (Art. 43); if the intake was wrong, void the application and take it again</translation>
    </message>
    <message>
        <source>更正后申请材料不再齐全（缺「{items}」），而材料已经补齐、审查期限已经起算；如确属受理时录错，请作废后重新受理</source>
        <translation>After this correction the materials would be incomplete (missing &quot;{items}&quot;), but they were completed and the review period has started; if the intake was wrong, void the application and take it again</translation>
    </message>
    <message>
        <source>申请已「{status}」，不能作废：作废只适用于作出决定或转交之前发现受理录错的申请；已作出的决定只能依法改变（异议，第四十九条；终止援助，第四十八条）</source>
        <translation>The application is &quot;{status}&quot; and cannot be voided: voiding is only for an intake mistake found before a decision or hand-over; a decision made can only be changed as the law provides (objection, Art. 49; ending aid, Art. 48)</translation>
    </message>
    <message>
        <source>符合法律援助条件</source>
        <translation>Eligible for legal aid</translation>
    </message>
    <message>
        <source>待审查经济困难状况</source>
        <translation>Hardship to be reviewed</translation>
    </message>
    <message>
        <source>不符合法律援助条件</source>
        <translation>Not eligible for legal aid</translation>
    </message>
    <message>
        <source>不受经济困难条件限制</source>
        <translation>No hardship condition</translation>
    </message>
    <message>
        <source>免予核查经济困难状况</source>
        <translation>Hardship presumed (no check)</translation>
    </message>
    <message>
        <source>须审查经济困难状况</source>
        <translation>Hardship must be reviewed</translation>
    </message>
    <message>
        <source>不符合经济困难标准</source>
        <translation>Does not meet the hardship standard</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>无固定生活来源的未成年人</source>
        <translation>Minor without fixed income</translation>
    </message>
    <message>
        <source>无固定生活来源的老年人</source>
        <translation>Elderly person without fixed income</translation>
    </message>
    <message>
        <source>无固定生活来源的残疾人</source>
        <translation>Person with a disability without fixed income</translation>
    </message>
    <message>
        <source>社会救助对象（低保、特困等）</source>
        <translation>Social assistance recipient (subsistence allowance, extreme poverty, …)</translation>
    </message>
    <message>
        <source>申请支付劳动报酬或工伤事故人身损害赔偿的进城务工人员</source>
        <translation>Migrant worker claiming labour pay or work-injury compensation</translation>
    </message>
    <message>
        <source>第四十二条第（三）项</source>
        <translation>Art. 42(3)</translation>
    </message>
    <message>
        <source>不属于法律援助事项范围：既非第三十一条、第三十二条所列事项，也非刑事案件</source>
        <translation>Outside the scope of legal aid: not a matter listed in Art. 31 or 32, nor a criminal case</translation>
    </message>
    <message>
        <source>第三十一条、第三十二条</source>
        <translation>Arts. 31, 32</translation>
    </message>
    <message>
        <source>「{matter}」须注明规定该事项的法律、法规或规章</source>
        <translation>&quot;{matter}&quot; needs the law, regulation or rule that provides for it</translation>
    </message>
    <message>
        <source>属于法律援助事项：{matter}（依据：{basis}）</source>
        <translation>A legal-aid matter: {matter} (basis: {basis})</translation>
    </message>
    <message>
        <source>属于法律援助事项：{matter}</source>
        <translation>A legal-aid matter: {matter}</translation>
    </message>
    <message>
        <source>申请人已委托代理人；第三十二条事项不以没有代理人为条件，请核实是否仍需援助</source>
        <translation>The applicant has an agent; Art. 32 matters do not require having none, so check whether aid is still needed</translation>
    </message>
    <message>
        <source>第三十二条</source>
        <translation>Art. 32</translation>
    </message>
    <message>
        <source>申请人没有委托代理人</source>
        <translation>The applicant has no agent</translation>
    </message>
    <message>
        <source>第三十一条</source>
        <translation>Art. 31</translation>
    </message>
    <message>
        <source>通知辩护（代理），不审查经济困难状况</source>
        <translation>Notified case, no hardship review</translation>
    </message>
    <message>
        <source>法律、法规、规章规定的其他人员</source>
        <translation>Other persons named by law, regulation or rule</translation>
    </message>
    <message>
        <source>第四十二条第（四）项</source>
        <translation>Art. 42(4)</translation>
    </message>
    <message>
        <source>第二条</source>
        <translation>Art. 2</translation>
    </message>
    <message>
        <source>申请人已委托代理人，不符合「没有委托代理人」的条件</source>
        <translation>The applicant has an agent, so does not meet the &quot;no agent&quot; condition</translation>
    </message>
    <message>
        <source>通知辩护（代理）：无需申请，不审查经济困难状况；收到通知之日起三日内指派</source>
        <translation>Notified case: no application, no hardship review; assign within 3 days of the notice</translation>
    </message>
    <message>
        <source>第二十五条、第二十八条、第三十六条</source>
        <translation>Arts. 25, 28, 36</translation>
    </message>
    <message>
        <source>因经济困难以外的其他原因没有委托辩护人：不以经济困难为条件</source>
        <translation>No defender for reasons other than hardship: hardship is not a condition</translation>
    </message>
    <message>
        <source>不受经济困难条件的限制</source>
        <translation>Not subject to the hardship condition</translation>
    </message>
    <message>
        <source>免予核查经济困难状况：{ground}，证明材料已提供</source>
        <translation>Hardship not checked: {ground}, proof provided</translation>
    </message>
    <message>
        <source>申请人属于{ground}，但缺少证明材料（{missing}）：补齐后免予核查，否则须审查经济困难状况</source>
        <translation>Applicant qualifies as &quot;{ground}&quot; but proof is missing ({missing}): once supplied, hardship is not checked; otherwise it must be reviewed</translation>
    </message>
    <message>
        <source>第四十一条</source>
        <translation>Art. 41</translation>
    </message>
    <message>
        <source>申请人已如实说明经济困难状况并作出诚信承诺</source>
        <translation>The applicant declared their hardship truthfully and gave an integrity pledge</translation>
    </message>
    <message>
        <source>须审查申请人的经济困难状况</source>
        <translation>The applicant&apos;s hardship must be reviewed</translation>
    </message>
    <message>
        <source>申请人应如实说明经济困难状况；可通过信息共享查询核查，也可由申请人作出个人诚信承诺</source>
        <translation>The applicant must declare their hardship truthfully; it can be verified through data sharing, or the applicant can give a personal integrity pledge</translation>
    </message>
    <message>
        <source>时效或期限</source>
        <translation>Limitation period or deadline</translation>
    </message>
    <message>
        <source>{what}已于 {day} 届满（已过 {n} 日），请立即核实</source>
        <translation>{what} expired on {day} ({n} days ago); check immediately</translation>
    </message>
    <message>
        <source>第四十四条第（一）项</source>
        <translation>Art. 44(1)</translation>
    </message>
    <message>
        <source>距{what}届满不足七日（剩 {n} 日，{day}），可以先行提供法律援助</source>
        <translation>{what} expires in under 7 days ({n} left, {day}): aid may be provided in advance</translation>
    </message>
    <message>
        <source>属于规定可以先行提供法律援助的其他情形（依据：{basis}）</source>
        <translation>Another situation where aid may start in advance (basis: {basis})</translation>
    </message>
    <message>
        <source>第四十四条第（三）项</source>
        <translation>Art. 44(3)</translation>
    </message>
    <message>
        <source>需要立即申请财产保全、证据保全或者先予执行，可以先行提供法律援助</source>
        <translation>Property or evidence preservation or advance enforcement must be applied for at once: aid may be provided in advance</translation>
    </message>
    <message>
        <source>第四十四条第（二）项</source>
        <translation>Art. 44(2)</translation>
    </message>
    <message>
        <source>进城务工人员仅在请求支付劳动报酬或工伤事故人身损害赔偿时免予核查经济困难状况</source>
        <translation>A migrant worker&apos;s hardship is presumed only when claiming labour pay or work-injury compensation</translation>
    </message>
    <message>
        <source>通城通办：本事项由{agency}管辖，本窗口受理后转交</source>
        <translation>City-wide handling: {agency} is competent; this window receives and forwards it</translation>
    </message>
    <message>
        <source>其他法律援助机构</source>
        <translation>another legal-aid agency</translation>
    </message>
    <message>
        <source>第三十八条</source>
        <translation>Art. 38</translation>
    </message>
    <message>
        <source>申请材料不齐全，缺 {n} 项：须一次性告知申请人补充</source>
        <translation>Materials incomplete, {n} missing: tell the applicant in one missing-materials notice</translation>
    </message>
    <message>
        <source>第四十三条</source>
        <translation>Art. 43</translation>
    </message>
    <message>
        <source>已收到办案机关的通知，无需申请材料</source>
        <translation>The handling body&apos;s notice is in; no application materials needed</translation>
    </message>
    <message>
        <source>第三十六条</source>
        <translation>Art. 36</translation>
    </message>
    <message>
        <source>申请材料齐全</source>
        <translation>Materials complete</translation>
    </message>
    <message>
        <source>申请人为退役军人：可由退役军人法律援助工作站协助办理</source>
        <translation>The applicant is a veteran: the veterans&apos; legal-aid workstation can help</translation>
    </message>
    <message>
        <source>可由巾帼（妇女）法律援助工作站协助办理</source>
        <translation>The women&apos;s (巾帼) legal-aid workstation can help</translation>
    </message>
    <message>
        <source>被羁押人员的申请由办案机关或监管场所于 {h} 小时内转交，未超过二十四小时</source>
        <translation>The detainee&apos;s application was forwarded by the handling body or custody in {h} hours, within 24 hours</translation>
    </message>
    <message>
        <source>第三十九条</source>
        <translation>Art. 39</translation>
    </message>
    <message>
        <source>被羁押人员的申请转交用时 {h} 小时，超过二十四小时：请记录并向办案机关或监管场所反馈</source>
        <translation>Forwarding the detainee&apos;s application took {h} hours, more than 24: record it and tell the handling body or custody</translation>
    </message>
    <message>
        <source>待补材料</source>
        <translation>Awaiting materials</translation>
    </message>
    <message>
        <source>审查中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>待转交</source>
        <translation>To forward</translation>
    </message>
    <message>
        <source>已转交</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>已决定援助</source>
        <translation>Aid granted</translation>
    </message>
    <message>
        <source>已指派</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>不予援助</source>
        <translation>Aid refused</translation>
    </message>
    <message>
        <source>异议审查中</source>
        <translation>Objection under review</translation>
    </message>
    <message>
        <source>已终止</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>待指派（通知辩护）</source>
        <translation>To assign (notified)</translation>
    </message>
    <message>
        <source>待结案</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>收件</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>材料补齐</source>
        <translation>Materials completed</translation>
    </message>
    <message>
        <source>转交</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>先行援助</source>
        <translation>Aid in advance</translation>
    </message>
    <message>
        <source>决定援助</source>
        <translation>Grant aid</translation>
    </message>
    <message>
        <source>不予援助</source>
        <comment>action</comment>
        <translation>Refuse aid</translation>
    </message>
    <message>
        <source>指派</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>登记异议</source>
        <translation>Record objection</translation>
    </message>
    <message>
        <source>维持原决定</source>
        <translation>Uphold decision</translation>
    </message>
    <message>
        <source>责令改正</source>
        <translation>Order correction</translation>
    </message>
    <message>
        <source>终止援助</source>
        <translation>End aid</translation>
    </message>
    <message>
        <source>更换援助人员</source>
        <translation>Replace aid worker</translation>
    </message>
    <message>
        <source>承办事项结束</source>
        <translation>Matter ended</translation>
    </message>
    <message>
        <source>结案归档</source>
        <translation>Close and file</translation>
    </message>
    <message>
        <source>出具文书</source>
        <translation>Issue document</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>补充材料截止（逾期视为撤回，第四十三条）</source>
        <translation>Materials due (else deemed withdrawn, Art. 43)</translation>
    </message>
    <message>
        <source>作出决定期限（七日，第四十三条）</source>
        <translation>Decision due (7 days, Art. 43)</translation>
    </message>
    <message>
        <source>转交期限（通城通办，第三十八条）</source>
        <translation>Forwarding due (city-wide handling, Art. 38)</translation>
    </message>
    <message>
        <source>指派期限（三日，第四十三条）</source>
        <translation>Assignment due (3 days, Art. 43)</translation>
    </message>
    <message>
        <source>异议审查期限（五日，第四十九条）</source>
        <translation>Objection review due (5 days, Art. 49)</translation>
    </message>
    <message>
        <source>指派期限（收到通知之日起三日，第三十六条）</source>
        <translation>Assignment due (3 days of the notice, Art. 36)</translation>
    </message>
    <message>
        <source>结案期限（事项结束之日起三十日，第五十条）</source>
        <translation>Closing due (30 days after the matter ended, Art. 50)</translation>
    </message>
    <message>
        <source>申请当前为「{status}」，不能{action}</source>
        <translation>The application is &quot;{status}&quot;: &quot;{action}&quot; is not possible</translation>
    </message>
    <message>
        <source>材料仍不齐全：{items}</source>
        <translation>Materials still incomplete: {items}</translation>
    </message>
    <message>
        <source>转交须选择有管辖权的法律援助机构（第三十八条）</source>
        <translation>Choose the competent legal-aid agency to forward to (Art. 38)</translation>
    </message>
    <message>
        <source>请填写接收人，交接须留痕</source>
        <translation>Enter who received it: every hand-over is recorded</translation>
    </message>
    <message>
        <source>只有距时效或期限届满不足七日、或需要立即申请保全时，才能先行提供法律援助（第四十四条）</source>
        <translation>Aid can be provided in advance only when fewer than 7 days remain to a limitation period or deadline, or preservation must be applied for at once (Art. 44)</translation>
    </message>
    <message>
        <source>请填写先行提供援助的法律援助人员</source>
        <translation>Enter the legal-aid worker providing aid in advance</translation>
    </message>
    <message>
        <source>不予法律援助须书面说明理由（第四十三条）</source>
        <translation>A refusal needs written reasons (Art. 43)</translation>
    </message>
    <message>
        <source>请写明不予援助所依据的条款</source>
        <translation>Enter the articles the refusal rests on</translation>
    </message>
    <message>
        <source>请填写承办的法律援助人员</source>
        <translation>Enter the legal-aid worker handling it</translation>
    </message>
    <message>
        <source>请选择法律援助人员的类别</source>
        <translation>Choose the kind of legal-aid worker</translation>
    </message>
    <message>
        <source>指派律师须填写所在律师事务所</source>
        <translation>Assigning a lawyer needs their law firm</translation>
    </message>
    <message>
        <source>已就该决定提出过异议；对维持决定不服的，可依法申请行政复议或者提起行政诉讼（第四十九条）</source>
        <translation>An objection to this decision was already made; against an upheld decision the applicant may apply for administrative review or bring an administrative suit (Art. 49)</translation>
    </message>
    <message>
        <source>请填写司法行政部门收到异议的日期</source>
        <translation>Enter the date the justice bureau received the objection</translation>
    </message>
    <message>
        <source>收到异议的日期不能晚于今天</source>
        <translation>The date the objection was received cannot be after today</translation>
    </message>
    <message>
        <source>请记录异议的内容</source>
        <translation>Record what the objection says</translation>
    </message>
    <message>
        <source>请记录司法行政部门的审查意见</source>
        <translation>Record the justice bureau&apos;s review opinion</translation>
    </message>
    <message>
        <source>请选择撤回的原因</source>
        <translation>Choose the reason for withdrawal</translation>
    </message>
    <message>
        <source>没有发出补充材料通知，不能视为撤回</source>
        <translation>No missing-materials notice was issued, so it cannot be deemed withdrawn</translation>
    </message>
    <message>
        <source>补充材料的期限到 {day} 为止，期满前不能视为撤回</source>
        <translation>Materials may be supplied until {day}; before then it cannot be deemed withdrawn</translation>
    </message>
    <message>
        <source>请选择终止法律援助的情形（第四十八条）</source>
        <translation>Choose the ground for ending legal aid (Art. 48)</translation>
    </message>
    <message>
        <source>终止法律援助须作出书面决定，写明事实和理由（第四十八条）</source>
        <translation>Terminating aid needs a written decision with the facts and reasons (Art. 48)</translation>
    </message>
    <message>
        <source>请记录受援人请求更换法律援助人员的理由（第五十五条）</source>
        <translation>Record why the recipient asks to replace the aid worker (Art. 55)</translation>
    </message>
    <message>
        <source>请填写新的法律援助人员</source>
        <translation>Enter the new aid worker</translation>
    </message>
    <message>
        <source>新的法律援助人员与原承办人员相同</source>
        <translation>The new aid worker is the same as the previous one</translation>
    </message>
    <message>
        <source>请填写承办事项结束的日期</source>
        <translation>Enter the day the matter ended</translation>
    </message>
    <message>
        <source>承办事项结束的日期不能晚于今天</source>
        <translation>The matter cannot end after today</translation>
    </message>
    <message>
        <source>承办事项结束的日期不能早于指派日期 {day}</source>
        <translation>The matter cannot end before the assignment on {day}</translation>
    </message>
    <message>
        <source>请选择案件的办理结果</source>
        <translation>Choose how the case ended</translation>
    </message>
    <message>
        <source>请填写结案报告的主要内容（第五十条）</source>
        <translation>Enter the closing report (Art. 50)</translation>
    </message>
    <message>
        <source>结案须提交有关法律文书（第五十条）：请勾选已提交的文书</source>
        <translation>Closing needs the legal documents (Art. 50): tick those handed in</translation>
    </message>
    <message>
        <source>行政案件结案须注明行政争议是否实质性化解</source>
        <translation>For an administrative case say whether the dispute was resolved in substance</translation>
    </message>
    <message>
        <source>该事项不属于法律援助事项范围，不能决定给予法律援助</source>
        <translation>This matter is outside the scope of legal aid; aid cannot be granted</translation>
    </message>
    <message>
        <source>申请材料不齐全，不能作出决定</source>
        <translation>Materials are incomplete; no decision can be made</translation>
    </message>
    <message>
        <source>不符合法律援助条件：{reasons}</source>
        <translation>Not eligible for legal aid: {reasons}</translation>
    </message>
    <message>
        <source>须先审查经济困难状况：经核查符合，或由申请人作出诚信承诺（第四十一条）</source>
        <translation>Review hardship first: verified as meeting the standard, or an integrity pledge from the applicant (Art. 41)</translation>
    </message>
    <message>
        <source>服务器不认识这类记录：{entity}</source>
        <translation>The server does not know this record type: {entity}</translation>
    </message>
    <message>
        <source>服务器上没有这条记录</source>
        <translation>The server does not have this record</translation>
    </message>
    <message>
        <source>无法确定该记录属于哪个网格、工作站或窗口</source>
        <translation>Cannot tell which grid, station or window this record belongs to</translation>
    </message>
    <message>
        <source>该记录不在您的负责范围内</source>
        <translation>This record is outside your area of responsibility</translation>
    </message>
    <message>
        <source>您的角色不能修改这类记录</source>
        <translation>Your role cannot change records of this type</translation>
    </message>
    <message>
        <source>您的角色不能办理这一步</source>
        <translation>Your role may not take this step</translation>
    </message>
    <message>
        <source>该类记录只能新增或作废，不能修改</source>
        <translation>Records of this type can only be added or voided, not changed</translation>
    </message>
    <message>
        <source>记录内容不合规：{detail}</source>
        <translation>Invalid record content: {detail}</translation>
    </message>
    <message>
        <source>这类记录没有状态流转</source>
        <translation>Records of this type have no status changes</translation>
    </message>
    <message>
        <source>操作编号已被其他设备使用</source>
        <translation>The operation id is already used by another device</translation>
    </message>
    <message>
        <source>办理记录编号已存在，不能重复使用</source>
        <translation>This history step id already exists and cannot be used again</translation>
    </message>
    <message>
        <source>附件文件尚未上传到服务器，或您无权引用该文件</source>
        <translation>The attached file has not been uploaded to the server, or you may not refer to it</translation>
    </message>
    <message>
        <source>新记录不能以“{status}”状态开始</source>
        <translation>A new record cannot start in the state &quot;{status}&quot;</translation>
    </message>
    <message>
        <source>“{field}”只能通过办理步骤改变，不能直接修改</source>
        <translation>&quot;{field}&quot; changes only through a handling step, not by a direct edit</translation>
    </message>
    <message>
        <source>更正协议不能改变协议形式（书面/口头）</source>
        <translation>A correction cannot change the agreement&apos;s form (written/oral)</translation>
    </message>
    <message>
        <source>协议日期不能早于受理日期</source>
        <translation>The agreement date cannot be before the intake date</translation>
    </message>
    <message>
        <source>请选择书面或口头协议</source>
        <translation>Choose a written or oral agreement</translation>
    </message>
    <message>
        <source>请写明纠纷的主要事实（第二十九条）</source>
        <translation>State the main facts of the dispute (Art. 29)</translation>
    </message>
    <message>
        <source>请写明争议事项及各方当事人的责任（第二十九条）</source>
        <translation>State the matters in dispute and each party&apos;s responsibility (Art. 29)</translation>
    </message>
    <message>
        <source>请写明当事人达成调解协议的内容（第二十九条）</source>
        <translation>State the terms the parties agreed (Art. 29)</translation>
    </message>
    <message>
        <source>请写明履行的方式（第二十九条）</source>
        <translation>State the manner of performance (Art. 29)</translation>
    </message>
    <message>
        <source>协议日期不能晚于今天</source>
        <translation>The agreement date cannot be after today</translation>
    </message>
    <message>
        <source>请填写履行期限（第二十九条）</source>
        <translation>Enter the performance deadline (Art. 29)</translation>
    </message>
    <message>
        <source>履行期限不能早于协议日期</source>
        <translation>The performance deadline cannot be before the agreement date</translation>
    </message>
    <message>
        <source>第{n}项：金额应为数字（元）</source>
        <translation>Item {n}: the amount must be a number (yuan)</translation>
    </message>
    <message>
        <source>第{n}项：请填写义务人和义务内容</source>
        <translation>Item {n}: enter the obligor and the obligation</translation>
    </message>
    <message>
        <source>第{n}项：请填写履行期限</source>
        <translation>Item {n}: enter the deadline</translation>
    </message>
    <message>
        <source>第{n}项：履行期限不能早于协议日期</source>
        <translation>Item {n}: the deadline cannot be before the agreement date</translation>
    </message>
    <message>
        <source>履行事项有误：{problems}</source>
        <translation>Errors in the obligations: {problems}</translation>
    </message>
    <message>
        <source>协议书须载明当事人的基本情况（第二十九条）：请先补全{names}的身份证号或统一社会信用代码</source>
        <translation>A written agreement states the parties&apos; basic information (Art. 29): first complete the ID number or credit code of {names}</translation>
    </message>
    <message>
        <source>该纠纷不存在</source>
        <translation>This dispute does not exist</translation>
    </message>
    <message>
        <source>纠纷已变为「{status}」，请刷新后再操作</source>
        <translation>The dispute is now &quot;{status}&quot;; refresh and try again</translation>
    </message>
    <message>
        <source>纠纷已「{status}」，当事人信息不能再修改</source>
        <translation>The dispute is &quot;{status}&quot;; its parties can no longer be changed</translation>
    </message>
    <message>
        <source>身份证号 {masked} 在户籍登记中为「{name}」，与填写的姓名不一致，未关联</source>
        <translation>ID number {masked} belongs to &quot;{name}&quot; in the register, not the name entered; not linked</translation>
    </message>
    <message>
        <source>与未结纠纷 {number} 的当事人相同，可能重复受理，请核对</source>
        <translation>Same parties as open dispute {number}: possibly taken twice, please check</translation>
    </message>
    <message>
        <source>该纠纷尚未制作调解协议</source>
        <translation>No mediation agreement has been drawn up for this dispute</translation>
    </message>
    <message>
        <source>请选择当事人身份</source>
        <translation>Choose the party&apos;s role</translation>
    </message>
    <message>
        <source>请选择自然人或单位</source>
        <translation>Choose person or organisation</translation>
    </message>
    <message>
        <source>请填写当事人姓名或名称</source>
        <translation>Enter the party&apos;s name</translation>
    </message>
    <message>
        <source>姓名或名称过长</source>
        <translation>Name too long</translation>
    </message>
    <message>
        <source>请选择代理人类别</source>
        <translation>Choose the agent type</translation>
    </message>
    <message>
        <source>请选择纠纷来源</source>
        <translation>Choose the source</translation>
    </message>
    <message>
        <source>请选择纠纷类别</source>
        <translation>Choose the category</translation>
    </message>
    <message>
        <source>请选择风险等级</source>
        <translation>Choose the risk level</translation>
    </message>
    <message>
        <source>受理层级应为网格或工作站</source>
        <translation>The level must be grid or station</translation>
    </message>
    <message>
        <source>请写明纠纷的主要事实</source>
        <translation>State the main facts of the dispute</translation>
    </message>
    <message>
        <source>纠纷事实过长（最多 4000 字）</source>
        <translation>Facts too long (4,000 characters at most)</translation>
    </message>
    <message>
        <source>申请事项过长（最多 2000 字）</source>
        <translation>Claims too long (2,000 characters at most)</translation>
    </message>
    <message>
        <source>金额应为不小于 0 的数字，最多两位小数（单位：元）</source>
        <translation>The amount must be a number of at least 0 with at most two decimals (yuan)</translation>
    </message>
    <message>
        <source>请填写网格事件编号</source>
        <translation>Enter the grid event number</translation>
    </message>
    <message>
        <source>请选择发现纠纷的走访记录</source>
        <translation>Choose the visit that found the dispute</translation>
    </message>
    <message>
        <source>请填写 12345 工单编号</source>
        <translation>Enter the 12345 work order number</translation>
    </message>
    <message>
        <source>工单编号过长</source>
        <translation>Work order number too long</translation>
    </message>
    <message>
        <source>请选择委派或委托的法院</source>
        <translation>Choose the referring court</translation>
    </message>
    <message>
        <source>请填写法院的案号或委派编号</source>
        <translation>Enter the court&apos;s case or referral number</translation>
    </message>
    <message>
        <source>请选择普通程序或简易程序（期限 15 日或 7 日）</source>
        <translation>Choose ordinary or simple procedure (15 or 7 days)</translation>
    </message>
    <message>
        <source>至少需要申请人和被申请人各一方</source>
        <translation>At least one applicant and one respondent are needed</translation>
    </message>
    <message>
        <source>协议书待签署：追加的当事人须填写身份证号或统一社会信用代码（第二十九条）</source>
        <translation>A written agreement awaits signing: an added party needs an ID number or credit code (Art. 29)</translation>
    </message>
    <message>
        <source>请写明移除该当事人的原因</source>
        <translation>State why this party is removed</translation>
    </message>
    <message>
        <source>移除后将缺少申请人或被申请人：纠纷至少需要双方各一人</source>
        <translation>Removing would leave no applicant or respondent: a dispute needs at least one on each side</translation>
    </message>
    <message>
        <source>该当事人不存在</source>
        <translation>This party does not exist</translation>
    </message>
    <message>
        <source>当前协议的履行事项仍以「{name}」为义务人，请更正协议</source>
        <translation>The current agreement still names &quot;{name}&quot; as an obligor; correct the agreement first</translation>
    </message>
    <message>
        <source>该事项已履行，无需督促</source>
        <translation>This obligation is performed; no follow-up needed</translation>
    </message>
    <message>
        <source>该履行事项不存在</source>
        <translation>This obligation does not exist</translation>
    </message>
    <message>
        <source>协议尚未生效，不能登记履行情况</source>
        <translation>The agreement is not in effect yet; performance cannot be recorded</translation>
    </message>
    <message>
        <source>该事项属于已更正的旧版协议，请在现行协议上登记</source>
        <translation>This obligation belongs to a corrected older revision; record it on the current agreement</translation>
    </message>
    <message>
        <source>请选择受理的调处工作站</source>
        <translation>Choose the receiving mediation station</translation>
    </message>
    <message>
        <source>所选法院不存在</source>
        <translation>The chosen court does not exist</translation>
    </message>
    <message>
        <source>没有这个编号的网格事件</source>
        <translation>No grid event has this number</translation>
    </message>
    <message>
        <source>该网格事件已转为纠纷 {number}（未结）</source>
        <translation>This grid event already became dispute {number} (open)</translation>
    </message>
    <message>
        <source>所选走访记录不存在</source>
        <translation>The chosen visit does not exist</translation>
    </message>
    <message>
        <source>该走访已转为纠纷 {number}，请核对是否重复</source>
        <translation>This visit already became dispute {number}; check for a duplicate</translation>
    </message>
    <message>
        <source>协议请通过协议书表单制作</source>
        <translation>Use the agreement form to draw up an agreement</translation>
    </message>
    <message>
        <source>延长后的调解期限应晚于今天</source>
        <translation>The extended period must end after today</translation>
    </message>
    <message>
        <source>接收日期不能早于收到委派的日期</source>
        <translation>The acceptance date cannot be before the referral was received</translation>
    </message>
    <message>
        <source>已超过接收期限（{due}，收到后3个工作日），请向法院说明</source>
        <translation>Accepted after the deadline ({due}, 3 working days from receipt); please explain to the court</translation>
    </message>
    <message>
        <source>签署日期不能早于协议达成日期</source>
        <translation>The signing date cannot be before the agreement was reached</translation>
    </message>
    <message>
        <source>所选工作站不存在</source>
        <translation>The chosen station does not exist</translation>
    </message>
    <message>
        <source>该调解记录不存在</source>
        <translation>This session record does not exist</translation>
    </message>
    <message>
        <source>该记录已有更新的版本（第 {n} 版），请在最新版本上更正</source>
        <translation>This record has a newer revision (rev. {n}); correct the latest one</translation>
    </message>
    <message>
        <source>请填写调解地点</source>
        <translation>Enter the place</translation>
    </message>
    <message>
        <source>请填写参加人员</source>
        <translation>Enter the attendees</translation>
    </message>
    <message>
        <source>请记录调解情况（第二十七条）</source>
        <translation>Record what happened in the session (Art. 27)</translation>
    </message>
    <message>
        <source>调解记录过长（最多 8000 字）</source>
        <translation>Record too long (8,000 characters at most)</translation>
    </message>
    <message>
        <source>调解时间不能晚于现在</source>
        <translation>The session time cannot be in the future</translation>
    </message>
    <message>
        <source>调解时间不能早于受理时间</source>
        <translation>The session time cannot be before intake</translation>
    </message>
    <message>
        <source>法律援助申请受理通知书</source>
        <translation>Notice of receipt</translation>
    </message>
    <message>
        <source>补充材料一次性告知书</source>
        <translation>Missing-materials notice</translation>
    </message>
    <message>
        <source>不予法律援助决定书</source>
        <translation>Refusal decision</translation>
    </message>
    <message>
        <source>给予法律援助决定书</source>
        <translation>Grant decision</translation>
    </message>
    <message>
        <source>通城通办转交函</source>
        <translation>Transfer letter (city-wide)</translation>
    </message>
    <message>
        <source>终止法律援助决定书</source>
        <translation>Decision to terminate legal aid</translation>
    </message>
    <message>
        <source>法律援助案件结案登记表</source>
        <translation>Legal-aid case closing record</translation>
    </message>
    <message>
        <source>指派律师通知书</source>
        <translation>Notice of the lawyer assigned</translation>
    </message>
    <message>
        <source>该法律援助申请不存在</source>
        <translation>This legal-aid application does not exist</translation>
    </message>
    <message>
        <source>{name}的申请目前没有可出具的「{title}」</source>
        <translation>{name}&apos;s application has no &quot;{title}&quot; to issue now</translation>
    </message>
    <message>
        <source>请填写 {least} 至 {most} 之间的天数</source>
        <translation>Enter a number of days from {least} to {most}</translation>
    </message>
    <message>
        <source>名称过长（最多 {n} 字）</source>
        <translation>Name too long ({n} characters at most)</translation>
    </message>
    <message>
        <source>异议由设立法律援助机构的司法行政部门审查（第四十九条），请填写其名称，如：南通市崇川区司法局</source>
        <translation>Objections go to the justice bureau that set up the legal-aid agency (Art. 49); enter its name, e.g. 南通市崇川区司法局</translation>
    </message>
    <message>
        <source>没有需要更正的内容</source>
        <translation>Nothing to correct</translation>
    </message>
    <message>
        <source>请选择咨询类别</source>
        <translation>Choose the topic</translation>
    </message>
    <message>
        <source>请记录解答意见（第二十三条）</source>
        <translation>Record the advice given (Art. 23)</translation>
    </message>
    <message>
        <source>内容过长（最多 {n} 字）</source>
        <translation>Too long (at most {n} characters)</translation>
    </message>
    <message>
        <source>请选择处理结果</source>
        <translation>Choose the outcome</translation>
    </message>
    <message>
        <source>请填写引导前往的机构</source>
        <translation>Enter where the person was referred</translation>
    </message>
    <message>
        <source>请写明作废的原因</source>
        <translation>State the reason for voiding</translation>
    </message>
    <message>
        <source>该咨询登记不存在或已作废</source>
        <translation>This consultation entry does not exist or was voided</translation>
    </message>
    <message>
        <source>原因过长（最多 {n} 字）</source>
        <translation>Reason too long ({n} characters at most)</translation>
    </message>
    <message>
        <source>与本案申请人{name}的身份证号相同</source>
        <translation>Same ID number as applicant {name} of this case</translation>
    </message>
    <message>
        <source>群体案件的申请人{name}：{reason}</source>
        <translation>Group case applicant {name}: {reason}</translation>
    </message>
    <message>
        <source>尚未登录同步服务器。请在“同步”页点击“登录”。</source>
        <translation>Not logged in to the sync server. On the &quot;Sync&quot; page, click &quot;Log in&quot;.</translation>
    </message>
    <message>
        <source>无法连接同步服务器（{server}）。请检查网络；本机的修改已安全保存，稍后会自动重试。</source>
        <translation>Cannot reach the sync server ({server}). Check the network; your changes are saved here and sync will retry automatically.</translation>
    </message>
    <message>
        <source>同步服务器 {seconds} 秒没有响应，已中断本次传输，稍后会自动重试。</source>
        <translation>The sync server did not respond for {seconds} s; the transfer was cut and will retry automatically.</translation>
    </message>
    <message>
        <source>登录已失效，请重新登录后再同步。</source>
        <translation>The login has expired; log in again to sync.</translation>
    </message>
    <message>
        <source>用户名或密码不正确。</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>本机还有 {n} 条由{name}录入、尚未上传的修改。换用其他账号登录后，这些修改将以新账号上传，超出新账号负责范围的会被服务器拒绝。建议先用{name}的账号登录并同步。</source>
        <translation>This computer still has {n} changes entered by {name} that have not been uploaded. If another account logs in, they will be uploaded under the new account, and any outside its area will be refused by the server. It is better to log in as {name} and sync first.</translation>
    </message>
    <message>
        <source>本设备已被管理员停用（{reason}），同步已停止。请联系网格中心。</source>
        <translation>An administrator has revoked this device ({reason}); sync has stopped. Please contact the grid centre.</translation>
    </message>
    <message>
        <source>未说明原因</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>该账号已被管理员停用，同步已停止。请联系网格中心。</source>
        <translation>This account was disabled by an administrator; sync has stopped. Contact the grid centre.</translation>
    </message>
    <message>
        <source>本程序版本过旧，服务器要求更新后才能同步。请安装新版本；本机数据不受影响。</source>
        <translation>This version is too old: the server requires an update before syncing. Install the new version; data on this computer is not affected.</translation>
    </message>
    <message>
        <source>同步服务器出错（{status}），稍后会自动重试。</source>
        <translation>The sync server had an error ({status}); sync will retry automatically.</translation>
    </message>
    <message>
        <source>同步服务器拒绝了请求（{status}：{detail}）。</source>
        <translation>The sync server refused the request ({status}: {detail}).</translation>
    </message>
    <message>
        <source>服务器地址“{server}”未加密（http://），密码和案卷会以明文在网络上传输，已拒绝连接。请使用 https:// 开头的地址（只有本机测试用的 127.0.0.1 / localhost 可以用 http://）。</source>
        <translation>The server address &quot;{server}&quot; is not encrypted (http://): the password and case files would cross the network in clear text, so the connection was refused. Use an address starting with https:// (only 127.0.0.1 / localhost on this computer, for testing, may use http://).</translation>
    </message>
    <message>
        <source>服务器证书已过期</source>
        <translation>the server&apos;s certificate has expired</translation>
    </message>
    <message>
        <source>服务器证书上的名称与所填地址不符</source>
        <translation>the name on the server&apos;s certificate does not match the address entered</translation>
    </message>
    <message>
        <source>服务器证书不是由受信任的机构签发的（如果区里使用自己的证书机构，请在登录窗口选择区里的证书机构文件）</source>
        <translation>the server&apos;s certificate was not issued by a trusted authority (if the district runs its own certificate authority, choose its file in the login window)</translation>
    </message>
    <message>
        <source>加密连接建立失败</source>
        <translation>the encrypted connection could not be set up</translation>
    </message>
    <message>
        <source>无法安全连接同步服务器（{server}）：{reason}。为保护数据，本机不会绕过证书检查；请联系网格中心核实服务器地址和证书。连接可能正被他人冒充或窃听。</source>
        <translation>Cannot connect securely to the sync server ({server}): {reason}. To protect the data this computer never skips the certificate check; ask the grid centre to confirm the server address and certificate. Someone may be impersonating or eavesdropping on the connection.</translation>
    </message>
    <message>
        <source>本设备已登记在其他账号名下，不能用这个账号登录。请联系网格中心。</source>
        <translation>This device is registered to another account and cannot log in with this one. Please contact the grid centre.</translation>
    </message>
    <message>
        <source>密码连续输错次数过多，账号已暂时锁定。请稍后再试，或请管理员解锁。</source>
        <translation>Too many wrong passwords in a row: the account is locked for a while. Try again later or ask the administrator to unlock it.</translation>
    </message>
    <message>
        <source>登录尝试过于频繁，请 {seconds} 秒后再试。</source>
        <translation>Too many login attempts; try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>请求过大，服务器拒收（{detail}）。</source>
        <translation>The request was too large and the server refused it ({detail}).</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>联动部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Organisation unit</translation>
    </message>
    <message>
        <source>地图要素</source>
        <translation>Map feature</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>居民</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>关怀计划</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>巡查</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>网格事件</source>
        <translation>Grid event</translation>
    </message>
    <message>
        <source>事件流转记录</source>
        <translation>Event step</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>该办理步骤没有申报所依据的内容，服务器无法复核；请更新软件后重新办理这一步</source>
        <translation>This step does not carry what it was decided from, so the server cannot check it; update the software and take the step again</translation>
    </message>
    <message>
        <source>矛盾纠纷</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>纠纷当事人</source>
        <translation>Dispute party</translation>
    </message>
    <message>
        <source>纠纷办理记录</source>
        <translation>Dispute step</translation>
    </message>
    <message>
        <source>调解记录</source>
        <translation>Mediation session</translation>
    </message>
    <message>
        <source>调解协议</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <source>协议履行事项</source>
        <translation>Agreement obligation</translation>
    </message>
    <message>
        <source>法律援助案件</source>
        <translation>Legal-aid case</translation>
    </message>
    <message>
        <source>法律援助申请</source>
        <translation>Legal-aid application</translation>
    </message>
    <message>
        <source>法律援助办理记录</source>
        <translation>Legal-aid step</translation>
    </message>
    <message>
        <source>法律咨询登记</source>
        <translation>Consultation entry</translation>
    </message>
    <message>
        <source>网上立案</source>
        <translation>Online filing</translation>
    </message>
    <message>
        <source>立案办理记录</source>
        <translation>Filing history step</translation>
    </message>
    <message>
        <source>同一字段两处修改</source>
        <translation>Same field changed in two places</translation>
    </message>
    <message>
        <source>本机修改，服务器已删除</source>
        <translation>Changed here, deleted on the server</translation>
    </message>
    <message>
        <source>本机删除，服务器已修改</source>
        <translation>Deleted here, changed on the server</translation>
    </message>
    <message>
        <source>服务器拒绝</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>所属微网格</source>
        <translation>Micro-grid</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>残疾</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>低保</source>
        <translation>Subsistence allowance</translation>
    </message>
    <message>
        <source>特困</source>
        <translation>Extreme poverty</translation>
    </message>
    <message>
        <source>所属住户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>走访频次（天）</source>
        <translation>Visit every (days)</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>事件描述</source>
        <translation>Event description</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>删除时间</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <source>请为每个字段选择保留哪一方</source>
        <translation>Choose which side to keep for each field</translation>
    </message>
    <message>
        <source>该冲突已处理</source>
        <translation>This conflict has already been resolved</translation>
    </message>
    <message>
        <source>本机没有可用的系统密钥环，登录凭据只保存在本次运行中；重新启动程序后需要再次登录。（为安全起见，凭据不会以明文写入磁盘。）</source>
        <translation>This computer has no system keyring, so the login is kept for this session only; you will need to log in again after a restart. (For security, credentials are never written to disk in plain text.)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>本轮已登记</source>
        <translation>Recorded in this round</translation>
    </message>
    <message>
        <source>关怀 {name}（逾期 {days} 天）</source>
        <translation>Care {name} ({days} days overdue)</translation>
    </message>
    <message>
        <source>关怀 {name}</source>
        <translation>Care {name}</translation>
    </message>
    <message>
        <source>回访 {findings}</source>
        <translation>Follow-up {findings}</translation>
    </message>
    <message>
        <source>专项走访</source>
        <translation>Campaign visit</translation>
    </message>
    <message>
        <source>不是 GeoJSON 要素集合（FeatureCollection）</source>
        <translation>Not a GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <source>第 {n} 个要素缺少 kind（micro_grid 或 building）</source>
        <translation>Feature {n} has no kind (micro_grid or building)</translation>
    </message>
    <message>
        <source>第 {n} 个要素的几何图形无法读取</source>
        <translation>Feature {n}&apos;s geometry cannot be read</translation>
    </message>
    <message>
        <source>第 {n} 个要素应为 {wanted}</source>
        <translation>Feature {n} should be a {wanted}</translation>
    </message>
    <message>
        <source>第 {n} 个要素的边界自相交或不闭合</source>
        <translation>Feature {n}&apos;s boundary crosses itself or is not closed</translation>
    </message>
    <message>
        <source>第 {n} 个要素的坐标不在经纬度范围内（应为 WGS-84 经度、纬度）</source>
        <translation>Feature {n}&apos;s coordinates are not longitude/latitude (WGS-84 lon, lat expected)</translation>
    </message>
    <message>
        <source>第 {n} 个要素缺少 code 或 name</source>
        <translation>Feature {n} has no code or name</translation>
    </message>
    <message>
        <source>文件中没有要素</source>
        <translation>The file has no features</translation>
    </message>
    <message>
        <source>防汛走访</source>
        <translation>Flood season</translation>
    </message>
    <message>
        <source>反诈宣传</source>
        <translation>Fraud warning</translation>
    </message>
    <message>
        <source>人口普查核对</source>
        <translation>Census check</translation>
    </message>
    <message>
        <source>消防安全排查</source>
        <translation>Fire safety</translation>
    </message>
    <message>
        <source>其他专项</source>
        <translation>Other campaign</translation>
    </message>
    <message>
        <source>已走访</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>未遇</source>
        <translation>Not at home</translation>
    </message>
    <message>
        <source>只有网格中心（管理员）可以导入地图数据</source>
        <translation>Only the grid centre (administrator) may import map data</translation>
    </message>
    <message>
        <source>文件过大（最多 64 MB）</source>
        <translation>The file is too large (64 MB at most)</translation>
    </message>
    <message>
        <source>无法读取该文件：不是 UTF-8 编码的 GeoJSON</source>
        <translation>Cannot read the file: not UTF-8 GeoJSON</translation>
    </message>
    <message>
        <source>已导入 {b} 个微网格边界、{p} 个楼栋；{h} 户按楼栋定位，其中 {m} 户按所在位置调整了微网格</source>
        <translation>Imported {b} micro-grid boundaries and {p} buildings; {h} households placed by their building, {m} of them moved to the micro-grid their point lies in</translation>
    </message>
    <message>
        <source>第 {n} 个边界的名称「{name}」对应多个微网格，请用 code</source>
        <translation>Boundary {n}&apos;s name “{name}” matches several micro-grids: use a code</translation>
    </message>
    <message>
        <source>第 {n} 个边界找不到对应的微网格（{key}）</source>
        <translation>Boundary {n} matches no micro-grid ({key})</translation>
    </message>
    <message>
        <source>该位置不在任何微网格内</source>
        <translation>That point is in no micro-grid</translation>
    </message>
    <message>
        <source>审计记录第 {id} 条（{at}，{action}）的内容与其哈希不符：该条已被改动。</source>
        <translation>Audit entry {id} ({at}, {action}) does not match its hash: it was altered.</translation>
    </message>
    <message>
        <source>审计记录第 {id} 条（{at}，{action}）与前一条接不上：之前的记录被删除、插入或改动过。</source>
        <translation>Audit entry {id} ({at}, {action}) does not link to the entry before it: an earlier entry was deleted, inserted or altered.</translation>
    </message>
    <message>
        <source>口令不正确，数据未被改动。已连续错误 {failures} 次。</source>
        <translation>Wrong passphrase; nothing was changed. {failures} wrong in a row.</translation>
    </message>
    <message>
        <source>口令不正确，数据未被改动。已连续错误 {failures} 次，请 {wait} 秒后再试。</source>
        <translation>Wrong passphrase; nothing was changed. {failures} wrong in a row: try again in {wait} seconds.</translation>
    </message>
    <message>
        <source>口令错误次数过多，请 {wait} 秒后再试。</source>
        <translation>Too many wrong passphrases: try again in {wait} seconds.</translation>
    </message>
    <message>
        <source>口令至少 {n} 个字符。</source>
        <translation>The passphrase needs at least {n} characters.</translation>
    </message>
    <message>
        <source>找不到本地数据的密钥文件 {file}。</source>
        <translation>The key file of the local data, {file}, is missing.</translation>
    </message>
    <message>
        <source>密钥文件 {file} 已损坏，无法打开本地数据。</source>
        <translation>The key file {file} is damaged; the local data cannot be opened.</translation>
    </message>
    <message>
        <source>本地数据无法用这把密钥解开（密钥文件与数据不匹配），数据未被改动。</source>
        <translation>The local data cannot be opened with this key (the key file does not belong to it); nothing was changed.</translation>
    </message>
    <message>
        <source>无法读取PDF文件：{name}（文件可能已损坏）</source>
        <translation>Cannot read the PDF {name} (it may be damaged)</translation>
    </message>
    <message>
        <source>不支持的文件类型：{name}（请使用PDF或图片，在线诉讼规则第十一条）</source>
        <translation>Unsupported file type: {name} (use PDF or images, Online Litigation Rules Art. 11)</translation>
    </message>
    <message>
        <source>无法读取图片：{name}</source>
        <translation>Cannot read the image {name}</translation>
    </message>
    <message>
        <source>申请司法确认期限（协议生效后30日）</source>
        <translation>Apply for judicial confirmation (30 days after the agreement)</translation>
    </message>
    <message>
        <source>法院决定是否立案（7日，补正后重新计算）</source>
        <translation>Court decides on registration (7 days, restarting after a correction)</translation>
    </message>
    <message>
        <source>补正期限（法院通知载明）</source>
        <translation>Correction period (set by the court&apos;s notice)</translation>
    </message>
    <message>
        <source>交纳诉讼费（通知后7日）</source>
        <translation>Pay the court fee (7 days after the notice)</translation>
    </message>
    <message>
        <source>不予立案裁定上诉期（10日）</source>
        <translation>Appeal against refusal to register (10 days)</translation>
    </message>
    <message>
        <source>法院作出确认裁定（15日）</source>
        <translation>Court rules on confirmation (15 days)</translation>
    </message>
    <message>
        <source>民事起诉（调解不成）</source>
        <translation>Civil complaint (mediation failed)</translation>
    </message>
    <message>
        <source>司法确认申请</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <source>委派/委托调解结果报告</source>
        <translation>Referral result report</translation>
    </message>
    <message>
        <source>诉讼费缓减免申请</source>
        <translation>Court fee relief request</translation>
    </message>
    <message>
        <source>追索劳动报酬（要素式）</source>
        <translation>Unpaid wages (table form)</translation>
    </message>
    <message>
        <source>民间借贷（要素式）</source>
        <translation>Private loan (table form)</translation>
    </message>
    <message>
        <source>物业服务合同（要素式）</source>
        <translation>Property services (table form)</translation>
    </message>
    <message>
        <source>机动车交通事故责任（要素式）</source>
        <translation>Traffic accident (table form)</translation>
    </message>
    <message>
        <source>离婚及抚养、赡养（要素式）</source>
        <translation>Divorce and family support (table form)</translation>
    </message>
    <message>
        <source>通用起诉状（四段式）</source>
        <translation>General complaint (four parts)</translation>
    </message>
    <message>
        <source>工作起止时间</source>
        <translation>Period of work</translation>
    </message>
    <message>
        <source>工作内容及地点</source>
        <translation>Work done and where</translation>
    </message>
    <message>
        <source>约定的报酬标准</source>
        <translation>Agreed pay</translation>
    </message>
    <message>
        <source>拖欠报酬的金额及期间</source>
        <translation>Unpaid amount and period</translation>
    </message>
    <message>
        <source>是否出具欠条或结算单</source>
        <translation>IOU or settlement statement</translation>
    </message>
    <message>
        <source>出借时间</source>
        <translation>Date lent</translation>
    </message>
    <message>
        <source>借款本金及交付方式</source>
        <translation>Principal and how it was paid</translation>
    </message>
    <message>
        <source>约定的利息</source>
        <translation>Agreed interest</translation>
    </message>
    <message>
        <source>约定的还款期限</source>
        <translation>Agreed repayment date</translation>
    </message>
    <message>
        <source>已归还的本息</source>
        <translation>Principal and interest repaid</translation>
    </message>
    <message>
        <source>担保情况</source>
        <translation>Guarantees</translation>
    </message>
    <message>
        <source>物业服务合同及签订时间</source>
        <translation>Property services contract and its date</translation>
    </message>
    <message>
        <source>房屋坐落及面积</source>
        <translation>Property location and area</translation>
    </message>
    <message>
        <source>物业费标准</source>
        <translation>Fee rate</translation>
    </message>
    <message>
        <source>欠费期间及金额</source>
        <translation>Arrears period and amount</translation>
    </message>
    <message>
        <source>对服务质量的异议</source>
        <translation>Objections to the service</translation>
    </message>
    <message>
        <source>事故发生时间、地点、经过</source>
        <translation>When, where and how the accident happened</translation>
    </message>
    <message>
        <source>事故责任认定</source>
        <translation>Liability determination</translation>
    </message>
    <message>
        <source>肇事车辆及投保情况</source>
        <translation>Vehicle and insurance</translation>
    </message>
    <message>
        <source>各项损失及计算方式</source>
        <translation>Losses and how they are computed</translation>
    </message>
    <message>
        <source>已赔付金额</source>
        <translation>Amount already paid</translation>
    </message>
    <message>
        <source>结婚登记时间</source>
        <translation>Date of marriage registration</translation>
    </message>
    <message>
        <source>子女情况及抚养意见</source>
        <translation>Children and custody proposal</translation>
    </message>
    <message>
        <source>抚养费、赡养费请求</source>
        <translation>Child or elder support claimed</translation>
    </message>
    <message>
        <source>夫妻共同财产及分割意见</source>
        <translation>Joint property and proposed division</translation>
    </message>
    <message>
        <source>夫妻共同债务</source>
        <translation>Joint debts</translation>
    </message>
    <message>
        <source>被告住所地（民事诉讼法第二十二条）</source>
        <translation>Defendant&apos;s domicile (CPL Art. 22)</translation>
    </message>
    <message>
        <source>合同履行地（第二十四条）</source>
        <translation>Place of performance (Art. 24)</translation>
    </message>
    <message>
        <source>侵权行为地（第二十九条）</source>
        <translation>Place of the tort (Art. 29)</translation>
    </message>
    <message>
        <source>不动产所在地（第三十四条，专属管辖）</source>
        <translation>Location of the real estate (Art. 34, exclusive)</translation>
    </message>
    <message>
        <source>委派调解的人民法院（第二百零五条）</source>
        <translation>The court that referred the mediation (Art. 205)</translation>
    </message>
    <message>
        <source>当事人住所地基层人民法院（第二百零五条）</source>
        <translation>Basic court of a party&apos;s domicile (Art. 205)</translation>
    </message>
    <message>
        <source>标的物所在地基层人民法院（第二百零五条）</source>
        <translation>Basic court where the subject matter lies (Art. 205)</translation>
    </message>
    <message>
        <source>调解组织所在地基层人民法院（第二百零五条）</source>
        <translation>Basic court where the mediation body sits (Art. 205)</translation>
    </message>
    <message>
        <source>涉及婚姻、收养、身份关系的确认</source>
        <translation>Confirms marriage, adoption or personal status</translation>
    </message>
    <message>
        <source>涉及物权、知识产权的确权</source>
        <translation>Decides ownership of real rights or IP</translation>
    </message>
    <message>
        <source>属于适用其他特别程序的事项</source>
        <translation>A matter for another special procedure</translation>
    </message>
    <message>
        <source>内容违法或损害国家、社会公共利益、他人合法权益</source>
        <translation>Unlawful, or harms the public or a third party</translation>
    </message>
    <message>
        <source>内容不明确，无法确认</source>
        <translation>Too unclear to confirm</translation>
    </message>
    <message>
        <source>不申请</source>
        <translation>None</translation>
    </message>
    <message>
        <source>缓交</source>
        <translation>Defer</translation>
    </message>
    <message>
        <source>减交</source>
        <translation>Reduce</translation>
    </message>
    <message>
        <source>免交</source>
        <translation>Waive</translation>
    </message>
    <message>
        <source>身份证明</source>
        <translation>Identity proof</translation>
    </message>
    <message>
        <source>营业执照及法定代表人身份证明</source>
        <translation>Business licence and legal representative&apos;s proof</translation>
    </message>
    <message>
        <source>授权委托书及代理人身份证明</source>
        <translation>Power of attorney and agent&apos;s ID</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>已签署的调解协议书</source>
        <translation>Signed mediation agreement</translation>
    </message>
    <message>
        <source>已签署的送达地址确认书</source>
        <translation>Signed service-address form</translation>
    </message>
    <message>
        <source>其他材料</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>待签字</source>
        <translation>To sign</translation>
    </message>
    <message>
        <source>可提交</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>退回补正</source>
        <translation>Correction asked</translation>
    </message>
    <message>
        <source>重新提交</source>
        <translation>Resubmitted</translation>
    </message>
    <message>
        <source>已立案</source>
        <translation>Docketed</translation>
    </message>
    <message>
        <source>不予立案</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>转诉前调解</source>
        <translation>Pre-filing mediation</translation>
    </message>
    <message>
        <source>确认有效</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>驳回申请</source>
        <translation>Application rejected</translation>
    </message>
    <message>
        <source>建立立案材料包</source>
        <translation>Package started</translation>
    </message>
    <message>
        <source>编辑起诉内容</source>
        <translation>Content edited</translation>
    </message>
    <message>
        <source>导出材料包</source>
        <translation>Package exported</translation>
    </message>
    <message>
        <source>收到交费通知</source>
        <translation>Fee notice received</translation>
    </message>
    <message>
        <source>材料齐全，待签字</source>
        <translation>Complete, to sign</translation>
    </message>
    <message>
        <source>退回修改</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <source>已签字</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>已在平台提交</source>
        <translation>Submitted on the platform</translation>
    </message>
    <message>
        <source>法院通知补正</source>
        <translation>Court asks for correction</translation>
    </message>
    <message>
        <source>补正后重新提交</source>
        <translation>Resubmitted after correction</translation>
    </message>
    <message>
        <source>登记立案</source>
        <translation>Case docketed</translation>
    </message>
    <message>
        <source>法院受理</source>
        <translation>Court accepted</translation>
    </message>
    <message>
        <source>裁定确认有效</source>
        <translation>Ruled valid</translation>
    </message>
    <message>
        <source>裁定驳回申请</source>
        <translation>Ruled rejected</translation>
    </message>
    <message>
        <source>司法确认申请由法院受理后裁定确认有效或驳回，不适用「{action}」</source>
        <translation>A confirmation application is accepted and then ruled valid or rejected; “{action}” does not apply</translation>
    </message>
    <message>
        <source>只有司法确认申请才能「{action}」</source>
        <translation>Only a judicial-confirmation application can be “{action}”</translation>
    </message>
    <message>
        <source>立案已「{status}」，办理已结束，不能{action}</source>
        <translation>The filing is “{status}” and finished; cannot {action}</translation>
    </message>
    <message>
        <source>立案当前为「{status}」，不能{action}</source>
        <translation>The filing is “{status}”; cannot {action}</translation>
    </message>
    <message>
        <source>案号格式不正确，应如 {example}</source>
        <translation>Case number not in the right form, e.g. {example}</translation>
    </message>
    <message>
        <source>案号年度 {year} 不对</source>
        <translation>Case number year {year} is wrong</translation>
    </message>
    <message>
        <source>案号类型代字为「{found}」，此类立案应为「{expected}」</source>
        <translation>The case type code is “{found}”; this kind of filing needs “{expected}”</translation>
    </message>
    <message>
        <source>诉中委托调解达成的协议交由法院出具调解书或准许撤诉，不适用司法确认（特邀调解规定第二十条）</source>
        <translation>An agreement reached in mediation entrusted after filing goes to the court for a mediation statement or withdrawal, not to judicial confirmation (Invited Mediation Provisions Art. 20)</translation>
    </message>
    <message>
        <source>尚无生效的调解协议</source>
        <translation>No agreement in effect</translation>
    </message>
    <message>
        <source>口头协议须先制作书面调解协议书，才能申请司法确认（第三十三条）</source>
        <translation>An oral agreement must first be written up before confirmation can be applied for (Art. 33)</translation>
    </message>
    <message>
        <source>{bar}：人民法院不予确认（民诉法解释第三百五十五条）</source>
        <translation>{bar}: the court will not confirm it (CPL Interpretation Art. 355)</translation>
    </message>
    <message>
        <source>请填写补正通知载明的补正期限（天）</source>
        <translation>Enter the correction period the notice sets (days)</translation>
    </message>
    <message>
        <source>人工协助提交（当事人本人实名账号）</source>
        <translation>Assisted manual filing (the party&apos;s own real-name account)</translation>
    </message>
    <message>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>申请司法确认调解协议（特别程序）</source>
        <translation>Application to confirm a mediation agreement (special procedure)</translation>
    </message>
    <message>
        <source>民事一审（起诉）</source>
        <translation>Civil first instance (complaint)</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>1. 当事人本人登录并实名认证</source>
        <translation>1. The party logs in and verifies their real name</translation>
    </message>
    <message>
        <source>由当事人在自己的手机上登录人民法院在线服务，完成实名认证（手机号、身份证号或统一社会信用代码）并同意在线诉讼（在线诉讼规则第四条、第七条）。本系统不保存任何平台账号或密码。</source>
        <translation>The party logs in to the People&apos;s Court Online Service on their own phone, verifies their real name (mobile, ID number or credit code) and agrees to online litigation (Online Litigation Rules Arts. 4, 7). This app keeps no platform account or password.</translation>
    </message>
    <message>
        <source>2. 选择受诉法院</source>
        <translation>2. Choose the court</translation>
    </message>
    <message>
        <source>按材料包所列的管辖依据选择法院。</source>
        <translation>Choose the court by the basis of jurisdiction in the package.</translation>
    </message>
    <message>
        <source>管辖依据</source>
        <translation>Basis of jurisdiction</translation>
    </message>
    <message>
        <source>3. 选择案件类型并填写当事人</source>
        <translation>3. Choose the case type and enter the parties</translation>
    </message>
    <message>
        <source>逐一复制当事人信息，核对后再提交。</source>
        <translation>Copy each party&apos;s details and check them before submitting.</translation>
    </message>
    <message>
        <source>案件类型</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>4. 填写诉讼请求和事实理由</source>
        <translation>4. Enter the claims and the facts and reasons</translation>
    </message>
    <message>
        <source>与起诉状（申请书）内容一致。</source>
        <translation>As in the complaint (application).</translation>
    </message>
    <message>
        <source>诉讼请求</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>标的额（元）</source>
        <translation>Amount in dispute (yuan)</translation>
    </message>
    <message>
        <source>事实与理由</source>
        <translation>Facts and reasons</translation>
    </message>
    <message>
        <source>5. 按顺序上传材料</source>
        <translation>5. Upload the files in order</translation>
    </message>
    <message>
        <source>按编号顺序上传材料包中的PDF（签字页为签字后的扫描件）。</source>
        <translation>Upload the package&apos;s PDFs in their numbered order (signed pages as scans after signing).</translation>
    </message>
    <message>
        <source>6. 提交并记下申请编号</source>
        <translation>6. Submit and note the application number</translation>
    </message>
    <message>
        <source>提交后把平台显示的申请编号登记到本系统（「已在平台提交」）。</source>
        <translation>After submitting, record the platform&apos;s application number here (“Submitted on the platform”).</translation>
    </message>
    <message>
        <source>该立案记录不存在</source>
        <translation>This filing does not exist</translation>
    </message>
    <message>
        <source>立案当前为「{status}」，不能导出材料包（请先完成材料并提交签字）</source>
        <translation>The filing is “{status}”; the package cannot be exported (complete it and send it for signature first)</translation>
    </message>
    <message>
        <source>文件「{name}」尚未同步到本机，请先同步</source>
        <translation>The file “{name}” is not on this device yet; sync first</translation>
    </message>
    <message>
        <source>材料不齐全，尚缺 {n} 项：{items}</source>
        <translation>The package is incomplete, {n} items missing: {items}</translation>
    </message>
    <message>
        <source>请选择立案类型</source>
        <translation>Choose the kind of filing</translation>
    </message>
    <message>
        <source>请选择起诉状样式</source>
        <translation>Choose the complaint form</translation>
    </message>
    <message>
        <source>该法律援助案件不存在</source>
        <translation>This legal-aid case does not exist</translation>
    </message>
    <message>
        <source>该援助案件不是由调解不成的纠纷转来的，起诉材料请由承办律师另行准备</source>
        <translation>This legal-aid case did not come from a failed mediation; the assigned lawyer prepares the complaint separately</translation>
    </message>
    <message>
        <source>纠纷当前为「{status}」：只有调解不成（已终止调解，第二十六条）的纠纷才能准备起诉材料</source>
        <translation>The dispute is “{status}”: only a failed mediation (ended under Art. 26) can lead to a complaint</translation>
    </message>
    <message>
        <source>只有法院委派或委托、且调解已结束的纠纷才需要向法院报告结果</source>
        <translation>Only a court referral whose mediation has ended is reported back to the court</translation>
    </message>
    <message>
        <source>申请期限已于 {date} 届满（协议生效后三十日，人民调解法第三十三条）</source>
        <translation>The time to apply ended on {date} (30 days after the agreement took effect, People&apos;s Mediation Law Art. 33)</translation>
    </message>
    <message>
        <source>不能申请司法确认：{reasons}</source>
        <translation>Judicial confirmation is not possible: {reasons}</translation>
    </message>
    <message>
        <source>该纠纷已有办理中的同类立案材料包 {number}</source>
        <translation>This dispute already has an open filing of this kind: {number}</translation>
    </message>
    <message>
        <source>材料包已「{status}」，内容已冻结；如需修改请先「退回修改」，或在法院通知补正后修改</source>
        <translation>The package is “{status}” and its content frozen; use “Back to draft” to change it, or change it after the court asks for a correction</translation>
    </message>
    <message>
        <source>金额格式不正确：{value}</source>
        <translation>Amount not valid: {value}</translation>
    </message>
    <message>
        <source>请选择诉讼费缓减免</source>
        <translation>Choose the court fee relief</translation>
    </message>
    <message>
        <source>请填写当事人表示同意的日期</source>
        <translation>Enter the date the party agreed</translation>
    </message>
    <message>
        <source>请选择材料类别</source>
        <translation>Choose what the files are</translation>
    </message>
    <message>
        <source>请选择文件</source>
        <translation>Choose files</translation>
    </message>
    <message>
        <source>该当事人不属于此纠纷</source>
        <translation>This party is not in this dispute</translation>
    </message>
    <message>
        <source>请写明原因</source>
        <translation>Give the reason</translation>
    </message>
    <message>
        <source>请确认起诉状（申请书）和送达地址确认书已由当事人本人签名</source>
        <translation>Confirm that the party signed the complaint (application) and the service-address form</translation>
    </message>
    <message>
        <source>请先导出材料包并打印，供当事人签字</source>
        <translation>Export and print the package for the party to sign first</translation>
    </message>
    <message>
        <source>请填写平台生成的申请编号</source>
        <translation>Enter the application number the platform gave</translation>
    </message>
    <message>
        <source>请照录补正通知要求补正的内容</source>
        <translation>Copy what the correction notice asks for</translation>
    </message>
    <message>
        <source>补正后须先导出新版本的材料包，再重新提交（原版本已冻结）</source>
        <translation>Export a new package version after the correction before resubmitting (the old one is frozen)</translation>
    </message>
    <message>
        <source>立案后才会收到交纳诉讼费通知</source>
        <translation>A fee notice comes only after the case is docketed</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>上次运行意外退出</source>
        <translation>The last run ended unexpectedly</translation>
    </message>
    <message>
        <source>网格管家上次运行时意外退出。已保存的数据不受影响；未保存的输入可能丢失。

崩溃记录已保存在：
{path}

请把该文件发给区里的技术支持。</source>
        <translation>GridWarden stopped unexpectedly the last time it ran. Saved data is not affected; input that was not saved may be lost.

The crash log was saved to:
{path}

Please send this file to the district&apos;s technical support.</translation>
    </message>
</context>
<context>
    <name>disputes</name>
    <message>
        <source>转为纠纷</source>
        <translation>Make dispute</translation>
    </message>
    <message>
        <source>协议履行（第三十一条）：{total} 项，已履行 {done}，不履行 {breached}，逾期未履行 {overdue}，未到期 {pending}；履行率 {rate}</source>
        <translation>Performance (Art. 31): {total} obligations · performed {done} · not performed {breached} · overdue {overdue} · not yet due {pending} · rate {rate}</translation>
    </message>
    <message>
        <source>自 {d} 起受理</source>
        <translation>Received since {d}</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>化解层级</source>
        <translation>Level resolved</translation>
    </message>
    <message>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>办结件数</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>其中达成协议</source>
        <translation>Of which agreed</translation>
    </message>
    <message>
        <source>办结纠纷按化解层级</source>
        <translation>Closed disputes by level resolved</translation>
    </message>
    <message>
        <source>层级为纠纷最终化解（或移交法院）所在的层级。</source>
        <translation>The level is where the dispute was finally resolved (or passed to court).</translation>
    </message>
    <message>
        <source>纠纷类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>达成协议</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>成功率</source>
        <translation>Success rate</translation>
    </message>
    <message>
        <source>未结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>办结纠纷按类别</source>
        <translation>Closed disputes by category</translation>
    </message>
    <message>
        <source>汇总</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>受理件数</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>未结件数</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>达成协议件数</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>调解成功率</source>
        <translation>Mediation success rate</translation>
    </message>
    <message>
        <source>办结天数中位数</source>
        <translation>Median days to close</translation>
    </message>
    <message>
        <source>协议履行事项</source>
        <translation>Agreement obligation</translation>
    </message>
    <message>
        <source>已履行</source>
        <translation>Performed</translation>
    </message>
    <message>
        <source>不履行</source>
        <translation>Not performed</translation>
    </message>
    <message>
        <source>逾期未履行</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>履行率</source>
        <translation>Performance rate</translation>
    </message>
    <message>
        <source>成功率 = 达成协议（书面或口头）件数 ÷ 办结件数。</source>
        <translation>Success rate = disputes with an agreement (written or oral) ÷ disputes closed.</translation>
    </message>
    <message>
        <source>办结天数自受理日计至结案日（协议生效、调解终止或移交之日）。</source>
        <translation>Days to close run from intake to closing (the day the agreement took effect, mediation ended or the dispute was passed on).</translation>
    </message>
    <message>
        <source>履行率 = 已履行 ÷（已履行 + 不履行 + 逾期未履行），现行协议。</source>
        <translation>Performance rate = performed ÷ (performed + not performed + overdue), current agreements.</translation>
    </message>
    <message>
        <source>疑似重复</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>已报警</source>
        <translation>Police informed</translation>
    </message>
    <message>
        <source>高风险</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>结案日期 {d}</source>
        <translation>Closed {d}</translation>
    </message>
    <message>
        <source>{d} 已履行（曾登记不履行）</source>
        <translation>{d} performed (non-performance had been recorded)</translation>
    </message>
    <message>
        <source>{d} 已履行</source>
        <translation>{d} performed</translation>
    </message>
    <message>
        <source>{d} 不履行</source>
        <translation>{d} not performed</translation>
    </message>
</context>
<context>
    <name>event_stats</name>
    <message>
        <source>{start} 至 {end} 上报</source>
        <translation>Reported {start} to {end}</translation>
    </message>
    <message>
        <source>截至 {end} 全部上报</source>
        <translation>All reported up to {end}</translation>
    </message>
    <message>
        <source>按时签收率</source>
        <translation>On-time sign-for rate</translation>
    </message>
    <message>
        <source>按时办结率</source>
        <translation>On-time completion rate</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>联动率</source>
        <translation>Linkage rate</translation>
    </message>
    <message>
        <source>总体指标</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>达标件数</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>总件数</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>比率</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>工单 {n} 件，未结 {open} 件，超期未结 {late} 件，紧急 {urgent} 件</source>
        <translation>{n} orders, {open} open, {late} overdue, {urgent} emergencies</translation>
    </message>
    <message>
        <source>按渠道</source>
        <translation>By channel</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>工单按渠道</source>
        <translation>Orders by channel</translation>
    </message>
    <message>
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>工单按类别</source>
        <translation>Orders by category</translation>
    </message>
    <message>
        <source>按网格</source>
        <translation>By grid</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>按部门</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>承办</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>按时办结</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>平均用时（工作日）</source>
        <translation>Mean time (working days)</translation>
    </message>
    <message>
        <source>超期未结</source>
        <translation>Overdue, open</translation>
    </message>
    <message>
        <source>按月趋势</source>
        <translation>Monthly trend</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>上报</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>每月上报工单</source>
        <translation>Orders reported per month</translation>
    </message>
    <message>
        <source>按周趋势</source>
        <translation>Weekly trend</translation>
    </message>
    <message>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>热点微网格</source>
        <translation>Hot spots</translation>
    </message>
    <message>
        <source>微网格</source>
        <translation>Micro-grid</translation>
    </message>
    <message>
        <source>未结</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>导出统计</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <source>正在汇总统计数据</source>
        <translation>Reading the figures</translation>
    </message>
    <message>
        <source>已导出：{p}</source>
        <translation>Exported: {p}</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>图片 (*.png *.jpg *.jpeg *.heic *.webp);;PDF (*.pdf);;所有文件 (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.heic *.webp);;PDF (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;所有文件 (*)</source>
        <translation>Excel (*.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>filing</name>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>按类型</source>
        <translation>By kind</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>网上立案按类型</source>
        <translation>Online filings by kind</translation>
    </message>
    <message>
        <source>按状态</source>
        <translation>By status</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>按法院</source>
        <translation>By court</translation>
    </message>
    <message>
        <source>法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>汇总</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>已立案（确认）件数</source>
        <translation>Docketed (confirmed)</translation>
    </message>
    <message>
        <source>平均取得案号天数</source>
        <translation>Average days to the case number</translation>
    </message>
    <message>
        <source>曾被退回补正件数</source>
        <translation>Sent back for correction</translation>
    </message>
    <message>
        <source>退回补正率</source>
        <translation>Correction rate</translation>
    </message>
    <message>
        <source>取得案号天数：自平台提交之日至立案（确认）之日。</source>
        <translation>Days to the case number: from submission on the platform to docketing (confirmation).</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>逾期 {n} 天</source>
        <translation>{n} d overdue</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>剩 {n} 天</source>
        <translation>{n} d left</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{text}（{note}）</source>
        <translation>{text} ({note})</translation>
    </message>
    <message>
        <source>{name}：{value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>{law}{article}</source>
        <translation>{law} {article}</translation>
    </message>
</context>
<context>
    <name>ledger</name>
    <message>
        <source>导出台账</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <source>把当前列表（按现在的筛选和排序）导出为 Excel 或打印为 PDF</source>
        <translation>Export this list (with its current filter and sort) to Excel or print it to PDF</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>打印为 PDF…</source>
        <translation>Print to PDF…</translation>
    </message>
    <message>
        <source>默认顺序</source>
        <translation>usual order</translation>
    </message>
    <message>
        <source>降序</source>
        <translation>descending</translation>
    </message>
    <message>
        <source>升序</source>
        <translation>ascending</translation>
    </message>
    <message>
        <source>{column}（{order}）</source>
        <translation>{column} ({order})</translation>
    </message>
    <message>
        <source>筛选：{filter}；排序：{sort}；共 {n} 条</source>
        <translation>Filter: {filter}; sort: {sort}; {n} rows</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>列表是空的：先改一改筛选条件，再导出。</source>
        <translation>The list is empty: change the filter first, then export.</translation>
    </message>
    <message>
        <source>制表：{operator}&#x3000;打印时间：{when}</source>
        <translation>Prepared by {operator}   Printed {when}</translation>
    </message>
    <message>
        <source>正在导出 {title}…</source>
        <translation>Exporting {title}…</translation>
    </message>
    <message>
        <source>导出失败：{error}</source>
        <translation>Export failed: {error}</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
</context>
<context>
    <name>legal_aid</name>
    <message>
        <source>代理申请人姓名（如监护人）</source>
        <translation>Name of the person applying on their behalf (e.g. guardian)</translation>
    </message>
    <message>
        <source>代理人电话</source>
        <translation>Agent&apos;s phone</translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>特殊群体等情况</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <source>⚠可先行援助</source>
        <translation>⚠ Aid in advance possible</translation>
    </message>
    <message>
        <source>已先行援助</source>
        <translation>Aided in advance</translation>
    </message>
    <message>
        <source>通城通办</source>
        <translation>City-wide</translation>
    </message>
    <message>
        <source>群体{n}人，{k}人待办</source>
        <translation>Group of {n}, {k} pending</translation>
    </message>
    <message>
        <source>群体{n}人</source>
        <translation>Group of {n}</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>{status}等</source>
        <translation>{status} etc.</translation>
    </message>
    <message>
        <source>一次性告知补充：{items}；{day} 前</source>
        <translation>Missing-materials notice: {items}; by {day}</translation>
    </message>
    <message>
        <source>补交：{items}</source>
        <translation>Supplied: {items}</translation>
    </message>
    <message>
        <source>理由：{v}</source>
        <translation>Reasons: {v}</translation>
    </message>
    <message>
        <source>依据：{v}</source>
        <translation>Basis: {v}</translation>
    </message>
    <message>
        <source>转交{agency}，接收人{who}</source>
        <translation>Forwarded to {agency}, received by {who}</translation>
    </message>
    <message>
        <source>原承办人员：{who}</source>
        <translation>Previous aid worker: {who}</translation>
    </message>
    <message>
        <source>事项结束：{day}</source>
        <translation>Matter ended: {day}</translation>
    </message>
    <message>
        <source>获得 {v} 元</source>
        <translation>recovered {v} yuan</translation>
    </message>
    <message>
        <source>针对终止决定</source>
        <translation>against the termination</translation>
    </message>
    <message>
        <source>针对不予援助决定</source>
        <translation>against the refusal</translation>
    </message>
    <message>
        <source>取自居民登记：{fields}</source>
        <translation>From the resident register: {fields}</translation>
    </message>
    <message>
        <source>（在 {n} 更正群体案件事实）</source>
        <translation> (group case facts corrected on {n})</translation>
    </message>
    <message>
        <source>更正：{fields}{via}</source>
        <translation>Corrected: {fields}{via}</translation>
    </message>
    <message>
        <source>已于 {notice} 一次性告知补充材料，{day} 为最后期限（逾期视为撤回）</source>
        <translation>Missing-materials notice issued {notice}; last day {day} (after that deemed withdrawn)</translation>
    </message>
    <message>
        <source>已生成：
{files}</source>
        <translation>Written:
{files}</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打开 PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>{name}（{n} 人）</source>
        <translation>{name} ({n} people)</translation>
    </message>
    <message>
        <source>法律援助：临期与逾期（{n}）</source>
        <translation>Legal aid: due soon and overdue ({n})</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>法律援助：时效将届满，可先行援助（第四十四条）（{n}）</source>
        <translation>Legal aid: limitation periods running out, aid in advance possible (Art. 44) ({n})</translation>
    </message>
    <message>
        <source>时效/期限</source>
        <translation>Limitation/deadline</translation>
    </message>
    <message>
        <source>需立即保全</source>
        <translation>Preservation needed now</translation>
    </message>
    <message>
        <source>法律援助：已先行援助，待补办手续并作出决定（第四十四条）（{n}）</source>
        <translation>Legal aid: aid given in advance, formalities and decision pending (Art. 44) ({n})</translation>
    </message>
    <message>
        <source>先行援助</source>
        <translation>Aid in advance</translation>
    </message>
    <message>
        <source>{day}（{n} 天前）</source>
        <translation>{day} ({n} days ago)</translation>
    </message>
    <message>
        <source>援助人员</source>
        <translation>Aid worker</translation>
    </message>
    <message>
        <source>待补材料</source>
        <translation>Awaiting materials</translation>
    </message>
    <message>
        <source>{n} 项</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <source>已齐，待决定</source>
        <translation>Complete, to decide</translation>
    </message>
    <message>
        <source>——{cite}</source>
        <translation> — {cite}</translation>
    </message>
    <message>
        <source>受理窗口</source>
        <translation>Receiving window</translation>
    </message>
    <message>
        <source>申请事项</source>
        <translation>Matter applied for</translation>
    </message>
    <message>
        <source>规定该事项的法规</source>
        <translation>Law providing for the matter</translation>
    </message>
    <message>
        <source>「其他情形」须注明法律、法规或规章，如《江苏省法律援助条例》</source>
        <translation>&quot;Other matters&quot; need the law, regulation or rule, e.g. 《江苏省法律援助条例》</translation>
    </message>
    <message>
        <source>程序</source>
        <translation>Proceeding</translation>
    </message>
    <message>
        <source>受理法院或机关</source>
        <translation>Court or handling body</translation>
    </message>
    <message>
        <source>诉讼事项据此确定管辖（第三十八条），如 南通市崇川区人民法院</source>
        <translation>Decides jurisdiction for litigation (Art. 38), e.g. 南通市崇川区人民法院</translation>
    </message>
    <message>
        <source>管辖的法律援助机构</source>
        <translation>Competent legal-aid agency</translation>
    </message>
    <message>
        <source>对方当事人</source>
        <translation>Opposing party</translation>
    </message>
    <message>
        <source>对方统一社会信用代码</source>
        <translation>Opposing party&apos;s USCC</translation>
    </message>
    <message>
        <source>对方为单位时填写（18 位）</source>
        <translation>When the other side is an organisation (18 characters)</translation>
    </message>
    <message>
        <source>案情及请求</source>
        <translation>Facts and claims</translation>
    </message>
    <message>
        <source>有时效或期限</source>
        <translation>Has a limitation period or deadline</translation>
    </message>
    <message>
        <source>如：劳动仲裁时效、上诉期限</source>
        <translation>e.g. labour arbitration limitation, appeal deadline</translation>
    </message>
    <message>
        <source>时效/期限届满日</source>
        <translation>Limitation/deadline expires</translation>
    </message>
    <message>
        <source>需要立即申请财产保全、证据保全或先予执行（第四十四条）</source>
        <translation>Property or evidence preservation or advance enforcement needed at once (Art. 44)</translation>
    </message>
    <message>
        <source>其他可先行援助的情形</source>
        <translation>Other situation for aid in advance</translation>
    </message>
    <message>
        <source>法律、法规、规章规定的其他情形（第四十四条第（三）项），注明依据</source>
        <translation>Another situation named by a law, regulation or rule (Art. 44(3)): name it</translation>
    </message>
    <message>
        <source>没有委托辩护人的原因（第二十四条）</source>
        <translation>Why there is no defender (Art. 24)</translation>
    </message>
    <message>
        <source>羁押场所转交</source>
        <translation>Forwarded by custody</translation>
    </message>
    <message>
        <source>如：南通市看守所</source>
        <translation>e.g. Nantong Detention Centre</translation>
    </message>
    <message>
        <source>被羁押人员提交申请的时间</source>
        <translation>When the detainee handed in the application</translation>
    </message>
    <message>
        <source>本机构收到转交的时间</source>
        <translation>When this agency received it</translation>
    </message>
    <message>
        <source>提交于</source>
        <translation>handed in</translation>
    </message>
    <message>
        <source>本机构收到于</source>
        <translation>received here</translation>
    </message>
    <message>
        <source>被羁押人员的申请（第三十九条）</source>
        <translation>Detainee&apos;s application (Art. 39)</translation>
    </message>
    <message>
        <source>通城通办：本窗口受理后转交{agency}（第三十八条）</source>
        <translation>City-wide handling: this window receives and forwards to {agency} (Art. 38)</translation>
    </message>
</context>
<context>
    <name>list</name>
    <message>
        <source>共 {n} 件</source>
        <translation>Total: {n}</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>已存的列表：选一个即按它的筛选和排序显示</source>
        <translation>Saved lists: pick one to show the list with its filter and sort</translation>
    </message>
    <message>
        <source>存为列表…</source>
        <translation>Save as list…</translation>
    </message>
    <message>
        <source>把现在的筛选和排序存为一个有名字的列表，以后再选</source>
        <translation>Save the current filter and sort as a named list to pick again later</translation>
    </message>
    <message>
        <source>已存列表…</source>
        <translation>Saved lists…</translation>
    </message>
    <message>
        <source>存为列表</source>
        <translation>Save as list</translation>
    </message>
    <message>
        <source>列表名称（如：本月独居老人走访）</source>
        <translation>Name of the list (e.g. Elderly living alone, this month)</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>{since} 至 {until}</source>
        <translation>{since} to {until}</translation>
    </message>
    <message>
        <source>点一下取消这个期限筛选</source>
        <translation>Click to remove this deadline filter</translation>
    </message>
    <message>
        <source>期限在 {last} 前（已逾期） ✕</source>
        <translation>Due before {last} (overdue) ✕</translation>
    </message>
    <message>
        <source>期限 {day} ✕</source>
        <translation>Due {day} ✕</translation>
    </message>
    <message>
        <source>期限 {first} 至 {last} ✕</source>
        <translation>Due {first} to {last} ✕</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>未能完成</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>实有人口</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>网格事件</source>
        <translation>Grid events</translation>
    </message>
    <message>
        <source>网格地图</source>
        <translation>Grid map</translation>
    </message>
    <message>
        <source>矛盾调解</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>法律援助</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <source>网上立案</source>
        <translation>Online filing</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>待处理冲突</source>
        <translation>Conflicts</translation>
    </message>
</context>
<context>
    <name>text_size</name>
    <message>
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>大</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>特大</source>
        <translation>Extra large</translation>
    </message>
</context>
<context>
    <name>tiles</name>
    <message>
        <source>关怀走访</source>
        <translation>Care visit</translation>
    </message>
    <message>
        <source>事件工单</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>矛盾调解</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>法律援助</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <source>网上立案</source>
        <translation>Online filing</translation>
    </message>
    <message>
        <source>逾期 {n}</source>
        <translation>Overdue: {n}</translation>
    </message>
    <message>
        <source>今日到期 {n}</source>
        <translation>Due today: {n}</translation>
    </message>
    <message>
        <source>3 日内 {n}</source>
        <translation>Next 3 days: {n}</translation>
    </message>
    <message>
        <source>打开{what}列表，只列这些期限</source>
        <translation>Open the {what} list with these deadlines only</translation>
    </message>
    <message>
        <source>明天起 3 个工作日内（至 {day}，按节假日和调休计算）</source>
        <translation>The next 3 working days from tomorrow (to {day}, holidays and make-up days counted)</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <source>关怀对象待走访（{n}）</source>
        <translation>Care targets due a visit ({n})</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>关怀原因</source>
        <translation>Reason for care</translation>
    </message>
    <message>
        <source>频次</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>每 {n} 天</source>
        <translation>Every {n} d</translation>
    </message>
    <message>
        <source>上次走访</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>从未</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>应访日期</source>
        <translation>Visit due</translation>
    </message>
    <message>
        <source>记录走访</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <source>未遇</source>
        <translation>Not at home</translation>
    </message>
    <message>
        <source>【急】</source>
        <translation>[Urgent] </translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>到期回访（{n}）</source>
        <translation>Follow-ups due ({n})</translation>
    </message>
    <message>
        <source>回访日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>上次事由</source>
        <translation>Last purpose</translation>
    </message>
    <message>
        <source>上次情况</source>
        <translation>Last findings</translation>
    </message>
    <message>
        <source>临期与逾期事件（{n}）</source>
        <translation>Events due soon or overdue ({n})</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>矛盾纠纷期限（{n}）</source>
        <translation>Dispute deadlines ({n})</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>【{n}日提醒】</source>
        <translation>[{n}-day warning] </translation>
    </message>
    <message>
        <source>网上立案期限（{n}）</source>
        <translation>Online filing deadlines ({n})</translation>
    </message>
</context>
</TS>
