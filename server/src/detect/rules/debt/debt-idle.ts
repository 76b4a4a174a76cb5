import { z } from 'zod';
import { yuanText } from '../../format';
import { percentOf, shown } from '../../percent';
import type { RuleDescriptor, Severity } from '../../rule-descriptor';

interface IdleParams extends Record<string, unknown> {
  yellowMonths: number;
  yellowBelow: number;
  redMonths: number;
  redBelow: number;
}

/** An ISO date moved by whole months, the day clamped to the month's end (2025-08-31 + 6 → 2026-02-28). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * DEBT-IDLE: a special bond project's latest snapshot (up to the as-of date), per project and bond
 * (a project may draw on several bonds): spent / allocated strictly below 20 % when the snapshot is
 * twelve months or more after the bond's issue_date (red), else strictly below 50 % when six months or
 * more after it (yellow). Judged at the snapshot's date, the last day spending is known. A project
 * whose bond is not loaded is not judged (DQ-CODE reports the unknown code).
 */
export const debtIdle: RuleDescriptor<IdleParams> = {
  code: 'DEBT-IDLE',
  version: 1,
  nameZh: '专项债资金闲置',
  nameEn: 'Special bond funds idle',
  category: 'debt',
  entityType: 'bond_project',
  description: {
    zh: '专项债券项目最近一期累计支出占安排债券资金的比例，在债券发行满6个月时低于50%（黄色），满12个月时低于20%（红色）；按项目和债券分别判断',
    en: "A special bond project's latest cumulative spending / allocated bond funds below 50% six months or more after the bond's issue date (yellow), below 20% twelve months or more after it (red); per project and bond",
  },
  basis: 'RULES.md defaults (50% at six months, 20% at twelve); defaults for the user to tune',
  params: z.object({
    yellowMonths: z.number().int().min(0).max(120),
    yellowBelow: z.number().min(0).max(100),
    redMonths: z.number().int().min(0).max(120),
    redBelow: z.number().min(0).max(100),
  }),
  defaults: { yellowMonths: 6, yellowBelow: 50, redMonths: 12, redBelow: 20 },
  feeds: ['bond_projects', 'bonds'],
  grain: 'snapshot',
  async compute(context) {
    const result = await context.db.query<{
      project_code: string;
      bond_code: string;
      project_name: string;
      region_code: string;
      agency_code: string;
      as_of_date: string;
      issue_date: string;
      allocated: string;
      spent: string;
    }>(
      `SELECT DISTINCT ON (p.project_code, p.bond_code) p.project_code, p.bond_code, p.project_name, p.region_code,
              p.agency_code, p.as_of_date::text, b.issue_date::text, p.allocated_amount::text AS allocated,
              p.spent_amount::text AS spent
       FROM bond_projects p JOIN bonds b ON b.bond_code = p.bond_code
       WHERE p.as_of_date <= $1 AND p.allocated_amount > 0 AND ($2::text[] IS NULL OR p.region_code = ANY($2))
       ORDER BY p.project_code, p.bond_code, p.as_of_date DESC`,
      [context.asOf, context.regions],
    );
    return result.rows.flatMap((row) => {
      const p = context.paramsFor(row.region_code);
      const spentShare = percentOf(row.spent, row.allocated)!; // allocated > 0
      const rungs: [Severity, number, number][] = [
        ['red', p.redMonths, p.redBelow],
        ['yellow', p.yellowMonths, p.yellowBelow],
      ];
      const hit = rungs.find(
        ([, months, below]) => row.as_of_date >= addMonths(row.issue_date, months) && spentShare.lt(below),
      );
      if (!hit) return [];
      const [severity, months, below] = hit;
      const shareText = shown(spentShare, 'down');
      return [
        {
          severity,
          regionCode: row.region_code,
          entityType: 'bond_project',
          entityKey: `${row.project_code}/${row.bond_code}`,
          period: row.as_of_date.slice(0, 4),
          value: spentShare.toFixed(6),
          threshold: String(below),
          evidence: {
            projectCode: row.project_code,
            bondCodes: [row.bond_code],
            agencyCode: row.agency_code,
            asOfDate: row.as_of_date,
            issueDate: row.issue_date,
            allocated: row.allocated,
            spent: row.spent,
          },
          explanation: {
            zh: `${row.project_name}截至${row.as_of_date}累计支出${yuanText(row.spent)}元，占安排债券${row.bond_code}资金${yuanText(row.allocated)}元的${shareText}%，债券${row.issue_date}发行已满${months}个月，低于${below}%`,
            en: `${row.project_name} has spent ${row.spent} yuan by ${row.as_of_date}, ${shareText}% of the ${row.allocated} yuan allocated from bond ${row.bond_code}, below ${below}% ${months} months or more after its issue on ${row.issue_date}`,
          },
        },
      ];
    });
  },
};
