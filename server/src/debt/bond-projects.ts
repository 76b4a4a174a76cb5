import Decimal from 'decimal.js';
import type pg from 'pg';
import { percentOf } from '../detect/percent';
import { addMonths } from '../detect/rules/debt/debt-idle';
import { MAX_LISTED_PROJECTS, type BondProject, type BondProjects, type DebtScope } from './debt.schemas';
import { idleLinesInForce, type IdleRung } from './debt-lines';
import { subtreeRegions } from '../shared/subtree-regions';
import { shareOf } from '../detect/warning-lines';

/**
 * The rung of DEBT-IDLE a project's snapshot reaches, judged as the rule judges it: at the snapshot's
 * date, spent strictly below the rung's share once its months have passed since the bond's issue.
 */
export function idleSeverity(
  project: { issueDate: string | null; asOfDate: string; allocated: string; spent: string },
  rungs: readonly IdleRung[],
): BondProject['idle'] {
  if (project.issueDate === null || !new Decimal(project.allocated).gt(0)) return null;
  const share = percentOf(project.spent, project.allocated)!;
  const hit = rungs.find(
    (rung) => project.asOfDate >= addMonths(project.issueDate!, rung.months) && share.lt(rung.below),
  );
  return hit?.severity ?? null;
}

const IDLE_ORDER: Record<NonNullable<BondProject['idle']> | 'none', number> = { red: 0, yellow: 1, orange: 1, none: 2 };

/**
 * 专项债券项目 of a region subtree: each project's latest snapshot (per project and bond) by the end of
 * the fiscal year, its spending against the bond money allocated, totals per region, and DEBT-IDLE's
 * verdict. Listed idle first, then least spent first.
 */
export async function getBondProjects(pool: pg.Pool, input: DebtScope): Promise<BondProjects> {
  const { regionCode, fiscalYear } = input;
  const regions = await subtreeRegions(pool, regionCode);
  const codes = regions.map((region) => region.regionCode);
  const latest = `SELECT DISTINCT ON (p.project_code, p.bond_code) p.* FROM bond_projects p
     WHERE p.region_code = ANY($1::text[]) AND p.as_of_date <= make_date($2, 12, 31)
     ORDER BY p.project_code, p.bond_code, p.as_of_date DESC`;
  const [totals, listed, linesFor] = await Promise.all([
    pool.query<{ region_code: string | null; projects: number; allocated: string; spent: string }>(
      `SELECT region_code, count(*)::int AS projects, COALESCE(sum(allocated_amount), 0)::numeric(18,2)::text AS allocated,
              COALESCE(sum(spent_amount), 0)::numeric(18,2)::text AS spent
       FROM (${latest}) l GROUP BY GROUPING SETS ((region_code), ())`,
      [codes, fiscalYear],
    ),
    pool.query<{
      project_code: string;
      project_name: string;
      bond_code: string;
      bond_name: string | null;
      region_code: string;
      agency_code: string;
      agency_name: string | null;
      issue_date: string | null;
      as_of_date: string;
      allocated: string;
      spent: string;
    }>(
      `SELECT l.project_code, l.project_name, l.bond_code, b.bond_name, l.region_code, l.agency_code, a.agency_name,
              b.issue_date::text AS issue_date, l.as_of_date::text AS as_of_date,
              l.allocated_amount::text AS allocated, l.spent_amount::text AS spent
       FROM (${latest}) l
       LEFT JOIN bonds b ON b.bond_code = l.bond_code
       LEFT JOIN agencies a ON a.agency_code = l.agency_code
       ORDER BY l.allocated_amount = 0, l.spent_amount / NULLIF(l.allocated_amount, 0), l.project_code, l.bond_code
       LIMIT ${MAX_LISTED_PROJECTS}`,
      [codes, fiscalYear],
    ),
    idleLinesInForce(pool, codes),
  ]);
  const nameOf = new Map(regions.map((region) => [region.regionCode, region.regionName]));
  const totalsOf = (row: { projects: number; allocated: string; spent: string }) => ({
    projects: row.projects,
    allocated: row.allocated,
    spent: row.spent,
    spentRatio: shareOf(row.spent, row.allocated),
  });
  const overall = totals.rows.find((row) => row.region_code === null);
  return {
    fiscalYear,
    total: overall ? totalsOf(overall) : { projects: 0, allocated: '0.00', spent: '0.00', spentRatio: null },
    regions: totals.rows
      .filter((row): row is typeof row & { region_code: string } => row.region_code !== null)
      .sort((a, b) => codes.indexOf(a.region_code) - codes.indexOf(b.region_code))
      .map((row) => ({
        regionCode: row.region_code,
        regionName: nameOf.get(row.region_code) ?? row.region_code,
        ...totalsOf(row),
      })),
    projects: listed.rows
      .map((row) => {
        const project = {
          projectCode: row.project_code,
          projectName: row.project_name,
          bondCode: row.bond_code,
          bondName: row.bond_name,
          regionCode: row.region_code,
          regionName: nameOf.get(row.region_code) ?? row.region_code,
          agencyCode: row.agency_code,
          agencyName: row.agency_name,
          issueDate: row.issue_date,
          asOfDate: row.as_of_date,
          allocated: row.allocated,
          spent: row.spent,
          spentRatio: shareOf(row.spent, row.allocated),
        };
        return { ...project, idle: idleSeverity(project, linesFor(row.region_code)) };
      })
      // Idle projects first (red, then yellow), each group least spent first as listed.
      .sort((a, b) => IDLE_ORDER[a.idle ?? 'none'] - IDLE_ORDER[b.idle ?? 'none']),
    idleLines: linesFor(regionCode).map((rung) => ({
      severity: rung.severity,
      months: rung.months,
      belowRatio: new Decimal(rung.below).dividedBy(100).toFixed(),
    })),
  };
}
