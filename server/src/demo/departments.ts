import type { DepartmentTemplate, ProjectTemplate } from './department-template';
import { ECONOMY_DEPARTMENTS } from './departments-economy';
import { GENERAL_DEPARTMENTS } from './departments-general';
import { SERVICE_DEPARTMENTS } from './departments-services';

/**
 * The departments of the demo city and their subordinate units, with the function codes (支出功能分类
 * 项) their spending is classified under. Every code used here exists in reference/data/<year>.
 */
export const DEPARTMENTS: readonly DepartmentTemplate[] = [
  ...GENERAL_DEPARTMENTS,
  ...SERVICE_DEPARTMENTS,
  ...ECONOMY_DEPARTMENTS,
];

/** Township governments and street offices: budget agencies of their district or county (乡财县管). */
export const TOWNSHIP_PROJECTS: readonly ProjectTemplate[] = [
  { func: '2130705', econ: '39908', name: '村级组织运转经费补助', decades: [4, 4] },
  { func: '2120501', econ: '30227', name: '镇村环境卫生保洁', decades: [4, 4] },
];
