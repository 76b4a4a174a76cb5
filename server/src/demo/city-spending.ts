import { draftAgencySpending, type SpendingContext } from './agency-spending';
import { budgetRows, type BudgetRow } from './budget-lines';
import { isoDate } from './calendar';
import type { CsvFileWriter } from './csv-writer';
import type { DraftPayment } from './draft';
import type { Book, DemoAgency } from './line-spec';
import { ceilScaleFen, ceilToUnit, formatFen } from './money';
import { BUDGET_REGIONS } from './regions';

/** Current budgets (fen) by `${regionCode}|${year}|${book}`, what revenue and debt are sized from. */
export type BudgetTotals = Map<string, number>;

export const totalsKey = (regionCode: string, year: number, book: Book) => `${regionCode}|${year}|${book}`;

/** The finance bureau's department code: it holds the region's reserve fund and is drafted last. */
const FINANCE_DEPARTMENT = '112';

function budgetRowValues(row: BudgetRow): string[] {
  return [
    row.lineId,
    String(row.fiscalYear),
    row.regionCode,
    row.book,
    row.agencyCode,
    row.func,
    row.econ,
    row.projectCode,
    row.projectName,
    row.lineType,
    row.parentLineId,
    formatFen(row.amountFen),
    row.docNo,
    row.issuedDate,
  ];
}

function paymentValues(p: DraftPayment, agency: DemoAgency): string[] {
  const { spec } = p.line;
  return [
    p.voucher,
    isoDate(p.year, p.day),
    agency.regionCode,
    spec.book,
    agency.code,
    spec.func,
    spec.econ,
    spec.project?.code ?? '',
    p.line.lineId,
    p.payee!.name,
    p.payee!.account,
    p.payee!.individual ? 'individual' : 'unit',
    p.method,
    p.settle,
    formatFen(p.amount),
    p.purpose,
  ];
}

/**
 * Drafts every agency's spending region by region and writes budget_lines and payments. Payments per
 * agency are proportional to its weight; the finance bureau comes last in its region because its
 * reserve fund (227 预备费) is sized at 1.8–2.2 % of the region's GPB expenditure budget (预算法 第四十条
 * allows 1–3 %; BUD-RESERVE is quiet inside that band).
 */
export function writeSpending(
  ctx: SpendingContext,
  agencies: readonly DemoAgency[],
  paymentsPerYear: number,
  writers: { budgetLines: CsvFileWriter; payments: CsvFileWriter },
): BudgetTotals {
  const totals: BudgetTotals = new Map();
  const totalWeight = agencies.reduce((sum, a) => sum + a.weight, 0);
  const docRandom = ctx.random.fork('documents');

  for (const region of BUDGET_REGIONS) {
    const members = agencies
      .filter((a) => a.regionCode === region.code)
      .sort(
        (a, b) =>
          Number(a.code === `${region.code}${FINANCE_DEPARTMENT}`) -
          Number(b.code === `${region.code}${FINANCE_DEPARTMENT}`),
      );
    const departments = members
      .filter((a) => a.parentCode === null)
      .map((a) => a.code)
      .sort();
    const reserveShareBp = ctx.random.fork('reserve', region.code).int(180, 220);
    const adjustmentDocs = new Map(ctx.years.map((year) => [year, 100]));

    for (const agency of members) {
      const counts = new Map(
        ctx.years.map((year, i) => [
          year,
          Math.round((paymentsPerYear * agency.weight * (1 + 0.03 * i)) / totalWeight),
        ]),
      );
      const sizeReserve = (year: number, ownGpbFen: number) => {
        const others = totals.get(totalsKey(region.code, year, 'GPB')) ?? 0;
        const base = others + ceilScaleFen(ownGpbFen, 10_000, 9_800);
        return ceilToUnit(ceilScaleFen(base, reserveShareBp, 10_000 - reserveShareBp), 1_000_000);
      };
      const years = draftAgencySpending(ctx, agency, region, counts, sizeReserve);
      const department = agency.parentCode ?? agency.code;
      for (const spending of years) {
        const docs = {
          initial: `${region.docPrefix}〔${spending.year}〕${departments.indexOf(department) + 1}号`,
          nextAdjustment: () => {
            const next = adjustmentDocs.get(spending.year)! + 1;
            adjustmentDocs.set(spending.year, next);
            return `${region.docPrefix}〔${spending.year}〕${next}号`;
          },
        };
        const rows = budgetRows(
          agency,
          spending,
          docs,
          ctx.calendars.get(spending.year)!,
          docRandom.fork(agency.code, spending.year),
        );
        for (const row of rows) {
          writers.budgetLines.row(budgetRowValues(row));
          const key = totalsKey(region.code, spending.year, row.book);
          totals.set(key, (totals.get(key) ?? 0) + row.amountFen);
        }
        for (const payment of spending.payments) writers.payments.row(paymentValues(payment, agency));
      }
    }
  }
  return totals;
}
