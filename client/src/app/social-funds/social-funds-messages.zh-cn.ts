/**
 * The 社保基金 page's Chinese text, the source of its message keys. A dictionary of its own, carried
 * by the page's lazy chunk: the shared dictionaries are part of the initial bundle.
 */
export const SOCIAL_FUNDS_ZH_CN_MESSAGES = {
  'socialFunds.title': '{region} · {year}年度社会保险基金',
  'socialFunds.titlePending': '社会保险基金',
  'socialFunds.subtitle': '各险种收支、累计结余和可支付月数',
  'socialFunds.noSelection': '请选择行政区划和预算年度',
  'socialFunds.through': '数据截至',
  'socialFunds.throughValue': '{year}年{month}',
  'socialFunds.throughNone': '尚无数据',
  'socialFunds.lines': '预警线',
  'socialFunds.linesValue': '可支付月数低于 {yellow} 个月黄色、低于 {red} 个月红色',
  'socialFunds.retry': '重试',
  'socialFunds.error': '社会保险基金数据加载失败',
  'socialFunds.errorPart': '该部分数据加载失败',
  'socialFunds.empty': '{region}{year}年度没有已导入的社会保险基金数据',
  'socialFunds.emptyHint': '导入“社会保险基金”数据文件后，这里将显示各险种收支和结余',

  'socialFunds.pick': '选择险种查看月度收支和下级区划',
  'socialFunds.allFunds': '全部险种合计',
  'socialFunds.card.monthsPayable': '可支付月数',
  'socialFunds.card.months': '{months} 个月',
  'socialFunds.card.monthsUnit': '个月',
  'socialFunds.card.noMonths': '无支出',
  'socialFunds.card.balance': '累计结余',
  'socialFunds.card.income': '本年收入',
  'socialFunds.card.expenditure': '本年支出',
  'socialFunds.card.surplus': '当期结余',
  'socialFunds.card.average': '近12个月月均支出 {amount}',
  'socialFunds.card.averageShort': '按{count}个月月均支出 {amount}',
  'socialFunds.card.latest': '截至{month}',
  'socialFunds.level.normal': '正常',
  'socialFunds.level.yellow': '低于{months}个月',
  'socialFunds.level.red': '低于{months}个月',
  'socialFunds.level.none': '无支出',
  'socialFunds.deficit': '收不抵支',

  'socialFunds.chart.months': '各险种累计结余可支付月数',
  'socialFunds.chart.monthsAxis': '月',
  'socialFunds.chart.monthsHint': '虚线为预警线：黄色 {yellow} 个月、红色 {red} 个月',
  'socialFunds.chart.monthly': '{fund}月度收支与累计结余',
  'socialFunds.chart.income': '本月收入',
  'socialFunds.chart.expenditure': '本月支出',
  'socialFunds.chart.balance': '期末累计结余',
  'socialFunds.chart.amountAxis': '收支（{unit}）',
  'socialFunds.chart.balanceAxis': '结余（{unit}）',
  'socialFunds.chart.monthlyEmpty': '本年度没有该险种的数据',

  'socialFunds.regions.title': '下级区划{fund}收支与结余',
  'socialFunds.regions.hint': '按各区划最后报送月测算；可支付月数 = 累计结余 ÷ 近12个月月均支出',
  'socialFunds.regions.self': '{region}本级',
  'socialFunds.regions.empty': '没有分区划的数据',

  'socialFunds.col.region': '区划',
  'socialFunds.col.income': '本年收入（{unit}）',
  'socialFunds.col.expenditure': '本年支出（{unit}）',
  'socialFunds.col.surplus': '当期结余（{unit}）',
  'socialFunds.col.balance': '累计结余（{unit}）',
  'socialFunds.col.average': '月均支出（{unit}）',
  'socialFunds.col.monthsPayable': '可支付月数',
  'socialFunds.col.latest': '报送至',
} as const satisfies Record<string, string>;

export type SocialFundsMessageKey = keyof typeof SOCIAL_FUNDS_ZH_CN_MESSAGES;
export type SocialFundsMessages = Record<SocialFundsMessageKey, string>;
