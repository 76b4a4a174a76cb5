import { Prisma } from '../generated/prisma/client';
import type { Db } from '../db/prisma';
import type { Book } from '../shared/money.schemas';

/**
 * The region subtree as (region_code, branch): branch is the direct child of the root that the
 * region belongs to, or NULL for the root's own rows. One recursive walk serves both the total and
 * the per-sub-region breakdown.
 */
const subtree = (rootCode: string) => Prisma.sql`
  WITH RECURSIVE tree AS (
    SELECT region_code, NULL::varchar AS branch FROM regions WHERE region_code = ${rootCode}
    UNION ALL
    SELECT c.region_code, COALESCE(t.branch, c.region_code)
    FROM regions c JOIN tree t ON c.parent_code = t.region_code
  )`;

/**
 * The subtree resolved first, on `regions` alone, and handed to the queries on payments, budget
 * lines and their sums as arrays: a distributed engine plans a recursive CTE on one shard only and
 * prunes shards on `= ANY` (docs/scaling-queries.md §P1). `tree` is then a plain list.
 */
async function resolvedSubtree(db: Db, rootCode: string) {
  const rows = await db.$queryRaw<{ region_code: string; branch: string | null }[]>`${subtree(rootCode)} SELECT region_code, branch FROM tree`;
  const codes = rows.map((row) => row.region_code);
  return {
    codes,
    tree: Prisma.sql`WITH tree AS (SELECT * FROM unnest(${codes}::text[], ${rows.map((row) => row.branch)}::text[]) AS t(region_code, branch))`,
  };
}

const yearRange = (fiscalYear: number) => ({
  from: new Date(Date.UTC(fiscalYear, 0, 1)),
  to: new Date(Date.UTC(fiscalYear + 1, 0, 1)),
});

export interface BranchAmounts {
  branch: string | null;
  book: Book;
  budget: string;
  executed: string;
}

/** Current budget and net payments per branch and book (money as exact decimal text), payments from their summary. */
export async function findExecutionByBranch(db: Db, rootCode: string, fiscalYear: number): Promise<BranchAmounts[]> {
  const { codes, tree } = await resolvedSubtree(db, rootCode);
  // Summed per region first (on a distributed engine, where the rows are), then per branch.
  return db.$queryRaw<BranchAmounts[]>`
    ${tree},
    budget AS (
      SELECT t.branch, b.book, sum(b.amount) AS amount
      FROM (SELECT region_code, book, sum(amount) AS amount FROM budget_lines
            WHERE fiscal_year = ${fiscalYear} AND region_code = ANY(${codes}::text[]) GROUP BY 1, 2) b
      JOIN tree t ON t.region_code = b.region_code
      GROUP BY t.branch, b.book
    ),
    paid AS (
      SELECT t.branch, p.book, sum(p.amount) AS amount
      FROM (SELECT region_code, book, sum(amount) AS amount FROM payment_summary
            WHERE fiscal_year = ${fiscalYear} AND region_code = ANY(${codes}::text[]) GROUP BY 1, 2) p
      JOIN tree t ON t.region_code = p.region_code
      GROUP BY t.branch, p.book
    )
    SELECT COALESCE(budget.branch, paid.branch) AS branch,
           COALESCE(budget.book, paid.book)::text AS book,
           COALESCE(budget.amount, 0)::numeric(18,2)::text AS budget,
           COALESCE(paid.amount, 0)::numeric(18,2)::text AS executed
    FROM budget FULL JOIN paid ON budget.branch IS NOT DISTINCT FROM paid.branch AND budget.book = paid.book`;
}

export interface RevenueAmounts {
  book: Book;
  budget: string;
  actual: string;
}

/**
 * Revenue budget and collection per book over the subtree, from leaf revenue codes only (a file may
 * carry both a class and its items), excluding transfers (110) and debt revenue (105), which are
 * not revenue the region raises.
 */
export function findRevenueByBook(db: Db, rootCode: string, fiscalYear: number): Promise<RevenueAmounts[]> {
  return db.$queryRaw<RevenueAmounts[]>`
    ${subtree(rootCode)},
    leaf AS (
      SELECT r.* FROM revenue r JOIN tree t ON t.region_code = r.region_code
      WHERE r.fiscal_year = ${fiscalYear} AND left(r.rev_code, 3) NOT IN ('105', '110')
        AND NOT EXISTS (
          SELECT 1 FROM revenue c
          WHERE c.fiscal_year = r.fiscal_year AND c.month = r.month AND c.region_code = r.region_code
            AND c.book = r.book AND c.rev_code LIKE r.rev_code || '_%')
    ),
    annual_budget AS (
      SELECT DISTINCT ON (region_code, book, rev_code) book, budget_amount
      FROM leaf ORDER BY region_code, book, rev_code, month DESC
    )
    SELECT b.book::text AS book, b.budget::numeric(18,2)::text AS budget,
           COALESCE(a.actual, 0)::numeric(18,2)::text AS actual
    FROM (SELECT book, sum(budget_amount) AS budget FROM annual_budget GROUP BY book) b
    LEFT JOIN (SELECT book, sum(actual_amount) AS actual FROM leaf GROUP BY book) a ON a.book = b.book`;
}

/** Latest payment date of the year in the subtree, and whether a later year has payments (closed). */
export async function findAsOf(
  db: Db,
  rootCode: string,
  fiscalYear: number,
): Promise<{ latest: string | null; closed: boolean }> {
  const { from, to } = yearRange(fiscalYear);
  const { codes } = await resolvedSubtree(db, rootCode);
  const rows = await db.$queryRaw<{ latest: string | null; closed: boolean }[]>`
    SELECT (SELECT max(p.pay_date)::text FROM payments p
             WHERE p.region_code = ANY(${codes}::text[]) AND p.pay_date >= ${from} AND p.pay_date < ${to}) AS latest,
           EXISTS (SELECT 1 FROM payments p WHERE p.pay_date >= ${to}) AS closed`;
  return rows[0] ?? { latest: null, closed: false };
}

export function findRegion(db: Db, code: string) {
  return db.region.findUnique({ where: { code }, select: { code: true, name: true, level: true } });
}

export function findChildRegions(db: Db, code: string) {
  return db.region.findMany({
    where: { parentCode: code },
    select: { code: true, name: true, level: true },
    orderBy: { code: 'asc' },
  });
}
