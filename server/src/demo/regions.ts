export type RegionLevel = 'province' | 'city' | 'county' | 'township' | 'zone';

/** What kind of budget a region keeps, which decides the departments it has. */
export type BudgetKind = 'city' | 'district' | 'county' | 'zone';

/** A region of the demo city; only regions with `budgetKind` keep budgets, revenue and debt. */
export interface DemoRegion {
  code: string;
  name: string;
  parentCode: string | null;
  level: RegionLevel;
  /** Prefix of agency names, e.g. 临江市, 江城区. */
  short: string;
  budgetKind?: BudgetKind;
  /** Prefix of budget document numbers, e.g. 临财预〔2025〕12号. */
  docPrefix?: string;
  /** Relative size: scales the number of payments of the region's agencies. */
  scale?: number;
}

/** The city code: its 市本级 budget is kept under the city's own region code. */
export const CITY_CODE = '390100';

/**
 * The fictional 江南省临江市 under the unassigned GB/T 2260 province prefix 39, so nobody mistakes it
 * for a real place: the city, four districts, two counties, a development zone (level zone, with a
 * budget of its own) and three townships/streets. Townships keep no budget of their own (乡财县管):
 * their governments are budget agencies of the district or county.
 */
export const DEMO_REGIONS: readonly DemoRegion[] = [
  { code: '390000', name: '江南省', parentCode: null, level: 'province', short: '江南省' },
  {
    code: CITY_CODE,
    name: '临江市',
    parentCode: '390000',
    level: 'city',
    short: '临江市',
    budgetKind: 'city',
    docPrefix: '临财预',
    scale: 1,
  },
  {
    code: '390102',
    name: '江城区',
    parentCode: CITY_CODE,
    level: 'county',
    short: '江城区',
    budgetKind: 'district',
    docPrefix: '江城财预',
    scale: 0.6,
  },
  {
    code: '390103',
    name: '望江区',
    parentCode: CITY_CODE,
    level: 'county',
    short: '望江区',
    budgetKind: 'district',
    docPrefix: '望江财预',
    scale: 0.5,
  },
  {
    code: '390105',
    name: '新港区',
    parentCode: CITY_CODE,
    level: 'county',
    short: '新港区',
    budgetKind: 'district',
    docPrefix: '新港财预',
    scale: 0.45,
  },
  {
    code: '390112',
    name: '青岚区',
    parentCode: CITY_CODE,
    level: 'county',
    short: '青岚区',
    budgetKind: 'district',
    docPrefix: '青岚财预',
    scale: 0.4,
  },
  {
    code: '390121',
    name: '清溪县',
    parentCode: CITY_CODE,
    level: 'county',
    short: '清溪县',
    budgetKind: 'county',
    docPrefix: '清财预',
    scale: 0.45,
  },
  {
    code: '390122',
    name: '南屏县',
    parentCode: CITY_CODE,
    level: 'county',
    short: '南屏县',
    budgetKind: 'county',
    docPrefix: '南财预',
    scale: 0.4,
  },
  {
    code: '390171',
    name: '临江经济技术开发区',
    parentCode: CITY_CODE,
    level: 'zone',
    short: '临江经济技术开发区',
    budgetKind: 'zone',
    docPrefix: '临开财预',
    scale: 0.5,
  },
  { code: '390102001', name: '滨湖街道', parentCode: '390102', level: 'township', short: '江城区滨湖街道' },
  { code: '390121101', name: '石桥镇', parentCode: '390121', level: 'township', short: '清溪县石桥镇' },
  { code: '390122201', name: '竹山乡', parentCode: '390122', level: 'township', short: '南屏县竹山乡' },
];

/** Regions that keep a budget (市本级, districts, counties, the zone). */
export const BUDGET_REGIONS = DEMO_REGIONS.filter((r) => r.budgetKind !== undefined);

/** Regions with government debt and social insurance funds: the city and its districts and counties (the zone's are the city's). */
export const DEBT_REGIONS = BUDGET_REGIONS.filter((r) => r.budgetKind !== 'zone');
