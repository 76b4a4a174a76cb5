import { z } from 'zod';
import { yuanText } from '../../format';
import { shown } from '../../percent';
import { scopeStart, type Finding, type RuleDescriptor } from '../../rule-descriptor';
import { compositionVariance, type ClassAmounts } from '../../stats/composition-variance';
import { completedScopeYears } from '../execution/completed-scope-years';

const percent = z.number().min(0).max(1000);

interface CompositionParams extends Record<string, unknown> {
  yellowPercent: number;
  redPercent: number;
  excludedClasses: string[];
}

interface ClassRow {
  region_code: string;
  region_name: string | null;
  year: number;
  function_class: string;
  class_name: string | null;
  budget: string;
  actual: string;
}

/**
 * BUD-PI2 (PEFA PI-2.1 expenditure composition outturn): per region and completed fiscal year, by
 * function class (类, the first 3 digits of func_code): Σ |actual − budget scaled to the actual total|
 * / Σ scaled budget above 10 % (yellow), above 15 % (red). Budget = initial budget_lines rows, actual =
 * net payments, all books, regions as stored. As PEFA prescribes, contingency (227 预备费, spent
 * through other classes once released) and interest on debt (232 债务付息支出) are left out by
 * default (a parameter). A region-year needs both a budget and payments loaded. Both comparisons are
 * strict, as RULES.md writes them (so not ladder(), which is "at or above"), on the exact variance.
 */
export const budPi2: RuleDescriptor<CompositionParams> = {
  code: 'BUD-PI2',
  version: 1,
  nameZh: '支出结构偏离',
  nameEn: 'Expenditure composition outturn',
  category: 'reliability',
  entityType: 'region',
  description: {
    zh: '已结束年度，按支出功能分类（类）计算的支出结构偏离度（实际支出与按实际总额等比调整后预算之差的绝对值合计 / 调整后预算合计）超过10%（黄）、15%（红）；不含预备费和债务付息',
    en: 'A completed year: composition variance by function class (Σ |actual − budget scaled to the actual total| / Σ scaled budget) above 10% (yellow) or 15% (red); contingency and interest excluded',
  },
  basis: 'PEFA 2016 framework PI-2.1 expenditure composition outturn by function (score bands 10 / 15 %)',
  params: z.object({
    yellowPercent: percent,
    redPercent: percent,
    excludedClasses: z.array(z.string().regex(/^\d{3}$/)),
  }),
  defaults: { yellowPercent: 10, redPercent: 15, excludedClasses: ['227', '232'] },
  feeds: ['budget_lines', 'payments'],
  grain: 'year',
  async compute(context) {
    const scope = completedScopeYears(context);
    if (!scope) return [];
    const result = await context.db.query<ClassRow>(
      `WITH budget AS (
         SELECT region_code, fiscal_year AS year, left(func_code, 3) AS function_class, sum(amount) AS budget FROM budget_lines
         WHERE line_type = 'initial' AND fiscal_year <= $1 AND issued_date <= $2
           AND ($3::text[] IS NULL OR region_code = ANY($3)) AND ($4::int[] IS NULL OR fiscal_year = ANY($4))
         GROUP BY region_code, fiscal_year, left(func_code, 3)
       ),
       actual AS (
         SELECT region_code, date_part('year', pay_date)::int AS year, left(func_code, 3) AS function_class, sum(amount) AS actual
         FROM payments
         WHERE pay_date BETWEEN $5 AND make_date($1, 12, 31) AND ($3::text[] IS NULL OR region_code = ANY($3))
         GROUP BY region_code, date_part('year', pay_date), left(func_code, 3)
       ),
       classes AS (
         SELECT COALESCE(b.region_code, a.region_code) AS region_code, COALESCE(b.year, a.year) AS year,
                COALESCE(b.function_class, a.function_class) AS function_class,
                COALESCE(b.budget, 0.00) AS budget, COALESCE(a.actual, 0.00) AS actual
         FROM budget b FULL JOIN actual a
           ON a.region_code = b.region_code AND a.year = b.year AND a.function_class = b.function_class
       )
       SELECT c.region_code, r.region_name, c.year, c.function_class, f.name_zh AS class_name, c.budget::text, c.actual::text
       FROM classes c
       LEFT JOIN regions r ON r.region_code = c.region_code
       LEFT JOIN func_codes f ON f.fiscal_year = c.year AND f.code = c.function_class
       WHERE (c.region_code, c.year) IN (SELECT region_code, year FROM budget)
         AND (c.region_code, c.year) IN (SELECT region_code, year FROM actual)
       ORDER BY c.region_code, c.year, c.function_class`,
      [scope.last, context.asOf, context.regions, scope.years, scopeStart(context)],
    );
    const regionYears = new Map<string, ClassRow[]>();
    for (const row of result.rows) {
      const key = `${row.region_code}|${row.year}`;
      const group = regionYears.get(key);
      if (group) group.push(row);
      else regionYears.set(key, [row]);
    }
    const findings: Finding[] = [];
    for (const rows of regionYears.values()) {
      const first = rows[0]!;
      const p = context.paramsFor(first.region_code);
      const counted = rows.filter((r) => !p.excludedClasses.includes(r.function_class));
      const amounts: ClassAmounts[] = counted.map((r) => ({
        functionClass: r.function_class,
        budget: r.budget,
        actual: r.actual,
      }));
      const composition = compositionVariance(amounts);
      if (!composition) continue;
      const { variance } = composition;
      const severity = variance.gt(p.redPercent) ? 'red' : variance.gt(p.yellowPercent) ? 'yellow' : null;
      if (!severity) continue;
      const threshold = severity === 'red' ? p.redPercent : p.yellowPercent;
      const top = composition.classes[0]!;
      const topName = rows.find((r) => r.function_class === top.functionClass)?.class_name ?? '';
      const name = first.region_name ?? first.region_code;
      findings.push({
        severity,
        regionCode: first.region_code,
        entityType: 'region',
        entityKey: first.region_code,
        period: String(first.year),
        value: composition.variancePercent,
        threshold: String(threshold),
        evidence: {
          regionCode: first.region_code,
          year: first.year,
          initialBudget: composition.budgetTotal,
          totalPaid: composition.actualTotal,
          excludedClasses: p.excludedClasses,
          classes: composition.classes.slice(0, 50),
        },
        explanation: {
          zh: `${name}${first.year}年按功能分类的支出结构偏离度为${shown(variance, 'up')}%，超过${threshold}%；偏离最大的是${top.functionClass}${topName}（调整后预算${yuanText(top.scaledBudget)}元，实际支出${yuanText(top.actual)}元）`,
          en: `${name}'s ${first.year} spending composition by function class varies ${shown(variance, 'up')}% from its budget, over ${threshold}%; most of all class ${top.functionClass} (scaled budget ${top.scaledBudget} yuan, actual ${top.actual} yuan)`,
        },
      });
    }
    return findings;
  },
};
