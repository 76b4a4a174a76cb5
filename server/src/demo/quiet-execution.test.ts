import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  checkpoints,
  fen,
  groupBy,
  loadDemoFixture,
  sumBy,
  timeProgress,
  type DemoFixture,
  type Row,
} from './demo-fixture';
import { AS_OF } from './generate-demo-city';

// The budget execution rules of shared/RULES.md (EXE-*, BUD-*) must stay quiet on the demo's base data.
const SANGONG = new Set(['30212', '30217', '30231', '31013']);
const yearOf = (p: Row) => p['pay_date']!.slice(0, 4);
const endOf = (year: string) => (year === AS_OF.slice(0, 4) ? AS_OF : `${year}-12-31`);

describe('generateDemoCity quiet budget execution', () => {
  let demo: DemoFixture;
  let lines: Row[];
  let payments: Row[];
  /** line_id → its current amount (own amount + rows pointing at it). */
  let current: Map<string, number>;
  before(async () => {
    demo = await loadDemoFixture({ paymentsPerYear: 30_000, planted: false });
    lines = demo.rows.budget_lines;
    payments = demo.rows.payments;
    current = sumBy(
      lines,
      (l) => l['parent_line_id'] || l['line_id']!,
      (l) => fen(l['amount']!),
    );
  });
  after(() => demo.remove());

  it('keeps line ids unique, change rows pointing at an initial line of the same agency and year (EXE-NOBUDGET)', () => {
    const byId = new Map(lines.map((l) => [l['line_id']!, l]));
    assert.equal(byId.size, lines.length);
    for (const line of lines) {
      assert.match(line['doc_no']!, /^.+财预〔\d{4}〕\d+号$/);
      if (line['line_type'] === 'initial') continue;
      const parent = byId.get(line['parent_line_id']!);
      assert.equal(parent?.['line_type'], 'initial', line['line_id']);
      assert.equal(parent['agency_code'], line['agency_code']);
      assert.equal(parent['fiscal_year'], line['fiscal_year']);
    }
    for (const p of payments) {
      const line = byId.get(p['line_id']!);
      assert.ok(line, `payment ${p['voucher_no']} draws on a known line`);
      for (const key of ['agency_code', 'book', 'func_code', 'econ_code', 'region_code'] as const)
        assert.equal(line[key], p[key]);
      assert.equal(line['fiscal_year'], yearOf(p));
      assert.ok(p['pay_date']! >= line['issued_date']!, 'no payment before its budget was issued');
    }
  });

  it('never pays more on a line than its current amount (EXE-OVER)', () => {
    for (const [lineId, net] of sumBy(
      payments,
      (p) => p['line_id']!,
      (p) => fen(p['amount']!),
    )) {
      assert.ok(net <= current.get(lineId)!, `${lineId}: ${net} > ${current.get(lineId)}`);
    }
  });

  it('tracks time progress within ±10 pp per agency and book at every month end and the as-of date (EXE-LAG)', () => {
    const budgets = sumBy(
      lines,
      (l) => `${l['agency_code']}|${l['fiscal_year']}|${l['book']}`,
      (l) => fen(l['amount']!),
    );
    const groups = groupBy(payments, (p) => `${p['agency_code']}|${yearOf(p)}|${p['book']}`);
    let worst = 0;
    for (const [key, group] of groups) {
      const year = key.split('|')[1]!;
      for (const date of checkpoints(Number(year), endOf(year))) {
        const paid = group.reduce((sum, p) => sum + (p['pay_date']! <= date ? fen(p['amount']!) : 0), 0);
        const gap = paid / budgets.get(key)! - timeProgress(date);
        worst = Math.max(worst, Math.abs(gap));
        assert.ok(Math.abs(gap) <= 0.1, `${key} on ${date}: ${(gap * 100).toFixed(1)} pp`);
      }
    }
    assert.ok(worst > 0.005, 'the curve is not a perfect line either');
  });

  it('ends 2025 at 95–100 % of the current budget per agency, with no December rush (EXE-SURGE)', () => {
    const budgets = sumBy(
      lines.filter((l) => l['fiscal_year'] === '2025'),
      (l) => l['agency_code']!,
      (l) => fen(l['amount']!),
    );
    const paid2025 = payments.filter((p) => yearOf(p) === '2025');
    const paid = sumBy(
      paid2025,
      (p) => p['agency_code']!,
      (p) => fen(p['amount']!),
    );
    const december = sumBy(
      paid2025.filter((p) => p['pay_date']! >= '2025-12-01'),
      (p) => p['agency_code']!,
      (p) => fen(p['amount']!),
    );
    assert.equal(paid.size, budgets.size, 'every agency spends');
    for (const [agency, total] of paid) {
      const rate = total / budgets.get(agency)!;
      assert.ok(rate >= 0.95 && rate <= 1, `${agency}: ${(rate * 100).toFixed(1)} %`);
      assert.ok((december.get(agency) ?? 0) <= 0.15 * total, `${agency}: December ${december.get(agency)} of ${total}`);
    }
  });

  it('pays on every line of 1,000,000 yuan or more within 180 days of its issue (EXE-IDLE)', () => {
    const first = new Map<string, string>();
    for (const p of payments)
      if (!first.has(p['line_id']!) || p['pay_date']! < first.get(p['line_id']!)!)
        first.set(p['line_id']!, p['pay_date']!);
    const big = lines.filter((l) => Math.abs(fen(l['amount']!)) >= 100_000_000);
    assert.ok(big.length > 100);
    for (const line of big) {
      const due = new Date(Date.parse(`${line['issued_date']}T00:00:00Z`) + 180 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const paidBy = first.get(line['line_id']!);
      assert.ok(
        paidBy !== undefined && paidBy <= due,
        `${line['line_id']} (${line['line_type']}) first paid ${paidBy}`,
      );
    }
  });

  it('changes budgets rarely: at most 2 change rows per agency-year, under 5 % of the initial budget (EXE-ADJUST)', () => {
    const changes = lines.filter((l) => l['line_type'] !== 'initial');
    assert.ok(changes.length >= 20, `${changes.length} change rows`);
    const initial = sumBy(
      lines.filter((l) => l['line_type'] === 'initial'),
      (l) => `${l['agency_code']}|${l['fiscal_year']}`,
      (l) => fen(l['amount']!),
    );
    for (const [key, rows] of groupBy(changes, (l) => `${l['agency_code']}|${l['fiscal_year']}`)) {
      assert.ok(rows.length <= 2, key);
      const moved = rows.reduce((sum, l) => sum + Math.abs(fen(l['amount']!)), 0);
      assert.ok(moved < 0.05 * initial.get(key)!, key);
      for (const row of rows)
        assert.ok(Math.abs(fen(row['amount']!)) < 100_000_000, 'a change row stays under 1,000,000 yuan');
    }
  });

  it('keeps 三公 within budget and 2026 at or below 2025 over every same period (EXE-SANGONG)', () => {
    const sangong = payments.filter((p) => SANGONG.has(p['econ_code']!));
    assert.ok(sangong.length > 100);
    const budget = sumBy(
      lines.filter((l) => SANGONG.has(l['econ_code']!)),
      (l) => `${l['agency_code']}|${l['fiscal_year']}`,
      (l) => fen(l['amount']!),
    );
    for (const [key, total] of sumBy(
      sangong,
      (p) => `${p['agency_code']}|${yearOf(p)}`,
      (p) => fen(p['amount']!),
    )) {
      assert.ok(total <= budget.get(key)!, key);
    }
    for (const [agency, rows] of groupBy(sangong, (p) => p['agency_code']!)) {
      for (const date of checkpoints(2026, AS_OF)) {
        const sameDay = `2025${date.slice(4)}`;
        const now = rows.reduce(
          (sum, p) => sum + (p['pay_date']! >= '2026-01-01' && p['pay_date']! <= date ? fen(p['amount']!) : 0),
          0,
        );
        const before = rows.reduce((sum, p) => sum + (p['pay_date']! <= sameDay ? fen(p['amount']!) : 0), 0);
        assert.ok(now <= before, `${agency} to ${date}: ${now} > ${before}`);
      }
    }
  });

  it('meets PEFA: 2025 spending 96–104 % of the initial budget, composition variance < 8 % (BUD-PI1, BUD-PI2)', () => {
    const initial = lines.filter((l) => l['fiscal_year'] === '2025' && l['line_type'] === 'initial');
    const paid2025 = payments.filter((p) => yearOf(p) === '2025');
    for (const [region, regionLines] of groupBy(initial, (l) => l['region_code']!)) {
      const budgetByClass = sumBy(
        regionLines,
        (l) => l['func_code']!.slice(0, 3),
        (l) => fen(l['amount']!),
      );
      const actualByClass = sumBy(
        paid2025.filter((p) => p['region_code'] === region),
        (p) => p['func_code']!.slice(0, 3),
        (p) => fen(p['amount']!),
      );
      const budget = [...budgetByClass.values()].reduce((a, b) => a + b, 0);
      const actual = [...actualByClass.values()].reduce((a, b) => a + b, 0);
      assert.ok(actual / budget >= 0.96 && actual / budget <= 1.04, `${region} PI-1 ${actual / budget}`);
      const variance =
        [...budgetByClass].reduce(
          (sum, [cls, b]) => sum + Math.abs((actualByClass.get(cls) ?? 0) - (b * actual) / budget),
          0,
        ) / actual;
      assert.ok(variance < 0.08, `${region} PI-2 ${variance}`);
    }
  });

  it('budgets the reserve fund (227 预备费) at 1.5–2.5 % of each region’s GPB expenditure budget (BUD-RESERVE)', () => {
    for (const type of ['initial', 'current']) {
      const rows = lines.filter((l) => l['book'] === 'GPB' && (type === 'current' || l['line_type'] === 'initial'));
      const gpb = sumBy(
        rows,
        (l) => `${l['region_code']}|${l['fiscal_year']}`,
        (l) => fen(l['amount']!),
      );
      const reserve = sumBy(
        rows.filter((l) => l['func_code'] === '227'),
        (l) => `${l['region_code']}|${l['fiscal_year']}`,
        (l) => fen(l['amount']!),
      );
      assert.equal(reserve.size, gpb.size, 'every budget region and year has a reserve');
      for (const [key, amount] of reserve) {
        const share = amount / gpb.get(key)!;
        assert.ok(share >= 0.015 && share <= 0.025, `${key} ${type}: ${(share * 100).toFixed(2)} %`);
      }
    }
  });
});
