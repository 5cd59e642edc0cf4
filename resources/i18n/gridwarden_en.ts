<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>共 {n} 件</source>
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
</context>
<context>
    <name>KeyedTableModel</name>
    <message>
        <source>（已不存在）</source>
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
        <source>矛盾调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纠纷受理、调解、协议书与网格→工作站→法院的逐级化解。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律援助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>窗口受理、经济困难审查、7 日内决定与一次性告知。</source>
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
        <source>同步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与区级服务器同步：离线录入的内容不丢失、不重复、不被悄悄覆盖。</source>
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
        <source>{name}（{role}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步：未配置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理中…</source>
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
        <source>说明</source>
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
        <source>未知的操作：{action}</source>
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
        <source>残疾人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特困人员</source>
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
        <source>姓名过长</source>
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
