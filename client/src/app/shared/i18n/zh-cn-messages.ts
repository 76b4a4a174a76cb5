/**
 * Chinese interface text, the source of every message key. Keys are flat and dotted by area;
 * `{name}` marks a parameter.
 */
export const ZH_CN_MESSAGES = {
  'app.name': '预算联网监督',
  'app.tagline': '人大预算审查监督',

  'nav.overview': '总览',
  'nav.execution': '执行监控',
  'nav.revenue': '收入',
  'nav.debt': '政府债务',
  'nav.stateAssets': '国有资产',
  'nav.socialFunds': '社保基金',
  'nav.alerts': '预警',
  'nav.review': '会前审查',
  'nav.ingest': '数据接入',

  'section.execution.summary':
    '按预算单位、功能分类、经济分类和预算指标逐级穿透支出执行，直至每一笔国库集中支付明细；对照序时进度标出执行偏慢和年底突击支出的单位。',
  'section.revenue.summary': '按收入科目和月份分析税收收入、非税收入的完成情况，对照年初预算和上年同期。',
  'section.debt.summary': '一般债务和专项债务的限额、余额、还本付息与逾期情况，以及专项债券项目资金的使用进度。',
  'section.stateAssets.summary': '国有企业的资产负债、经营效益和国有资本收益上缴情况。',
  'section.socialFunds.summary': '各险种社会保险基金的收入、支出和累计结余，测算结余可支付月数。',
  'section.alerts.summary': '预警规则发现的疑点清单：逐条核实、填写处理意见并跟踪整改。',
  'section.review.summary': '为人大代表会前审查预算草案和决算草案准备的要点摘要与对比分析。',
  'section.ingest.summary': '上传财政、税务、社保和国资部门报送的数据文件，查看校验结果和导入记录。',

  'placeholder.status': '建设中',
  'placeholder.title': '本模块将在后续版本中提供',
  'placeholder.back': '返回总览',

  'shell.sections': '功能导航',
  'shell.toggleMenu': '展开或收起导航',
  'shell.region': '行政区划',
  'shell.regionPlaceholder': '选择行政区划',
  'shell.year': '预算年度',
  'shell.yearOption': '{year}年度',
  'shell.switchLanguage': '切换语言',
  'shell.otherLanguage': 'English',
  'shell.referenceError': '无法加载行政区划和年度：{message}',

  'book.GPB': '一般公共预算',
  'book.GFB': '政府性基金预算',
  'book.SCB': '国有资本经营预算',
  'book.SIF': '社会保险基金预算',

  'overview.title': '{region} {year}年度预算执行总览',
  'overview.titlePending': '预算执行总览',
  'overview.subtitle': '全口径预算：一般公共预算、政府性基金预算、国有资本经营预算、社会保险基金预算',
  'overview.asOf': '数据截至',
  'overview.timeProgress': '序时进度',
  'overview.budget': '预算数',
  'overview.executed': '执行数',
  'overview.executionRate': '执行率',
  'overview.revenueBudget': '收入预算',
  'overview.revenueActual': '收入完成',
  'overview.revenueRate': '收入完成率',
  'overview.gapBehind': '慢于序时进度 {points} 个百分点',
  'overview.gapAhead': '快于序时进度 {points} 个百分点',
  'overview.gapEven': '与序时进度持平',
  'overview.noBudget': '无支出预算',
  'overview.chart.bookExecution': '各本预算执行率与序时进度',
  'overview.chart.budgetVsExecuted': '预算数与执行数',
  'overview.chart.subRegions': '下级区划支出执行率',
  'overview.chart.noSubRegions': '该区划没有下级区划',
  'overview.table.title': '执行明细',
  'overview.table.unit': '金额单位：元',
  'overview.table.book': '预算类型',
  'overview.empty': '{region} {year}年度暂无预算执行数据',
  'overview.emptyHint': '请确认相关数据已接入，或选择其他行政区划、预算年度。',
  'overview.error': '总览数据加载失败',
  'overview.retry': '重试',
  'overview.noSelection': '请选择行政区划和预算年度',

  'chart.executionRate': '执行率',
  'chart.timeProgressLine': '序时进度 {value}',
  'chart.percentAxis': '执行率（%）',
  'chart.amountAxis': '金额（{unit}）',

  'error.network': '无法连接服务器，请检查网络后重试',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof ZH_CN_MESSAGES;
export type Messages = Record<MessageKey, string>;
