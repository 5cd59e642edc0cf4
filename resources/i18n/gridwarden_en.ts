<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>受理窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规定该事项的法规</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「其他情形」须注明法律、法规或规章，如《江苏省法律援助条例》</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理法院或机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>诉讼事项据此确定管辖（第三十八条），如 南通市崇川区人民法院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管辖的法律援助机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方为单位时填写（18 位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案情及请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有时效或期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：劳动仲裁时效、上诉期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时效/期限届满日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需要立即申请财产保全、证据保全或先予执行（第四十四条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>由纠纷调解转来（调解不成）：已带入当事人与案情，请核对补全。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>住址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请求金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>材料清单（已提交的打勾；缺的将一次性告知）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资格审查（依《法律援助法》逐项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>群体案件名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：惠民超市派遣员工欠薪群体案件（27人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从 Excel 导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空白名单模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每位申请人均已提交的材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律规定的期限不能更改：收到完整申请后七日内作出决定、决定援助后三日内指派（第四十三条），异议五日内审查（第四十九条）。以下是法律留给本地的做法。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补充材料期限（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一次性告知后，申请人补充材料的期限；逾期视为撤回申请（第四十三条未定天数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通城通办转交期限（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理其他机构管辖的申请后，转交有管辖权的法律援助机构的期限（第三十八条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理异议的司法行政部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：南通市崇川区司法局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>写入不予法律援助决定书的异议途径（第四十九条）；不填则写“设立本法律援助机构的司法行政部门”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“今日”提前提醒（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限在这么多天内到期的申请列入“今日”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改只影响此后发出的告知和受理的申请；已告知申请人的期限不变。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请已作出决定或已转交：决定所依据的事项不能再更正，只能更正联系方式。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不更正请留空（现为 {masked}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>群体案件：以下事项对全部 {n} 名申请人一并更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项类别、程序、受理窗口和管辖机构决定申请的去向，不能更正；录错的请作废后重新受理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：受理时录错；申请人更换手机号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本次补交的材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转交至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接收人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>律师事务所或单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经济困难审查（第四十一条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不予援助的理由（书面）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据的条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经审查不符合经济困难标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>司法行政部门收到异议日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤回原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>终止情形（第四十八条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>异议内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审查意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>更正协议（新版本）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>制作调解协议书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录口头协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主要事实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>争议事项及责任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>义务人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>义务内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加一项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationPanel</name>
    <message>
        <source>选择左侧的申请查看详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看群体案件全部申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看完整证件号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人信息保密（第二十一条）；查看将记入审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正受理时录错或已变更的信息；作出决定后只能更正联系电话、住址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理录错的申请在作出决定或转交前作废，须写明原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资格审查（依《法律援助法》逐项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>材料清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文书（PDF 与 DOCX）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理记录（全程留痕）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有符合条件的申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>群体案件：{name}（{n} 人，一人一决定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已于 {day} 作废：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}：{day}（{left}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>决定于 {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指派于 {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转交于 {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}，{gender}，{age} 岁&#x3000;身份证号：{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话：{phone}&#x3000;住址：{address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理申请人：{name}（{relation}）{phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>妇女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情况：{facts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请求金额：{v} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序：{p}&#x3000;受理机关：{body}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方当事人：{v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理：{window}，{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通城通办：管辖机构为{agency}（第三十八条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}届满：{day}（{left}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时效或期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已于 {d} 先行提供法律援助（第四十四条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源：调解不成的纠纷（{id}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>暂无数据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanDialog</name>
    <message>
        <source>关怀对象：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关怀原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访频次（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列为关怀对象</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <source>{title}（即将推出）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>更正申请：{number} {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputePanel</name>
    <message>
        <source>选择左侧的纠纷查看详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解协议书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>口头协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印协议书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出卷宗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转法律援助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>追加当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除所选…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记不履行…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录督促…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议与履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理经过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名/名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本辖区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>住址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{n}版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已更正）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正所选记录（保留原记录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>义务人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行监督记录（人民调解法第三十一条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有符合条件的纠纷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未达成协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} 第{rev}版，{day}达成；履行方式：{how}；履行期限：{due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源：{s}&#x3000;受理：{when}（{who}）&#x3000;{station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>层级：{level}&#x3000;风险：{risk}&#x3000;金额：{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345工单：{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网格事件：{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访：{v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{src}：{court} {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解期限：{due}（{left}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解员：{m}（{how}，{mode}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人选定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 疑似重复：与 {n} 当事人相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已报告 {unit}（{when}，第二十五条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不宜调解：{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结案：{day}，化解于{level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已告知维权途径：{r}（第二十六条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议生效：{day}；司法确认：{state}，申请截止 {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明：{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已于 {day} 接收委派/委托；法院的调解期限自接收之日起算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 待接收：应于 {due} 前接收（{left}，收到后3个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputeStatsView</name>
    <message>
        <source>近12个月受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年度受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办结纠纷按化解层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纠纷按类别（件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达成协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成功率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成功率 = 达成协议（书面或口头）件数 ÷ 办结件数；办结天数自受理日计至结案日。层级为纠纷最终化解（或移交）所在的层级。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d:g} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理 {total} 件，办结 {closed} 件，未结 {open} 件；调解成功率 {rate}；办结天数中位数 {median}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputesPage</name>
    <message>
        <source>全部状态（未结在前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索编号、当事人、事实、工单号、法院案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理纠纷 (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纠纷台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计分析</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>矛盾调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已转为纠纷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该网格事件已转为纠纷 {n}，已为你打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除当事人：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除原因（如：录入错误、经查与本纠纷无关）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该记录已有更新的版本，请更正最新版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在列表中选择一项履行事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该事项已履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该事项已登记不履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督促履行：{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督促方式与义务人的答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转法律援助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将为 {name} 打开法律援助申请（已预填纠纷 {n} 的信息）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存：
{pdf}
{docx}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未能生成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>上报网格事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>紧急（当日办结）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情况描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加照片…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>未办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索编号、描述、地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上报事件 (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩余</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网格事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择左侧的事件查看详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>矛盾纠纷线索转入矛盾调解：受理表已预填并关联本事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加照片…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理记录（全程留痕）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照片与附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有符合条件的事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点：{v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上报：{who} {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限：{due}（{left}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承办部门：{v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>因回访不满意重办 {n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupIntakeDialog</name>
    <message>
        <source>群体案件（一案多人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择申请人名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存名单模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 人，{bad} 行有误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开所选申请人 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选人员：{action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选人员的受理通知书（合为一个文件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人（一人一决定；可多选后统一办理）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>群体案件：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最早期限：{what} {day}（{left}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有待办的期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} · {matter}（{law}{article}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方当事人：{v}&#x3000;受理机关：{body}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理：{window}，{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人 {n} 人：{statuses}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>编辑户信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：工农路12号工农花苑3幢1单元101室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>微网格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>搜索：姓名、拼音首字母（如 zs）、地址、电话、身份证号后几位  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按地址排序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按户主姓名（拼音）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增户 (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>微网格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关怀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户籍登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择左侧的户查看详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加居民</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录走访 (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上报事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注销户…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑居民</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关怀对象…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>迁出/注销…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示证件号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>居民</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废所选走访…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纠纷回访中发现的纠纷转入矛盾调解（受理表预填并关联本次走访）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>残疾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特困</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未成年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>隐藏证件号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部网格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部微网格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在载入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有符合条件的户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该户已不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>迁出或注销：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因（迁出、死亡等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注销户：{address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因（整户迁出、房屋拆除等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废走访：{when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废原因（如：录错户）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>受理纠纷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网格事件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345工单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法院案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：（2026）苏0602民诉前调1234号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审理程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>争议金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>风险等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调处工作站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纠纷事实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纠纷情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少申请人和被申请人各一方。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除最后一位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理纠纷（来自 {origin}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助申请（窗口受理）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gender}，{born} 生，{age} 岁</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuedNotices</name>
    <message>
        <source>出具时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机无此文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyedTableModel</name>
    <message>
        <source>（已不存在）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalAidPage</name>
    <message>
        <source>待办（按期限）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部窗口与工作站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索姓名、编号、对方当事人、群体案件、身份证号后四位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新申请 (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>群体案件… (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地做法…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补充材料期限、通城通办转交期限、受理异议的司法行政部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩余</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理队列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机没有法律援助窗口或工作站的资料，请先同步。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>群体案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在名单中选择申请人（可多选）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录区级服务器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务器地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码只用于本次登录，不会保存在本机。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写服务器地址，例如 http://10.0.0.5:8470</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在登录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录凭据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>网格管家 GridWarden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网上立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>由纠纷或援助案件生成立案材料包，排队提交并跟踪。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网格管家 GridWarden {v}
数据目录：{d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步：未登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{role}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理中…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待上传 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步：本设备已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步：未登录 · {pending}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步：进行中… · {pending}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步：失败（{kind}）· {pending}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从未</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步：{last} · {pending}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {n} 条冲突待处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法连接服务器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务器无响应</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务器出错</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需重新登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设备已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序需更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请查看同步页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本地数据 {size:.1f} MB · {n} 条待同步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未能完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObligationDialog</name>
    <message>
        <source>登记不履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>义务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不履行情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：两次督促后义务人明确表示不再履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>编辑当事人：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>追加当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>追加说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：调解中查明物业公司负有维修责任</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <source>身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名/名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 位，不含 I、O、Z、S、V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>住址/住所地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理人电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人（自然人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人（单位）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <source>法律援助：本地做法</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterOffer</name>
    <message>
        <source>填入所选 (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>居民登记中没有此身份证号，请按申请人提供的材料填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>居民登记中有此人（{name}，{address}）。勾选的信息将填入申请：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（现填：{value}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <source>编辑居民</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加居民</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 位，末位可为 X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>残疾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特困</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地区未知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生 {born} · {gender} · {place}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>记录类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发现于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存选择并同步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待处理冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 条冲突待处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有需要处理的冲突：本机与服务器一致。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择左侧的一条冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}：{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务器拒绝了这项修改：{reason}
本机已恢复为服务器上的内容；如仍需要，请重新操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>知道了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您在本机修改的字段，在服务器上也被他人改成了不同的值。两个值都已保留，请逐项选择要保留哪一个；您的选择会同步给所有人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务器上的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}
{who} · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您在本机修改了这条记录，但它已在服务器上被删除（{who}，{when}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复记录，并保留我的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接受删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您在本机删除了这条记录，但服务器上它已被修改（{who}，{when}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仍然删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留记录（含服务器上的修改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请为每一项选择保留哪一方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>更正调解记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用顿号或逗号分隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>全部年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计期间（按受理日期）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按时率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>件数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>窗口或工作站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按事项类型（件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按受理窗口、工作站（件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时效（日历日，届满日遇休息日顺延）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y} 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理 {cases} 件 {people} 人；其中通城通办 {city} 件，行政争议 {admin} 件，群体案件 {groups} 件（{group_people} 人）；按时作出决定 {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计期间（受理日期）：{p}。件数按案件计，人数按申请人计（群体案件一案多人）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按事项类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助申请：按事项类型（件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按窗口工作站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助申请：按受理窗口、工作站（件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限按日历日计算，起算日不计入，届满日遇休息日顺延（民法典第二百零一条、第二百零三条）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助统计-{y}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>{action}：事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联动部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律法规或职责清单条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处置结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}：{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接收日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{src}：{court} {ref}。收到于 {day}，应在3个工作日内决定是否接收；接收后，法院的调解期限自接收之日起算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人选择的调解员（第二十三条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要求回避的调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人拒绝的调解员（第二十三条），没有则留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拒绝调解的当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人一方明确拒绝调解的，不得调解（人民调解法第十七条）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情形</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报告的公安机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已告知的维权途径（第二十六条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上移至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签署日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各方当事人已签名、盖章或按指印，调解员已签名并加盖委员会印章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>司法确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解不成的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤回原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人的表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情况与措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上移理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 名申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}：{who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>与区级服务器同步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离线录入的内容先保存在本机，联网后自动上传；其他人的修改随后下载到本机。同一字段被两处修改时，两个值都会保留，交由您在“待处理冲突”中选择。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务器地址：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录账号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次成功同步：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次尝试：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待上传：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待处理冲突：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即同步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去处理冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尝试次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未能上传的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从未</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{user}，{role}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新登录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本设备已被停用，同步已停止。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录已失效或尚未在本次运行中登录，请重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未登录同步服务器。请点击“登录…”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在同步…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一切正常。每 {m} 分钟自动同步一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在连接服务器…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在上传修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在下载更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在上传附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在下载附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在核对数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}（{done}/{total}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步未完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>今日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，{n} 项已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}&#x3000;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今天没有待办事项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>记录走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（全户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情况记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访发现的情况；Ctrl+Enter 保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需要回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发现问题，保存后上报网格事件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitPicker</name>
    <message>
        <source>搜索地址、姓名或走访情况（空白：最近的纠纷回访）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到符合的走访记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>全部事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只看需回访的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 次走访</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>作废申请：{number} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废用于受理时录错的申请（如重复录入、录错申请人）。作废后不再出现在待办队列，记录不删除，可在「已作废」中查看原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>找不到文件：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件过大：{name}（单个附件不超过 25 MB）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未找到可嵌入的中文字体，无法生成 PDF。请安装 Noto CJK 字体（Debian：fonts-noto-cjk）或在设置中指定字体文件；DOCX 仍可生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已派发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已签收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处置中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已回复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>派发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>驳单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>安全隐患</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>群租房</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>小化工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>矛盾纠纷线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议待签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已达成协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解不成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拒绝调解终止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已移交法院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接收委派/委托</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指定调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>制作协议书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议签署生效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>口头协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人拒绝调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报告公安机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上移化解层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>司法确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>追加当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记不履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>督促履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纠纷已在法院层级，不能再上移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该委派/委托已接收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有法院委派或委托的纠纷需要接收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先接收法院的委派/委托（收到后3个工作日内），再指定调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的操作：{action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人已明确拒绝调解，调解已终止，不能{action}（人民调解法第十七条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纠纷当前为「{status}」，不能{action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人已明确拒绝调解，不得再行调解（人民调解法第十七条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纠纷当前为「{status}」，不能记录调解（须先指定调解员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的化解层级：{level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写接收日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择公开或不公开调解（第二十三条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>须告知当事人可依法通过仲裁、行政、司法等途径维权（第二十六条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明调解不成的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明拒绝调解的当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请记录当事人拒绝调解的明确表示（第十七条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择不宜调解的情形</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写报告的公安机关（第二十五条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明可能激化的情形和已采取的措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明撤回的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明上移化解层级的理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明更正的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写签署日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议书须经各方当事人签名、盖章或按指印，调解员签名并加盖调解委员会印章后生效（第二十九条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择司法确认情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事件当前为「{status}」，不能{action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>派发须选择联动部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>驳单或退单须写明理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>驳单须写明法律或职责依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回复须写明处置结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访须选择满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网格微法庭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>矛盾纠纷调处工作站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人民调解委员会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人民法院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助工作站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>独居老人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空巢家庭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>留守儿童</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出租房</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>沿街商铺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退役军人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>配偶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>子女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>父母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>孙子女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>兄弟姐妹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>租户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例行走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关怀走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>隐患排查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>疫情排查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纠纷回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空巢老人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>《法律援助法》</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十一条事项（须经济困难）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十二条事项（不受经济困难条件限制）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刑事案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依法请求国家赔偿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十一条第（一）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请求给予社会保险待遇或者社会救助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十一条第（二）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请求发给抚恤金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十一条第（三）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请求给付赡养费、抚养费、扶养费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十一条第（四）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请求确认劳动关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十一条第（五）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请求支付劳动报酬</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请求认定公民无民事行为能力或者限制民事行为能力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十一条第（六）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请求工伤事故人身损害赔偿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十一条第（七）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请求交通事故人身损害赔偿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请求食品药品安全事故人身损害赔偿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请求医疗事故人身损害赔偿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请求环境污染、生态破坏损害赔偿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十一条第（八）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律、法规、规章规定的其他情形（须经济困难）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十一条第（九）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>英雄烈士近亲属为维护英雄烈士的人格权益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十二条第（一）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>因见义勇为行为主张相关民事权益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十二条第（二）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再审改判无罪请求国家赔偿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十二条第（三）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>遭受虐待、遗弃或者家庭暴力的受害人主张相关权益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十二条第（四）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律、法规、规章规定的其他情形（不受经济困难条件限制）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十二条第（五）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刑事犯罪嫌疑人、被告人申请辩护</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第二十四条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刑事被害人、自诉人、附带民事诉讼原告人申请代理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第二十九条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他事项（不在法定范围内）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>民事诉讼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行政诉讼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刑事诉讼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>劳动人事争议仲裁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行政复议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>国家赔偿申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他非诉讼事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助申请表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>居民身份证或其他有效身份证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理申请人的身份证明及代理权证明（监护关系证明或授权委托书）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经济困难状况说明表（或个人诚信承诺书）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无固定生活来源证明（村（居）委会或有关部门出具）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>残疾人证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最低生活保障、特困人员救助供养或其他社会救助证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>司法救助决定书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优抚对象证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进城务工证明（劳动合同、工牌、考勤或工友证明等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>赔偿义务机关的决定或侵权行为的证明材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社会保险或社会救助的申请及答复材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抚恤金申请及答复材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲属关系证明（户口簿、出生医学证明、结婚证等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>劳动关系证明（劳动合同、工资支付记录、社保缴费记录等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>欠薪事实及金额材料（工资条、欠条、考勤记录等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医学诊断或司法鉴定材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工伤认定决定书（或工伤认定申请材料）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医疗诊断证明及医疗费用票据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>道路交通事故认定书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>购买凭证及有关部门的调查结论（如有）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>病历资料及医疗损害鉴定意见（如有）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>损害事实及因果关系材料（监测报告等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与英雄烈士的近亲属关系证明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>见义勇为确认文件或相关事实材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再审改判无罪的判决书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报警回执、告诫书、人身安全保护令或伤情证明等（如有）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立案、起诉或审判阶段的法律文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与申请事项有关的其他材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无固定生活来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>残疾人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特困人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他社会救助对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>司法救助对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优抚对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进城务工人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已委托律师或其他代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定代理人（监护人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>近亲属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>律师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助机构工作人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基层法律服务工作者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助志愿者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受援人以欺骗或者其他不正当手段获得法律援助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受援人故意隐瞒与案件有关的重要事实或者提供虚假证据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受援人利用法律援助从事违法活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受援人的经济状况发生变化，不再符合法律援助条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案件终止审理或者已经被撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受援人自行委托律师或者其他代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受援人有正当理由要求终止法律援助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律法规规定的其他情形</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未审查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经核查符合经济困难标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人作出诚信承诺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经审查不符合经济困难标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人主动撤回申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期未补充材料，视为撤回申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保家庭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网格员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网格中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择事件类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请描述事件情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事件描述过长（最多 4000 字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关联的走访记录不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该户已不存在（可能已被注销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事件已变为「{status}」，请刷新后再操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选部门不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该事件不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址过长（最多 200 字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择所属微网格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的标签：{tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写申请人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名过长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写申请人的身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择代理人与申请人的关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写代理人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额应为数字（元），如 12800 或 3500.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的材料：{items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择申请事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择程序类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请简述案情及请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案情过长（最多 4000 字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择受理窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码有误（18 位，末位为校验码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>诉讼事项须填写受理法院：据此确定管辖的法律援助机构（第三十八条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该法律援助申请不存在或已作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请已变为「{status}」，请刷新后再操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写群体案件名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {n} 行：{errors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请至少录入一名申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人名单有误：{rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选受理窗口不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选法律援助机构不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择与户主关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选微网格不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写迁出或注销原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择关怀原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访频次应在 1–365 天之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该居民已不存在（可能已迁出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该户已有户主（{name}），一户只能有一位户主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该身份证号已登记：{name}（{address}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>磁盘空间不足，未能保存。请清理磁盘后重试，已填写的内容仍保留。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件为只读，未能保存。请检查数据目录的权限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件正被其他程序占用，未能保存，请稍后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择走访事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情况记录过长（最多 4000 字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访时间不能晚于现在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能补录 30 天内的走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访日期不能早于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>被走访人不属于该户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写作废原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该走访记录不存在或已作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地区码 {code} 不在现行代码表中（可能已撤销），请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号中的出生日期无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 位身份证号只能由数字组成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号应为 18 位（现为 {n} 位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号前 17 位须为数字，最后一位为数字或 X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号校验位不正确，请逐位核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话号码只能包含数字（可带 +86）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法识别的电话号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机号应为 11 位，以 13–19 开头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该手机号段不存在，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与第 {n} 行的身份证号重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取该文件：请选择 .xlsx 格式的 Excel 表格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格前 10 行中没有找到「姓名」和「身份证号」两列的表头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格中没有申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第四十二条第（一）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第四十二条第（二）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>住址：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保对象：凭低保证明免予核查经济困难状况（{article}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特困人员：凭特困供养证明免予核查经济困难状况（{article}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>残疾人：无固定生活来源的，免予核查经济困难状况（{article}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未成年人（{age} 岁）：无固定生活来源的，免予核查经济困难状况（{article}）；应由法定代理人代为申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解期限（一个月，惯例）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委派调解期限（诉前30日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委托调解期限（诉中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理法院委派/委托（3个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请司法确认（协议生效后30日，第三十三条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议履行（第三十一条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期未履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该事项已登记履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行日期不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行日期不能早于协议达成日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该事项已登记履行，不能登记不履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该事项已登记不履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明不履行的情况（如义务人明确拒绝、逾期未付款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请记录督促的方式和义务人的答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议已经司法确认：一方拒绝履行或者未全部履行的，对方当事人可以向人民法院申请强制执行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人之间就调解协议的履行发生争议的，一方当事人可以向人民法院提起诉讼（人民调解法第三十二条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>邻里纠纷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>婚姻家庭纠纷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>物业租赁纠纷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>劳动争议（欠薪）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>消费纠纷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交通事故纠纷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>土地纠纷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他纠纷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来访受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网格事件转入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访发现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法院委派（诉前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法院委托（诉中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>普通程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>简易程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>被申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自然人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委托代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不公开调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公开调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仲裁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行政途径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>诉讼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律、法规规定只能由专门机关管辖处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律、法规禁止采用民间调解方式解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人民法院、公安机关或其他行政机关已经受理或解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法院不予确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人不申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>书面协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码应为 18 位（现为 {n} 位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码校验位不正确，请逐位核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码格式不正确（不含字母 I、O、Z、S、V）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>涉及身份关系、收养关系、婚姻关系确认的内容，人民法院不予司法确认（法释〔2011〕5号 第四条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>住址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理人电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请求金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案情及请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理法院或机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时效/期限届满日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时效/期限说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请已「{status}」，决定或转交所依据的事项（{fields}）不能再更正；联系电话、住址仍可更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正后还须补充「{items}」，但一次性告知书已经发出，不能再次告知（第四十三条）；如确属受理时录错，请作废后重新受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正后申请材料不再齐全（缺「{items}」），而材料已经补齐、审查期限已经起算；如确属受理时录错，请作废后重新受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请已「{status}」，不能作废：作废只适用于作出决定或转交之前发现受理录错的申请；已作出的决定只能依法改变（异议，第四十九条；终止援助，第四十八条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>符合法律援助条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待审查经济困难状况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不符合法律援助条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不受经济困难条件限制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>免予核查经济困难状况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>须审查经济困难状况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不符合经济困难标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无固定生活来源的未成年人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无固定生活来源的老年人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无固定生活来源的残疾人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社会救助对象（低保、特困等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请支付劳动报酬或工伤事故人身损害赔偿的进城务工人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第四十二条第（三）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不属于法律援助事项范围：既非第三十一条、第三十二条所列事项，也非刑事案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十一条、第三十二条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「{matter}」须注明规定该事项的法律、法规或规章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>属于法律援助事项：{matter}（依据：{basis}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>属于法律援助事项：{matter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人已委托代理人；第三十二条事项不以没有代理人为条件，请核实是否仍需援助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十二条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人没有委托代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十一条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人已委托代理人，不符合「没有委托代理人」的条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不受经济困难条件的限制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>免予核查经济困难状况：{ground}，证明材料已提供</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人属于{ground}，但缺少证明材料（{missing}）：补齐后免予核查，否则须审查经济困难状况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第四十一条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人已如实说明经济困难状况并作出诚信承诺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>须审查申请人的经济困难状况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人应如实说明经济困难状况；可通过信息共享查询核查，也可由申请人作出个人诚信承诺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时效或期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}已于 {day} 届满（已过 {n} 日），请立即核实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第四十四条第（一）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>距{what}届满不足七日（剩 {n} 日，{day}），可以先行提供法律援助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需要立即申请财产保全、证据保全或者先予执行，可以先行提供法律援助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第四十四条第（二）项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进城务工人员仅在请求支付劳动报酬或工伤事故人身损害赔偿时免予核查经济困难状况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通城通办：本事项由{agency}管辖，本窗口受理后转交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他法律援助机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第三十八条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请材料不齐全，缺 {n} 项：须一次性告知申请人补充</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第四十三条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请材料齐全</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人为退役军人：可由退役军人法律援助工作站协助办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可由巾帼（妇女）法律援助工作站协助办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待补材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审查中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待转交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已转交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已决定援助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已指派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不予援助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>异议审查中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已终止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>材料补齐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先行援助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>决定援助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记异议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>维持原决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>责令改正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>终止援助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出具文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补充材料截止（逾期视为撤回，第四十三条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作出决定期限（七日，第四十三条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转交期限（通城通办，第三十八条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指派期限（三日，第四十三条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>异议审查期限（五日，第四十九条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请当前为「{status}」，不能{action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>材料仍不齐全：{items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转交须选择有管辖权的法律援助机构（第三十八条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写接收人，交接须留痕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有距时效或期限届满不足七日、或需要立即申请保全时，才能先行提供法律援助（第四十四条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写先行提供援助的法律援助人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不予法律援助须书面说明理由（第四十三条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明不予援助所依据的条款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写承办的法律援助人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择法律援助人员的类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指派律师须填写所在律师事务所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已就该决定提出过异议；对维持决定不服的，可依法申请行政复议或者提起行政诉讼（第四十九条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写司法行政部门收到异议的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收到异议的日期不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请记录异议的内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请记录司法行政部门的审查意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择撤回的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有发出补充材料通知，不能视为撤回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补充材料的期限到 {day} 为止，期满前不能视为撤回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择终止法律援助的情形（第四十八条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该事项不属于法律援助事项范围，不能决定给予法律援助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请材料不齐全，不能作出决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不符合法律援助条件：{reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>须先审查经济困难状况：经核查符合，或由申请人作出诚信承诺（第四十一条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务器不认识这类记录：{entity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务器上没有这条记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法确定该记录属于哪个网格、工作站或窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该记录不在您的负责范围内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您的角色不能修改这类记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该类记录只能新增或作废，不能修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录内容不合规：{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这类记录没有状态流转</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作编号已被其他设备使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正协议不能改变协议形式（书面/口头）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议日期不能早于受理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择书面或口头协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明纠纷的主要事实（第二十九条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明争议事项及各方当事人的责任（第二十九条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明当事人达成调解协议的内容（第二十九条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明履行的方式（第二十九条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议日期不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写履行期限（第二十九条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行期限不能早于协议日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行事项有误：{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议书须载明当事人的基本情况（第二十九条）：请先补全{names}的身份证号或统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该纠纷不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纠纷已变为「{status}」，请刷新后再操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纠纷已「{status}」，当事人信息不能再修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号 {masked} 在户籍登记中为「{name}」，与填写的姓名不一致，未关联</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与未结纠纷 {number} 的当事人相同，可能重复受理，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该纠纷尚未制作调解协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择当事人身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择自然人或单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写当事人姓名或名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名或名称过长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择代理人类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择纠纷来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择纠纷类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择风险等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理层级应为网格或工作站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明纠纷的主要事实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纠纷事实过长（最多 4000 字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请事项过长（最多 2000 字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额应为不小于 0 的数字，最多两位小数（单位：元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写网格事件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择发现纠纷的走访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写 12345 工单编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工单编号过长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择委派或委托的法院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写法院的案号或委派编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择普通程序或简易程序（期限 15 日或 7 日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少需要申请人和被申请人各一方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议书待签署：追加的当事人须填写身份证号或统一社会信用代码（第二十九条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明移除该当事人的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除后将缺少申请人或被申请人：纠纷至少需要双方各一人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该当事人不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前协议的履行事项仍以「{name}」为义务人，请更正协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该事项已履行，无需督促</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该履行事项不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议尚未生效，不能登记履行情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该事项属于已更正的旧版协议，请在现行协议上登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择受理的调处工作站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选法院不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有这个编号的网格事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该网格事件已转为纠纷 {number}（未结）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选走访记录不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该走访已转为纠纷 {number}，请核对是否重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议请通过协议书表单制作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接收日期不能早于收到委派的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已超过接收期限（{due}，收到后3个工作日），请向法院说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签署日期不能早于协议达成日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选工作站不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该调解记录不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该记录已有更新的版本（第 {n} 版），请在最新版本上更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写调解地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写参加人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请记录调解情况（第二十七条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解记录过长（最多 8000 字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解时间不能晚于现在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解时间不能早于受理时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助申请受理通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补充材料一次性告知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不予法律援助决定书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>给予法律援助决定书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通城通办转交函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该法律援助申请不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}的申请目前没有可出具的「{title}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写 {least} 至 {most} 之间的天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称过长（最多 {n} 字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>异议由设立法律援助机构的司法行政部门审查（第四十九条），请填写其名称，如：南通市崇川区司法局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有需要更正的内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明作废的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因过长（最多 {n} 字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与本案申请人{name}的身份证号相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>群体案件的申请人{name}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未登录同步服务器。请在“同步”页点击“登录”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法连接同步服务器（{server}）。请检查网络；本机的修改已安全保存，稍后会自动重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步服务器 {seconds} 秒没有响应，已中断本次传输，稍后会自动重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录已失效，请重新登录后再同步。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名或密码不正确。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本设备已被管理员停用（{reason}），同步已停止。请联系网格中心。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本程序版本过旧，服务器要求更新后才能同步。请安装新版本；本机数据不受影响。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步服务器出错（{status}），稍后会自动重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步服务器拒绝了请求（{status}：{detail}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>区域</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联动部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>住户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>居民</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关怀计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网格事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事件流转记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>矛盾纠纷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纠纷当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纠纷办理记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议履行事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助办理记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同一字段两处修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机修改，服务器已删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机删除，服务器已修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务器拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属微网格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>残疾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特困</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属住户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>走访频次（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事件描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>紧急</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请为每个字段选择保留哪一方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该冲突已处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机没有可用的系统密钥环，登录凭据只保存在本次运行中；重新启动程序后需要再次登录。（为安全起见，凭据不会以明文写入磁盘。）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>disputes</name>
    <message>
        <source>转为纠纷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议履行（第三十一条）：{total} 项，已履行 {done}，不履行 {breached}，逾期未履行 {overdue}，未到期 {pending}；履行率 {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结案日期 {d}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>逾期 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legal_aid</name>
    <message>
        <source>代理申请人姓名（如监护人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理人电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特殊群体等情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠可先行援助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已先行援助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通城通办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>群体{n}人，{k}人待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>群体{n}人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一次性告知补充：{items}；{day} 前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补交：{items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理由：{v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据：{v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转交{agency}，接收人{who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取自居民登记：{fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（在 {n} 更正群体案件事实）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正：{fields}{via}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已于 {notice} 一次性告知补充材料，{day} 为最后期限（逾期视为撤回）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已生成：
{files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{n} 人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助：临期与逾期（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到期日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩余</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助：时效将届满，可先行援助（第四十四条）（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时效/期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需立即保全</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>list</name>
    <message>
        <source>共 {n} 件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.city_wide</name>
    <message>
        <source>通城通办：本窗口受理后转交{agency}（第三十八条）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <source>关怀对象待走访（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关怀原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>频次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从未</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应访日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到期回访（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>临期与逾期事件（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩余</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>描述</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
