import type { Db } from '../db/prisma';
import type { RegionNode, ReferenceSummary } from './regions.schemas';

/**
 * Region tree (from `rootCode` down: a user sees their region and its sub-regions only), years with
 * budget data, and the defaults the dashboard opens on.
 */
export async function getReferenceSummary(db: Db, rootCode: string | null = null): Promise<ReferenceSummary> {
  const [regions, years, topWithBudget] = await Promise.all([
    db.region.findMany({ select: { code: true, name: true, level: true, parentCode: true }, orderBy: { code: 'asc' } }),
    db.$queryRaw<{ fiscal_year: number }[]>`SELECT DISTINCT fiscal_year FROM budget_lines ORDER BY fiscal_year DESC`,
    // The shallowest region that has a budget of its own: the committee's own level.
    db.$queryRaw<{ region_code: string }[]>`
      SELECT region_code FROM (SELECT DISTINCT region_code FROM budget_lines) b
      ORDER BY length(region_code), region_code LIMIT 1`,
  ]);

  const nodes = new Map<string, RegionNode>(
    regions.map((r) => [r.code, { code: r.code, name: r.name, level: r.level, children: [] }]),
  );
  const roots: RegionNode[] = [];
  for (const region of regions) {
    const node = nodes.get(region.code)!;
    const parent = region.parentCode ? nodes.get(region.parentCode) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }

  if (rootCode !== null) {
    const root = nodes.get(rootCode);
    return {
      regions: root ? [root] : [],
      fiscalYears: years.map((y) => y.fiscal_year),
      defaultRegionCode: root ? rootCode : null,
      defaultFiscalYear: years[0]?.fiscal_year ?? null,
    };
  }
  return {
    regions: roots,
    fiscalYears: years.map((y) => y.fiscal_year),
    defaultRegionCode: topWithBudget[0]?.region_code ?? roots[0]?.code ?? null,
    defaultFiscalYear: years[0]?.fiscal_year ?? null,
  };
}
