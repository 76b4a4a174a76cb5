import {
  agencyCodeColumn,
  bookColumn,
  econCodeColumn,
  fiscalYearColumn,
  funcCodeColumn,
  money,
  regionCodeColumn,
} from './common-columns';
import type { FeedDescriptor } from './feed-descriptor';

export const regionsFeed: FeedDescriptor = {
  name: 'regions',
  nameZh: '行政区划',
  table: 'regions',
  naturalKey: ['region_code'],
  columns: [
    regionCodeColumn(),
    { key: 'region_name', zh: '行政区划名称', type: 'text', required: true, maxLength: 100 },
    { ...regionCodeColumn('上级区划代码', false), key: 'parent_code' },
    {
      key: 'level',
      zh: '级次',
      type: 'enum',
      required: true,
      pgEnum: 'RegionLevel',
      values: { province: ['省'], city: ['市'], county: ['县区', '县', '区'], township: ['乡镇'], zone: ['功能区'] },
    },
  ],
};

export const agenciesFeed: FeedDescriptor = {
  name: 'agencies',
  nameZh: '预算单位',
  table: 'agencies',
  naturalKey: ['agency_code'],
  columns: [
    agencyCodeColumn(),
    { key: 'agency_name', zh: '单位名称', type: 'text', required: true, maxLength: 200 },
    regionCodeColumn(),
    agencyCodeColumn('主管部门编码', 'parent_code', false),
    {
      key: 'agency_type',
      zh: '单位类型',
      type: 'enum',
      required: true,
      pgEnum: 'AgencyType',
      values: { administrative: ['行政'], institution: ['事业'], other: ['其他'] },
    },
  ],
};

export const budgetLinesFeed: FeedDescriptor = {
  name: 'budget_lines',
  nameZh: '预算指标',
  table: 'budget_lines',
  naturalKey: ['line_id'],
  columns: [
    { key: 'line_id', zh: '指标编号', type: 'code', required: true, maxLength: 64 },
    fiscalYearColumn(),
    regionCodeColumn(),
    bookColumn,
    agencyCodeColumn(),
    funcCodeColumn,
    econCodeColumn,
    { key: 'project_code', zh: '项目编码', type: 'code', required: false, maxLength: 64 },
    { key: 'project_name', zh: '项目名称', type: 'text', required: false, maxLength: 300 },
    {
      key: 'line_type',
      zh: '指标类型',
      type: 'enum',
      required: true,
      pgEnum: 'LineType',
      values: { initial: ['年初预算'], adjustment: ['预算调整'], supplement: ['追加'], transfer: ['调剂'] },
    },
    { key: 'parent_line_id', zh: '原指标编号', type: 'code', required: false, maxLength: 64 },
    money('amount', '金额', true),
    { key: 'doc_no', zh: '指标文号', type: 'text', required: true, maxLength: 200 },
    { key: 'issued_date', zh: '下达日期', type: 'date', required: true },
  ],
};

export const paymentsFeed: FeedDescriptor = {
  name: 'payments',
  nameZh: '国库集中支付明细',
  table: 'payments',
  naturalKey: ['voucher_no'],
  keyRegistry: { table: 'payment_keys', partitionColumn: 'pay_date' },
  columns: [
    { key: 'voucher_no', zh: '支付凭证号', type: 'code', required: true, maxLength: 64 },
    { key: 'pay_date', zh: '支付日期', type: 'date', required: true },
    regionCodeColumn(),
    bookColumn,
    agencyCodeColumn(),
    funcCodeColumn,
    econCodeColumn,
    { key: 'project_code', zh: '项目编码', type: 'code', required: false, maxLength: 64 },
    { key: 'line_id', zh: '指标编号', type: 'code', required: false, maxLength: 64 },
    { key: 'payee_name', zh: '收款人名称', type: 'text', required: true, maxLength: 300 },
    { key: 'payee_account', zh: '收款人账号', type: 'code', required: false, maxLength: 64 },
    {
      key: 'payee_type',
      zh: '收款人类型',
      type: 'enum',
      required: true,
      pgEnum: 'PayeeType',
      values: { unit: ['单位'], individual: ['个人'] },
    },
    {
      key: 'pay_method',
      zh: '支付方式',
      type: 'enum',
      required: true,
      pgEnum: 'PayMethod',
      values: { direct: ['直接支付'], authorized: ['授权支付'] },
    },
    {
      key: 'settle_method',
      zh: '结算方式',
      type: 'enum',
      required: true,
      pgEnum: 'SettleMethod',
      values: { transfer: ['转账'], cash: ['现金'], card: ['公务卡'] },
    },
    money('amount', '金额', true),
    { key: 'purpose', zh: '用途', type: 'text', required: false, maxLength: 1000 },
  ],
};
