import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';

const db = useRuleDatabase();

describe('SOE-LEVERAGE 资产负债率超警戒线', () => {
  it('climbs the ladder at 65/70 for industrial and 70/75 for other enterprises', async () => {
    const rows: [string, string, string][] = [
      ['I-UNDER', 'industrial', '64.99'],
      ['I-WARN', 'industrial', '65.00'],
      ['I-WARN-TOP', 'industrial', '69.99'],
      ['I-KEY', 'industrial', '70.00'],
      ['N-UNDER', 'non_industrial', '69.99'],
      ['N-WARN', 'non_industrial', '70.00'],
      ['N-KEY', 'non_industrial', '75.00'],
    ];
    for (const [code, industry, liabilities] of rows) {
      await db.sql(
        `INSERT INTO soe_financials (enterprise_code, period, enterprise_name, region_code, supervisor, industry_class, total_assets, total_liabilities,
           owner_equity, state_capital, revenue, total_profit, net_profit, dividends_due, dividends_paid)
         VALUES ($1::text, '2025', $1::text, '390100', '市国资委', $2::"IndustryClass", 100.00, $3::numeric, 0, 0, 0, 0, 0, 0, 0)`,
        [code, industry, liabilities],
      );
    }
    await db.detect('SOE-LEVERAGE');
    assert.deepEqual(await db.alerts('SOE-LEVERAGE'), {
      'I-KEY': 'red',
      'I-WARN': 'yellow',
      'I-WARN-TOP': 'yellow',
      'N-KEY': 'red',
      'N-WARN': 'yellow',
    });
  });
});
