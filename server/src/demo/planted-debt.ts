import { monthEnd } from './calendar';
import type { BudgetTotals } from './city-spending';
import type { CsvFileWriter } from './csv-writer';
import { formatFen, roundToUnit, scaleFen } from './money';
import { budgetOf } from './planted-budgets';
import type { PlantedAlert } from './planted-manifest';

/** The development zone: its debt is otherwise the city's (no rows of its own), so planted rows disturb no base figure. */
const ZONE = '390171';
const ZONE_WORKS = `${ZONE}502`;
const OLD_BOND = '2539901';
const NEW_BOND = '2639901';
const IDLE_PROJECT = `2506-${ZONE}-48-01-900001`;
const SLOW_PROJECT = `2603-${ZONE}-48-01-900002`;
const BUSY_PROJECT = `2603-${ZONE}-48-01-900003`;

/**
 * The zone's own debt, a crisis story: modest in 2025 (debt ratio ~75 %, nothing overdue), then in
 * 2026 a large special bond, high-cost interest, heavy repayments and arrears. Sized from the zone's
 * GPB + GFB budget E with wide margins (its 综合财力 is about 1.02 E, and its payments to October
 * about 0.85 E). Each debt rule raises one alert, for 2026.
 */
export const DEBT_ALERTS: readonly PlantedAlert[] = [
  // 2026 special debt ~1.23 E against a limit of 85 % of it.
  { rule: 'DEBT-OVERLIMIT', entityKey: `${ZONE}/special`, severity: 'red' },
  // Balance 1.4 E against 综合财力 ~1.02 E: ~137 %.
  { rule: 'DEBT-RATIO', entityKey: ZONE, severity: 'red' },
  // Principal 0.12 E + interest 0.12 E repaid by October: ~23 % of 综合财力.
  { rule: 'DEBT-SERVICE', entityKey: ZONE, severity: 'orange' },
  // Interest 0.12 E against ~0.85 E of GPB + GFB payments: ~14 %.
  { rule: 'DEBT-INTEREST', entityKey: ZONE, severity: 'red' },
  // 30 % of the balance overdue at October's end.
  { rule: 'DEBT-OVERDUE', entityKey: ZONE, severity: 'orange' },
  // Issued June 2025, 15 % spent sixteen months later.
  { rule: 'DEBT-IDLE', entityKey: `${IDLE_PROJECT}/${OLD_BOND}`, severity: 'red' },
  // Issued March 2026, 38 % spent seven months later.
  { rule: 'DEBT-IDLE', entityKey: `${SLOW_PROJECT}/${NEW_BOND}`, severity: 'yellow' },
];

/** A part of an amount in fen, rounded to 10,000 yuan. */
const part = (fen: number, percent: number) => roundToUnit(scaleFen(fen, percent, 100), 1_000_000);

/** Writes the zone's debt_limits, debt_balances, bonds and bond_projects rows (periods 2025-01 … lastPeriod). */
export function writePlantedDebt(
  budgets: BudgetTotals,
  periods: readonly string[],
  writers: { limits: CsvFileWriter; balances: CsvFileWriter; bonds: CsvFileWriter; projects: CsvFileWriter },
): void {
  const spending = (year: number) => budgetOf(budgets, ZONE, year, 'GPB') + budgetOf(budgets, ZONE, year, 'GFB');
  const [e25, e26] = [spending(2025), spending(2026)];
  const general = part(e25, 15);
  const special2025 = part(e25, 60);
  const principal2025 = part(e25, 3);
  const principal2026 = part(e26, 12);
  const special2026 = part(e26, 140) - general;
  const newBond = special2026 + principal2026 - (special2025 - principal2025);
  const oldBond = part(e25, 10);

  const balances: [string, 'general' | 'special', number, number, number, number][] = [];
  for (const period of periods) {
    const [year, month] = [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
    let special = special2025 - (year > 2025 || month >= 6 ? principal2025 : 0);
    if (year === 2026 && month >= 3) special += newBond;
    if (year === 2026 && month >= 4) special -= principal2026;
    const principal =
      (year === 2025 && month === 6 ? principal2025 : 0) + (year === 2026 && month === 4 ? principal2026 : 0);
    const interest = year === 2025 ? scaleFen(e25, 25, 12_000) : scaleFen(e26, 12, 1_000);
    const overdue = year === 2026 && month >= 8 ? part(general + special, 30) : 0;
    balances.push([period, 'general', general, 0, 0, 0], [period, 'special', special, principal, interest, overdue]);
  }
  for (const [period, type, balance, principal, interest, overdue] of balances)
    writers.balances.row([
      period,
      ZONE,
      type,
      formatFen(balance),
      formatFen(principal),
      formatFen(interest),
      formatFen(overdue),
    ]);
  const peak = (year: string, type: string) =>
    Math.max(...balances.filter((b) => b[0].startsWith(year) && b[1] === type).map((b) => b[2]));
  for (const year of ['2025', '2026'])
    for (const type of ['general', 'special'] as const) {
      const percent = year === '2026' && type === 'special' ? 85 : 110;
      writers.limits.row([year, ZONE, type, formatFen(part(peak(year, type), percent))]);
    }

  writers.bonds.row([
    OLD_BOND,
    '2025年江南省政府专项债券（开发区园区专项）',
    ZONE,
    'special',
    'new',
    '2025-06-16',
    '2035-06-16',
    '2.05',
    formatFen(oldBond),
  ]);
  writers.bonds.row([
    NEW_BOND,
    '2026年江南省政府专项债券（开发区园区专项）',
    ZONE,
    'special',
    'new',
    '2026-03-16',
    '2046-03-16',
    '2.30',
    formatFen(newBond),
  ]);
  const projects = [
    {
      code: IDLE_PROJECT,
      name: '临江经济技术开发区标准厂房建设项目',
      bond: OLD_BOND,
      allocated: oldBond,
      from: '2025-06',
      finalPercent: 15,
    },
    {
      code: SLOW_PROJECT,
      name: '临江经济技术开发区产业园配套道路工程',
      bond: NEW_BOND,
      allocated: part(newBond, 60),
      from: '2026-03',
      finalPercent: 38,
    },
    {
      code: BUSY_PROJECT,
      name: '临江经济技术开发区污水处理厂扩建工程',
      bond: NEW_BOND,
      allocated: newBond - part(newBond, 60),
      from: '2026-03',
      finalPercent: 90,
    },
  ];
  for (const project of projects) {
    const months = periods.filter((p) => p >= project.from);
    months.forEach((period, i) => {
      const percent = Math.round((project.finalPercent * (i + 1)) / months.length);
      writers.projects.row([
        project.code,
        project.name,
        project.bond,
        ZONE,
        ZONE_WORKS,
        formatFen(project.allocated),
        formatFen(scaleFen(project.allocated, percent, 100)),
        monthEnd(Number(period.slice(0, 4)), Number(period.slice(5, 7))),
      ]);
    });
  }
}
