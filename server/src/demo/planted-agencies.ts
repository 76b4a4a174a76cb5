import type { AgencyPlanter, PlantedAgencyDef } from './planted-agency';

/** The district that hosts the planted agencies (青岚区, the smallest): their sums barely move its totals. */
export const PLANTED_DISTRICT = '390112';

const agency = (
  code: string,
  name: string,
  type: PlantedAgencyDef['type'],
  func: string,
  doc: number,
): PlantedAgencyDef => ({
  code: `${PLANTED_DISTRICT}${code}`,
  name,
  regionCode: PLANTED_DISTRICT,
  type,
  func,
  docPrefix: '青岚财预',
  doc,
});

/**
 * The planted agencies, departments 901–913 of 青岚区. Each carries the cases of one or a few rules and
 * is otherwise kept inside every other rule's quiet band: budgets per book under 1,000,000 yuan or paid
 * in step with time progress (EXE-LAG), every line ≥ 1,000,000 paid within 180 days (EXE-IDLE), no
 * 三公 codes, payments on working days, none in [500,000, 1,000,000) twice to one payee, no repeated
 * amounts, fewer than 300 payments a year (PAY-BENFORD) — except where a case says otherwise.
 */
export const PLANTED = {
  lagRed: agency('901', '青岚区乡村振兴服务中心', 'institution', '2130799', 51),
  lagYellow: agency('902', '青岚区城市更新事务中心', 'institution', '2120199', 52),
  surgeRed: agency('903', '青岚区机关事务服务中心', 'institution', '2010350', 53),
  surgeYellow: agency('904', '青岚区档案馆', 'institution', '2012604', 54),
  overspend: agency('905', '青岚区融媒体中心', 'institution', '2070199', 55),
  sangongYellow: agency('906', '青岚区招商服务中心', 'institution', '2011308', 56),
  sangongRed: agency('907', '青岚区投资促进局', 'administrative', '2011301', 57),
  projects: agency('908', '青岚区重点项目建设服务中心', 'institution', '2120303', 58),
  adjustments: agency('909', '青岚区数据资源管理局', 'administrative', '2010699', 59),
  payments: agency('910', '青岚区市政设施维护中心', 'institution', '2120399', 60),
  benford: agency('911', '青岚区公共服务保障中心', 'institution', '2010350', 61),
  reserve: agency('912', '青岚区应急物资保障中心', 'institution', '227', 62),
  compensation: agency('913', '青岚区房屋征收服务中心', 'institution', '2120801', 63),
} as const;

export const OFFICE = '临江瑞丰办公用品有限公司';

export type Planter = (a: PlantedAgencyDef) => AgencyPlanter;

/** The voucher number of an agency's n-th planted payment of a year (numbered in call order); AgencyPlanter writes these. */
export const voucher = (a: PlantedAgencyDef, year: number, seq: number) =>
  `ZF${year}${a.code}${String(seq).padStart(5, '0')}`;
/** The id of an agency's n-th planted budget line of a year; AgencyPlanter writes these. */
export const lineOf = (a: PlantedAgencyDef, year: number, seq: number) =>
  `ZB${year}${a.code}${String(seq).padStart(3, '0')}`;
