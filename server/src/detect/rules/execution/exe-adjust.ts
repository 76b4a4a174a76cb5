import Decimal from 'decimal.js';
import { z } from 'zod';
import { yuanText } from '../../format';
import { percentOf, shown } from '../../percent';
import { scopeYears, type RuleDescriptor } from '../../rule-descriptor';

const CHANGE_TYPES = ['adjustment', 'supplement', 'transfer'] as const;

interface AdjustParams extends Record<string, unknown> {
  maxLines: number;
  maxSharePercent: number;
  lineTypes: (typeof CHANGE_TYPES)[number][];
}

/**
 * EXE-ADJUST: per agency and fiscal year, 5 or more change rows of the counted types (预算调整
 * adjustment and 调剂 transfer by default; 追加 supplement can be added by a parameter), or their
 * absolute amounts summed above 20 % of the agency's initial budget (its initial rows, all books)
 * (yellow). Each row counts with its own absolute amount, so a transfer between two of the agency's
 * lines (a −/+ pair) counts twice, as RULES.md's "absolute total" reads. The share test needs a
 * positive initial budget. Only rows issued by the as-of date count.
 */
export const exeAdjust: RuleDescriptor<AdjustParams> = {
  code: 'EXE-ADJUST',
  version: 1,
  nameZh: '频繁调整调剂',
  nameEn: 'Frequent budget changes',
  category: 'execution',
  entityType: 'agency',
  description: {
    zh: '单位一年内预算调整、调剂指标达到5条，或其金额绝对值合计超过年初预算的20%（黄）',
    en: 'Per agency and year: 5 or more adjustment or transfer lines, or their absolute total above 20% of the initial budget (yellow)',
  },
  basis:
    '预算法 第六十七条至第七十二条 (budget changes need approval); RULES.md defaults 5 lines / 20 %, for the user to tune',
  params: z.object({
    maxLines: z.number().int().min(1).max(10_000),
    maxSharePercent: z.number().min(0).max(1000),
    lineTypes: z.array(z.enum(CHANGE_TYPES)).min(1),
  }),
  defaults: { maxLines: 5, maxSharePercent: 20, lineTypes: ['adjustment', 'transfer'] },
  feeds: ['budget_lines'],
  grain: 'year',
  async compute(context) {
    const result = await context.db.query<{
      region_code: string;
      agency_code: string;
      agency_name: string | null;
      fiscal_year: number;
      line_type: string;
      lines: number;
      amount: string;
      absolute: string;
      ids: string[];
    }>(
      `SELECT l.region_code, l.agency_code, min(a.agency_name) AS agency_name, l.fiscal_year, l.line_type::text,
              count(*)::int AS lines, sum(l.amount)::text AS amount, sum(abs(l.amount))::text AS absolute,
              (array_agg(l.line_id ORDER BY l.issued_date, l.line_id))[1:50] AS ids
       FROM budget_lines l LEFT JOIN agencies a ON a.agency_code = l.agency_code
       WHERE l.issued_date <= $1 AND ($2::text[] IS NULL OR l.region_code = ANY($2)) AND ($3::int[] IS NULL OR l.fiscal_year = ANY($3))
       GROUP BY l.region_code, l.agency_code, l.fiscal_year, l.line_type
       ORDER BY l.agency_code, l.fiscal_year`,
      [context.asOf, context.regions, scopeYears(context)],
    );
    const groups = new Map<string, typeof result.rows>();
    for (const row of result.rows) {
      const key = `${row.agency_code}|${row.fiscal_year}`;
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return [...groups.values()].flatMap((rows) => {
      const first = rows[0]!;
      const p = context.paramsFor(first.region_code);
      const initial = Decimal.sum(0, ...rows.filter((r) => r.line_type === 'initial').map((r) => r.amount));
      const counted = rows.filter((r) => (p.lineTypes as string[]).includes(r.line_type));
      const lines = counted.reduce((n, r) => n + r.lines, 0);
      const absolute = Decimal.sum(0, ...counted.map((r) => r.absolute));
      const share = initial.gt(0) ? percentOf(absolute, initial) : null;
      const tooLarge = share !== null && share.gt(p.maxSharePercent);
      if (!tooLarge && lines < p.maxLines) return [];
      const name = first.agency_name ?? first.agency_code;
      // Strictly above the threshold: rounded up, so the text never reads as the threshold itself.
      const shareText = share === null ? '—' : `${shown(share, tooLarge ? 'up' : 'down')}%`;
      return [
        {
          severity: 'yellow' as const,
          regionCode: first.region_code,
          entityType: 'agency',
          entityKey: first.agency_code,
          period: String(first.fiscal_year),
          value: tooLarge ? share.toFixed(6) : String(lines),
          threshold: String(tooLarge ? p.maxSharePercent : p.maxLines),
          evidence: {
            agencyCode: first.agency_code,
            year: first.fiscal_year,
            lineTypes: p.lineTypes,
            changeLines: lines,
            changeAbsoluteTotal: absolute.toFixed(2),
            initialBudget: initial.toFixed(2),
            sharePercent: share?.toFixed(6) ?? null,
            lineIds: counted.flatMap((r) => r.ids).slice(0, 50),
          },
          explanation: {
            zh: `${name}${first.fiscal_year}年预算调整调剂${lines}条，金额绝对值合计${yuanText(absolute.toFixed(2))}元，占年初预算${yuanText(initial.toFixed(2))}元的${shareText}`,
            en: `${name} had ${lines} budget adjustment or transfer lines in ${first.fiscal_year}, ${absolute.toFixed(2)} yuan in absolute total, ${shareText} of the initial budget of ${initial.toFixed(2)} yuan`,
          },
        },
      ];
    });
  },
};
