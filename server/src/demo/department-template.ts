import type { AgencyType, Book } from './line-spec';
import type { BudgetKind } from './regions';

/** A project line (项目支出) of a department or unit. `{R}` in a name is the region's short name. */
export interface ProjectTemplate {
  func: string;
  econ: string;
  name: string;
  weight?: number;
  decades?: readonly [number, number];
  book?: Book;
  /** A fixed payee for every payment of the line. */
  payee?: string;
}

/** A subordinate unit (下属单位). `func` is the 项 its basic spending is classified under. */
export interface UnitTemplate {
  code: string;
  name: string;
  type: AgencyType;
  func: string;
  weight?: number;
  in?: readonly BudgetKind[];
  projects?: readonly ProjectTemplate[];
  /** Pays social insurance benefits from the SIF book (city only). */
  sif?: 'pension' | 'medical';
}

/** A department (一级预算单位) as it exists in the regions of the listed kinds. */
export interface DepartmentTemplate {
  code: string;
  /** Name by region kind; `default` when the kind has no name of its own. */
  names: Partial<Record<BudgetKind, string>> & { default: string };
  type: AgencyType;
  /** The 项 of its own administration (usually 行政运行 of its 款). */
  adminFunc: string;
  /** The 项 of its general project (一般行政管理事务); defaults to adminFunc with item 02. */
  generalFunc?: string;
  weight: number;
  in: readonly BudgetKind[];
  projects?: readonly ProjectTemplate[];
  /** Projects kept only in some kinds of region (e.g. land revenue spending in counties). */
  projectsIn?: Partial<Record<BudgetKind, readonly ProjectTemplate[]>>;
  units?: readonly UnitTemplate[];
  /** May spend on official overseas travel (30212), city level only. */
  overseas?: boolean;
  /** Holds the region's reserve fund (预备费, func 227). */
  reserve?: boolean;
}

/** Regions a department or unit exists in, by kind. */
export const ALL: readonly BudgetKind[] = ['city', 'district', 'county', 'zone'];
export const LOCAL: readonly BudgetKind[] = ['city', 'district', 'county'];
export const CITY: readonly BudgetKind[] = ['city'];
export const COUNTY_LEVEL: readonly BudgetKind[] = ['district', 'county'];

/** A department's names: the default, and overrides for some kinds of region. */
export const names = (text: string, others: Partial<Record<BudgetKind, string>> = {}) => ({ default: text, ...others });
