/** Who receives the money of a payment, by kind; payees.ts turns a kind into names. */
export type PayeeKind =
  | 'wageBank'
  | 'pensionInsurer'
  | 'medicalInsurer'
  | 'housingFund'
  | 'union'
  | 'water'
  | 'power'
  | 'telecom'
  | 'office'
  | 'printing'
  | 'consulting'
  | 'property'
  | 'staff'
  | 'travelAgency'
  | 'repair'
  | 'hotel'
  | 'training'
  | 'materials'
  | 'labour'
  | 'service'
  | 'carService'
  | 'construction'
  | 'equipment'
  | 'software'
  | 'village'
  | 'enterprise'
  | 'stateEnterprise'
  | 'fundAccount'
  | 'household'
  | 'agentBank'
  | 'hospital'
  | 'nonprofit';

/** How payments of an economic code look: payee kind, 摘要 templates ({y} year, {m} month, {q} quarter, {p} project). */
export interface EconProfile {
  payee: PayeeKind;
  purposes: readonly string[];
  /** Small payments may be settled with the official card (公务卡). */
  card?: boolean;
}

const monthly = (item: string) => [`{y}年{m}月${item}`];

export const ECON_PROFILES: Readonly<Record<string, EconProfile>> = {
  '30101': { payee: 'wageBank', purposes: monthly('基本工资统发') },
  '30102': { payee: 'wageBank', purposes: monthly('津贴补贴统发') },
  '30103': { payee: 'wageBank', purposes: ['{y}年{m}月奖金统发', '{y}年度目标绩效考核奖发放'] },
  '30107': { payee: 'wageBank', purposes: ['{y}年{m}月基础性绩效工资统发', '{y}年{m}月奖励性绩效工资统发'] },
  '30108': { payee: 'pensionInsurer', purposes: monthly('机关事业单位基本养老保险单位缴费') },
  '30109': { payee: 'pensionInsurer', purposes: monthly('职业年金单位缴费') },
  '30110': { payee: 'medicalInsurer', purposes: monthly('职工基本医疗保险单位缴费') },
  '30113': { payee: 'housingFund', purposes: monthly('住房公积金单位缴存') },
  '30201': { payee: 'office', purposes: ['购买办公用品', '采购打印耗材', '办公用纸采购', '购置办公文具'], card: true },
  '30202': { payee: 'printing', purposes: ['宣传资料印刷', '文件汇编印制', '工作手册印刷'] },
  '30203': { payee: 'consulting', purposes: ['法律顾问服务费', '专家咨询论证费'] },
  '30205': { payee: 'water', purposes: monthly('水费') },
  '30206': { payee: 'power', purposes: monthly('电费') },
  '30207': { payee: 'telecom', purposes: ['{y}年{m}月通讯费', '政务外网专线租用费', '宽带使用费'] },
  '30209': { payee: 'property', purposes: ['{y}年第{q}季度物业管理费'] },
  '30211': {
    payee: 'staff',
    purposes: ['报销赴省城参加业务培训差旅费', '报销赴外地学习考察差旅费', '报销下乡调研差旅费'],
    card: true,
  },
  '30212': { payee: 'travelAgency', purposes: ['经批准因公出访团组国际旅费'] },
  '30213': {
    payee: 'repair',
    purposes: ['办公楼日常维修', '空调设备维保费', '电梯维保费', '网络设备维护费'],
    card: true,
  },
  '30215': { payee: 'hotel', purposes: ['召开年度工作会议会议费', '业务工作推进会会议费'], card: true },
  '30216': { payee: 'training', purposes: ['业务能力提升培训班培训费', '新录用人员初任培训费'] },
  '30217': { payee: 'hotel', purposes: ['接待上级检查组公务接待费', '接待外地考察团公务接待费'], card: true },
  '30218': { payee: 'materials', purposes: ['专用材料采购', '实验耗材采购', '业务用品采购'] },
  '30226': { payee: 'labour', purposes: ['聘用人员劳务费', '专家评审劳务费', '临时用工劳务费'] },
  '30227': { payee: 'consulting', purposes: ['{p}委托服务费', '{p}第三方服务费', '{p}服务采购款'] },
  '30228': { payee: 'union', purposes: ['按工资总额2%拨付工会经费'] },
  '30229': { payee: 'office', purposes: ['职工福利费'] },
  '30231': {
    payee: 'carService',
    purposes: ['公务用车加油费', '公务用车维修保养费', '公务用车保险费', '公务用车通行费'],
    card: true,
  },
  '30239': { payee: 'staff', purposes: ['{y}年{m}月公务交通补贴'] },
  '30299': { payee: 'service', purposes: ['日常公用经费支出', '保洁及安保服务费', '绿化养护费'], card: true },
  '30302': { payee: 'agentBank', purposes: ['{y}年{m}月企业职工基本养老金社会化发放'] },
  '30304': { payee: 'household', purposes: ['发放遗属生活困难补助', '发放定期抚恤金'] },
  '30305': { payee: 'agentBank', purposes: ['{y}年{m}月{p}资金发放'] },
  '30306': { payee: 'household', purposes: ['发放临时救助金'] },
  '30307': { payee: 'hospital', purposes: ['{y}年{m}月{p}结算'] },
  '30308': { payee: 'household', purposes: ['发放国家助学金', '发放家庭经济困难学生生活补助'] },
  '30399': { payee: 'agentBank', purposes: ['{y}年{m}月{p}发放'] },
  '31002': { payee: 'equipment', purposes: ['购置办公电脑及打印机', '购置办公家具'] },
  '31003': { payee: 'equipment', purposes: ['{p}设备采购款'] },
  '31005': { payee: 'construction', purposes: ['{p}工程进度款', '{p}工程结算款'] },
  '31006': { payee: 'construction', purposes: ['{p}维修改造工程款'] },
  '31007': { payee: 'software', purposes: ['{p}建设款', '{p}软件开发费'] },
  '31009': { payee: 'village', purposes: ['{p}土地补偿款'] },
  '31012': { payee: 'village', purposes: ['{p}房屋征收补偿款'] },
  '31013': { payee: 'equipment', purposes: ['按编制更新购置公务用车'] },
  '31201': { payee: 'stateEnterprise', purposes: ['{p}'] },
  '31299': { payee: 'enterprise', purposes: ['拨付{p}'] },
  '31302': { payee: 'fundAccount', purposes: ['拨付{p}'] },
  '39908': { payee: 'nonprofit', purposes: ['拨付{p}'] },
  '39999': { payee: 'service', purposes: ['{p}'] },
};
