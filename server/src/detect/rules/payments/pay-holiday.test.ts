import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { restDayName } from './pay-holiday';

const db = useRuleDatabase();

describe('PAY-HOLIDAY 节假日支付', () => {
  it('flags payments on a statutory holiday and on a weekend, reversals included', async () => {
    await db.payment('NATIONAL', '1000.00', { date: '2026-10-01' }); // Thursday, 国庆节
    await db.payment('SATURDAY', '2000.00', { date: '2026-06-06' });
    await db.payment('SUNDAY-REVERSAL', '-300.00', { date: '2026-06-07' });
    await db.payment('MONDAY', '4000.00', { date: '2026-06-08' });
    await db.detect('PAY-HOLIDAY');
    assert.deepEqual(await db.alerts('PAY-HOLIDAY'), {
      NATIONAL: 'yellow',
      SATURDAY: 'yellow',
      'SUNDAY-REVERSAL': 'yellow',
    });
    const national = await db.alert('PAY-HOLIDAY', 'NATIONAL');
    assert.equal(national.period, '2026-10-01');
    assert.equal(national.measured_value, '1000.000000');
    assert.deepEqual(national.evidence['vouchers'], ['NATIONAL']);
    assert.equal(national.explanation_zh, '凭证NATIONAL于2026-10-01（国庆节）支付1,000.00元，该日为非工作日');
    assert.match(national.explanation_en, /on 2026-10-01, National Day, not a working day/);
    assert.match((await db.alert('PAY-HOLIDAY', 'SATURDAY')).explanation_zh, /（周末（星期六））/);
  });

  it('does not flag an official make-up working day (调休上班日) on a weekend', async () => {
    await db.payment('MAKEUP-SUN', '1000.00', { date: '2025-01-26' }); // Sunday worked for the Spring Festival
    await db.payment('MAKEUP-SAT', '1000.00', { date: '2025-02-08' });
    await db.payment('SPRING', '1000.00', { date: '2025-01-30' }); // Thursday, 春节
    await db.detect('PAY-HOLIDAY');
    assert.deepEqual(await db.alerts('PAY-HOLIDAY'), { SPRING: 'yellow' });
  });

  it('ignores payments after the as-of date and outside the regions asked for', async () => {
    await db.payment('LATE', '1000.00', { date: '2026-11-21' }); // Saturday after the as-of date
    await db.payment('COUNTY', '1000.00', { date: '2026-11-15', region: '390121' });
    await db.payment('DISTRICT', '1000.00', { date: '2026-11-15', region: '390102001' });
    await db.detect('PAY-HOLIDAY', '2026-11-20', { regionCode: '390102' });
    assert.deepEqual(await db.alerts('PAY-HOLIDAY'), { DISTRICT: 'yellow' });
  });
});

describe('restDayName', () => {
  it('names a statutory holiday in Chinese and English, and a weekend day', () => {
    assert.deepEqual(restDayName('2026-10-01'), { zh: '国庆节', en: 'National Day' });
    assert.deepEqual(restDayName('2026-06-07'), { zh: '周末（星期日）', en: 'a weekend (Sunday)' });
  });
});
