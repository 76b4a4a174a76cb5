import type { ColumnSpec } from './feed-descriptor';

export const BOOK_VALUES = {
  GPB: ['一般公共预算'],
  GFB: ['政府性基金预算'],
  SCB: ['国有资本经营预算'],
  SIF: ['社会保险基金预算'],
} as const;

export const DEBT_TYPE_VALUES = { general: ['一般债务'], special: ['专项债务'] } as const;

export const regionCodeColumn = (zh = '行政区划代码', required = true): ColumnSpec => ({
  key: 'region_code',
  zh,
  type: 'code',
  required,
  pattern: /^\d{6}(\d{3}){0,2}$/,
  patternHint: { zh: '6、9或12位数字', en: '6, 9 or 12 digits' },
});

export const bookColumn: ColumnSpec = {
  key: 'book',
  zh: '预算类型',
  type: 'enum',
  required: true,
  values: BOOK_VALUES,
  pgEnum: 'Book',
};

export const debtTypeColumn: ColumnSpec = {
  key: 'debt_type',
  zh: '债务类型',
  type: 'enum',
  required: true,
  values: DEBT_TYPE_VALUES,
  pgEnum: 'DebtType',
};

export const fiscalYearColumn = (zh = '预算年度'): ColumnSpec => ({ key: 'fiscal_year', zh, type: 'int', required: true });

export const agencyCodeColumn = (zh = '单位编码', key = 'agency_code', required = true): ColumnSpec => ({
  key,
  zh,
  type: 'code',
  required,
  maxLength: 64,
});

export const funcCodeColumn: ColumnSpec = {
  key: 'func_code',
  zh: '功能分类科目编码',
  type: 'code',
  required: true,
  classification: 'func',
  maxLength: 32,
  pattern: /^\d{3}(\d{2}){0,2}$/,
  patternHint: { zh: '3、5或7位数字（类/款/项）', en: '3, 5 or 7 digits (class/section/item)' },
};

export const econCodeColumn: ColumnSpec = {
  key: 'econ_code',
  zh: '经济分类科目编码',
  type: 'code',
  required: true,
  classification: 'econ',
  maxLength: 32,
  pattern: /^\d{3}(\d{2})?$/,
  patternHint: { zh: '3或5位数字（类/款）', en: '3 or 5 digits (class/section)' },
};

export const money = (key: string, zh: string, signed = false, required = true): ColumnSpec => ({
  key,
  zh,
  type: 'money',
  required,
  signed,
});
