import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { insertSoeReport } from './soe-fixture';

const db = useRuleDatabase();

describe('SOE-LEVERAGE 资产负债率超警戒线', () => {
  it('climbs the ladder at 65/70 for industrial and 70/75 for other enterprises', async () => {
    const rows: [string, 'industrial' | 'non_industrial', string][] = [
      ['I-UNDER', 'industrial', '64.99'],
      ['I-WARN', 'industrial', '65.00'],
      ['I-WARN-TOP', 'industrial', '69.99'],
      ['I-KEY', 'industrial', '70.00'],
      ['I-KEY-OVER', 'industrial', '70.01'],
      ['N-UNDER', 'non_industrial', '69.99'],
      ['N-WARN', 'non_industrial', '70.00'],
      ['N-WARN-TOP', 'non_industrial', '74.99'],
      ['N-KEY', 'non_industrial', '75.00'],
      ['N-KEY-OVER', 'non_industrial', '75.01'],
    ];
    for (const [code, industry, liabilities] of rows) {
      await insertSoeReport(db, code, '2025', { industry, totalAssets: '100.00', totalLiabilities: liabilities });
    }
    await db.detect('SOE-LEVERAGE');
    assert.deepEqual(await db.alerts('SOE-LEVERAGE'), {
      'I-KEY': 'red',
      'I-KEY-OVER': 'red',
      'I-WARN': 'yellow',
      'I-WARN-TOP': 'yellow',
      'N-KEY': 'red',
      'N-KEY-OVER': 'red',
      'N-WARN': 'yellow',
      'N-WARN-TOP': 'yellow',
    });
    const alert = await db.alert('SOE-LEVERAGE', 'N-KEY');
    assert.equal(alert.period, '2025');
    assert.equal(alert.measured_value, '75.000000');
    assert.equal(alert.threshold, '75.000000');
    assert.equal(alert.explanation_zh, 'N-KEY公司2025资产负债率75.00%，达到非工业企业重点监管线75%');
  });

  it('compares exactly: 10 billion yuan of assets a fen short of a line stays under it', async () => {
    const assets = '10000000000.00';
    for (const [code, liabilities] of [
      ['WARN-UNDER', '6499999999.99'],
      ['WARN-AT', '6500000000.00'],
      ['WARN-OVER', '6500000000.01'],
      ['KEY-UNDER', '6999999999.99'],
      ['KEY-AT', '7000000000.00'],
      ['KEY-OVER', '7000000000.01'],
    ] as const) {
      await insertSoeReport(db, code, '2025', { totalAssets: assets, totalLiabilities: liabilities });
    }
    await db.detect('SOE-LEVERAGE');
    assert.deepEqual(await db.alerts('SOE-LEVERAGE'), {
      'KEY-AT': 'red',
      'KEY-OVER': 'red',
      'KEY-UNDER': 'yellow',
      'WARN-AT': 'yellow',
      'WARN-OVER': 'yellow',
    });
    // 69.9999999999 %: shown rounded down, never as the key line it has not reached.
    const under = await db.alert('SOE-LEVERAGE', 'KEY-UNDER');
    assert.equal(under.measured_value, '69.999999');
    assert.equal(under.threshold, '65.000000');
    assert.equal(under.explanation_zh, 'KEY-UNDER公司2025资产负债率69.99%，达到工业企业警戒线65%');
  });

  it('reads the latest report that counts at the as-of date: a quarter once it has ended', async () => {
    await insertSoeReport(db, 'Q', '2025', { totalLiabilities: '500.00' });
    await insertSoeReport(db, 'Q', '2026-Q3', { totalLiabilities: '800.00' });
    await db.detect('SOE-LEVERAGE', '2026-01-05');
    assert.deepEqual(await db.alerts('SOE-LEVERAGE'), {});
    await db.detect('SOE-LEVERAGE', '2026-09-29');
    assert.deepEqual(await db.alerts('SOE-LEVERAGE'), {});
    await db.detect('SOE-LEVERAGE', '2026-09-30');
    assert.deepEqual(await db.alerts('SOE-LEVERAGE'), { Q: 'red' });
    assert.equal((await db.alert('SOE-LEVERAGE', 'Q')).period, '2026-Q3');
  });

  it('keeps to the regions in scope and applies a region override to its sub-regions', async () => {
    await insertSoeReport(db, 'CITY', '2025', { totalLiabilities: '660.00' });
    await insertSoeReport(db, 'DISTRICT', '2025', { totalLiabilities: '660.00', region: '390102' });
    await insertSoeReport(db, 'STREET', '2025', { totalLiabilities: '660.00', region: '390102001' });
    await db.detect('SOE-LEVERAGE', '2026-11-20', { regionCode: '390102' });
    assert.deepEqual(await db.alerts('SOE-LEVERAGE'), { DISTRICT: 'yellow', STREET: 'yellow' });
    await db.override('SOE-LEVERAGE', '390102', { industrialWarning: 66.01 });
    await db.detect('SOE-LEVERAGE');
    assert.deepEqual(await db.alerts('SOE-LEVERAGE'), { CITY: 'yellow' });
  });

  it('raises nothing for enterprises under the lines', async () => {
    await insertSoeReport(db, 'FINE', '2025');
    await insertSoeReport(db, 'FINE-N', '2025', { industry: 'non_industrial', totalLiabilities: '699.99' });
    await db.detect('SOE-LEVERAGE');
    assert.deepEqual(await db.alerts('SOE-LEVERAGE'), {});
  });
});
