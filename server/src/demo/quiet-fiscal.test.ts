import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fen, groupBy, loadDemoFixture, sumBy, timeProgress, type DemoFixture, type Row } from './demo-fixture';
import { AS_OF } from './generate-demo-city';
import { isValidUscc } from './uscc';

// Revenue, debt, state-asset and social fund rules of shared/RULES.md must stay quiet on the base data.
const monthEnd = (year: string, month: string) =>
  new Date(Date.UTC(Number(year), Number(month), 0)).toISOString().slice(0, 10);
const isOwnRevenue = (r: Row) => r['book'] === 'GPB' && /^10[13]/.test(r['rev_code']!);

describe('generateDemoCity quiet revenue, debt, state assets and social funds', () => {
  let demo: DemoFixture;
  let revenue: Row[];
  let capacity: Map<string, number>;
  before(async () => {
    demo = await loadDemoFixture({ paymentsPerYear: 30_000, planted: false });
    revenue = demo.rows.revenue;
    capacity = new Map(
      demo.rows.fiscal_capacity.map((c) => [`${c['region_code']}|${c['fiscal_year']}`, fen(c['amount']!)]),
    );
  });
  after(() => demo.remove());

  it('repeats each code’s annual budget on every month and ends 2025 at 96–108 % per region and book (REV-OUTTURN)', () => {
    for (const [key, rows] of groupBy(
      revenue,
      (r) => `${r['fiscal_year']}|${r['region_code']}|${r['book']}|${r['rev_code']}`,
    )) {
      assert.equal(new Set(rows.map((r) => r['budget_amount'])).size, 1, key);
      assert.deepEqual(
        rows.map((r) => Number(r['month'])),
        Array.from({ length: key.startsWith('2025') ? 12 : 10 }, (_, i) => i + 1),
        key,
      );
    }
    const year2025 = revenue.filter((r) => r['fiscal_year'] === '2025');
    const actual = sumBy(
      year2025,
      (r) => `${r['region_code']}|${r['book']}`,
      (r) => fen(r['actual_amount']!),
    );
    const budget = sumBy(
      year2025.filter((r) => r['month'] === '1'),
      (r) => `${r['region_code']}|${r['book']}`,
      (r) => fen(r['budget_amount']!),
    );
    for (const [key, total] of actual) {
      const rate = total / budget.get(key)!;
      assert.ok(rate >= 0.96 && rate <= 1.08, `${key}: ${(rate * 100).toFixed(1)} %`);
    }
  });

  it('keeps pace with time within 8 pp in every month and at the as-of date (REV-PACE)', () => {
    for (const [key, rows] of groupBy(revenue, (r) => `${r['fiscal_year']}|${r['region_code']}|${r['book']}`)) {
      const [year] = key.split('|') as [string];
      const budget = sumBy(
        rows.filter((r) => r['month'] === '1'),
        () => '',
        (r) => fen(r['budget_amount']!),
      ).get('')!;
      let cumulative = 0;
      for (const [month, monthRows] of groupBy(rows, (r) => r['month']!)) {
        cumulative += monthRows.reduce((sum, r) => sum + fen(r['actual_amount']!), 0);
        const gap = cumulative / budget - timeProgress(monthEnd(year, month));
        assert.ok(Math.abs(gap) < 0.08, `${key} month ${month}: ${(gap * 100).toFixed(1)} pp`);
      }
      if (year === AS_OF.slice(0, 4)) assert.ok(cumulative / budget > timeProgress(AS_OF) - 0.08, `${key} at ${AS_OF}`);
    }
  });

  it('keeps non-tax revenue under 25 % of own revenue and stable, and own revenue growing every month (REV-NONTAX, REV-DECLINE)', () => {
    const own = revenue.filter(isOwnRevenue);
    const cumulative = (region: string, year: string, month: number, nonTaxOnly: boolean) =>
      own
        .filter(
          (r) =>
            r['region_code'] === region &&
            r['fiscal_year'] === year &&
            Number(r['month']) <= month &&
            (!nonTaxOnly || r['rev_code']!.startsWith('103')),
        )
        .reduce((sum, r) => sum + fen(r['actual_amount']!), 0);
    for (const region of new Set(own.map((r) => r['region_code']!))) {
      for (let month = 1; month <= 10; month++) {
        const [now, before] = [cumulative(region, '2026', month, false), cumulative(region, '2025', month, false)];
        const [shareNow, shareBefore] = [
          cumulative(region, '2026', month, true) / now,
          cumulative(region, '2025', month, true) / before,
        ];
        assert.ok(now > before, `${region} month ${month}: ${now} <= ${before}`);
        assert.ok(shareNow < 0.25 && shareBefore < 0.25, `${region} non-tax ${shareNow}`);
        assert.ok(Math.abs(shareNow - shareBefore) < 0.03, `${region} non-tax share moved`);
      }
    }
  });

  it('reports 综合财力 as the revenue of GPB (with transfers), GFB and SCB for every budget region and year', () => {
    const books = revenue.filter((r) => r['book'] !== 'SIF');
    const actual = sumBy(
      books,
      (r) => `${r['region_code']}|${r['fiscal_year']}`,
      (r) => fen(r['actual_amount']!),
    );
    const budget = sumBy(
      books.filter((r) => r['month'] === '1'),
      (r) => `${r['region_code']}|${r['fiscal_year']}`,
      (r) => fen(r['budget_amount']!),
    );
    assert.equal(capacity.size, 16);
    for (const [key, amount] of capacity)
      assert.equal(amount, key.endsWith('2025') ? actual.get(key) : budget.get(key), key);
  });

  it('keeps government debt under its limits and warning lines (DEBT-OVERLIMIT, -RATIO, -SERVICE, -INTEREST, -OVERDUE)', () => {
    const limits = new Map(
      demo.rows.debt_limits.map((l) => [
        `${l['fiscal_year']}|${l['region_code']}|${l['debt_type']}`,
        fen(l['limit_amount']!),
      ]),
    );
    const balances = demo.rows.debt_balances;
    for (const b of balances) {
      assert.ok(
        fen(b['balance']!) < limits.get(`${b['period']!.slice(0, 4)}|${b['region_code']}|${b['debt_type']}`)!,
        `${b['period']} ${b['region_code']}`,
      );
      assert.equal(b['overdue_amount'], '0.00');
    }
    const spending = sumBy(
      demo.rows.payments.filter((p) => p['book'] === 'GPB' || p['book'] === 'GFB'),
      (p) => `${p['region_code']}|${p['pay_date']!.slice(0, 4)}`,
      (p) => fen(p['amount']!),
    );
    for (const [key, rows] of groupBy(balances, (b) => `${b['region_code']}|${b['period']!.slice(0, 4)}`)) {
      const last = rows[rows.length - 1]!['period'];
      const balance = rows.filter((b) => b['period'] === last).reduce((sum, b) => sum + fen(b['balance']!), 0);
      const interest = rows.reduce((sum, b) => sum + fen(b['interest_paid']!), 0);
      const service = rows.reduce((sum, b) => sum + fen(b['principal_repaid']!), 0) + interest;
      assert.ok(balance / capacity.get(key)! < 0.9, `${key} debt ratio ${balance / capacity.get(key)!}`);
      assert.ok(service / capacity.get(key)! < 0.15, `${key} service ratio`);
      assert.ok(interest / spending.get(key)! < 0.08, `${key} interest ratio`);
    }
  });

  it('lists bonds of 3–30 years that add up to the balances, and spends special bond projects on time (DEBT-IDLE)', () => {
    const bonds = new Map(demo.rows.bonds.map((b) => [b['bond_code']!, b]));
    for (const bond of bonds.values()) {
      const term = Number(bond['maturity_date']!.slice(0, 4)) - Number(bond['issue_date']!.slice(0, 4));
      assert.ok(term >= 3 && term <= 30, bond['bond_code']);
      assert.match(bond['coupon_rate']!, /^[1-4]\.\d{2}$/);
    }
    for (const b of demo.rows.debt_balances.filter((row) => row['period'] === '2025-12')) {
      const outstanding = [...bonds.values()]
        .filter(
          (bond) =>
            bond['region_code'] === b['region_code'] &&
            bond['debt_type'] === b['debt_type'] &&
            bond['issue_date']! <= '2025-12-31' &&
            bond['maturity_date']! > '2025-12-31',
        )
        .reduce((sum, bond) => sum + fen(bond['amount']!), 0);
      assert.equal(fen(b['balance']!), outstanding, `${b['region_code']} ${b['debt_type']}`);
    }
    const projects = demo.rows.bond_projects;
    assert.ok(projects.length > 100);
    for (const p of projects) {
      const bond = bonds.get(p['bond_code']!)!;
      assert.equal(bond['debt_type'], 'special');
      const months = (Date.parse(p['as_of_date']!) - Date.parse(bond['issue_date']!)) / (30.44 * 86_400_000);
      const spent = fen(p['spent_amount']!) / fen(p['allocated_amount']!);
      assert.ok(
        spent <= 1 && (months < 6 || spent >= 0.6) && (months < 12 || spent >= 0.85),
        `${p['project_code']} ${p['as_of_date']}: ${spent}`,
      );
    }
  });

  it('keeps SOEs under the leverage warning lines, without two losses in a row, preserving capital, paying dividends (SOE-*)', () => {
    const rows = demo.rows.soe_financials;
    assert.equal(new Set(rows.map((r) => r['enterprise_code'])).size, 20);
    for (const [code, periods] of groupBy(rows, (r) => r['enterprise_code']!)) {
      assert.ok(isValidUscc(code), code);
      let previousCapital = 0;
      let previousLoss = false;
      for (const r of periods) {
        const leverage = fen(r['total_liabilities']!) / fen(r['total_assets']!);
        assert.ok(
          leverage < (r['industry_class'] === 'industrial' ? 0.65 : 0.7),
          `${code} ${r['period']} leverage ${leverage}`,
        );
        assert.equal(fen(r['owner_equity']!), fen(r['total_assets']!) - fen(r['total_liabilities']!));
        assert.ok(fen(r['state_capital']!) >= previousCapital, `${code} ${r['period']} state capital fell`);
        previousCapital = fen(r['state_capital']!);
        const loss = fen(r['net_profit']!) < 0;
        if (r['period']!.length === 4) {
          assert.ok(!(loss && previousLoss), `${code} loses two years running`);
          previousLoss = loss;
        }
        assert.ok(fen(r['dividends_paid']!) >= 0.96 * fen(r['dividends_due']!), `${code} ${r['period']} dividends`);
      }
    }
  });

  it('keeps every social fund ahead year to date with a year or more of spending in reserve (SIF-DEFICIT, SIF-MONTHS)', () => {
    for (const [key, rows] of groupBy(demo.rows.social_funds, (r) => `${r['region_code']}|${r['fund_type']}`)) {
      let balance: number | undefined;
      const spent: number[] = [];
      let income = 0;
      let expenditure = 0;
      for (const r of rows) {
        if (r['month'] === '1') [income, expenditure] = [0, 0];
        income += fen(r['income']!);
        expenditure += fen(r['expenditure']!);
        spent.push(fen(r['expenditure']!));
        if (balance !== undefined)
          assert.equal(fen(r['balance_end']!), balance + fen(r['income']!) - fen(r['expenditure']!), key);
        balance = fen(r['balance_end']!);
        const recent = spent.slice(-12);
        assert.ok(income >= expenditure, `${key} ${r['fiscal_year']}-${r['month']}`);
        assert.ok(balance / (recent.reduce((a, b) => a + b, 0) / recent.length) >= 12, `${key} months payable`);
      }
    }
    assert.deepEqual(new Set(demo.rows.social_funds.map((r) => r['fund_type'])).size, 5);
  });
});
