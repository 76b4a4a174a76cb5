import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useRuleDatabase } from '../../testing/rule-fixtures';
import { FIRST_HOLIDAY_YEAR, restDayName, statutoryHolidays } from './pay-holiday';

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

  it('finds weekday holidays of several years in one run, and only those in an incremental window', async () => {
    await db.payment('SPRING-2025', '1000.00', { date: '2025-01-30' }); // Thursday, 春节
    await db.payment('MIDAUTUMN-2025', '1000.00', { date: '2025-10-06' }); // Monday, 中秋节
    await db.payment('LABOUR-2026', '1000.00', { date: '2026-05-05' }); // Tuesday, 劳动节
    await db.payment('WORKDAY-2026', '1000.00', { date: '2026-05-06' }); // Wednesday
    await db.detect('PAY-HOLIDAY');
    assert.deepEqual(await db.alerts('PAY-HOLIDAY'), {
      'LABOUR-2026': 'yellow',
      'MIDAUTUMN-2025': 'yellow',
      'SPRING-2025': 'yellow',
    });
    await db.sql(`TRUNCATE alerts CASCADE`);
    await db.detect('PAY-HOLIDAY', '2026-11-20', { window: { from: '2026-05-01', to: '2026-05-31' } });
    assert.deepEqual(await db.alerts('PAY-HOLIDAY'), { 'LABOUR-2026': 'yellow' });
  });

  it('ignores payments after the as-of date and outside the regions asked for', async () => {
    await db.payment('LATE', '1000.00', { date: '2026-11-21' }); // Saturday after the as-of date
    await db.payment('COUNTY', '1000.00', { date: '2026-11-15', region: '390121' });
    await db.payment('DISTRICT', '1000.00', { date: '2026-11-15', region: '390102001' });
    await db.detect('PAY-HOLIDAY', '2026-11-20', { regionCode: '390102' });
    assert.deepEqual(await db.alerts('PAY-HOLIDAY'), { DISTRICT: 'yellow' });
  });
});

describe('statutoryHolidays', () => {
  it('lists the holidays of chinese-days within the range, from its first year on', () => {
    assert.deepEqual(statutoryHolidays({ from: '2026-09-30', to: '2026-10-02' }), ['2026-10-01', '2026-10-02']);
    assert.deepEqual(statutoryHolidays({ from: '0001-01-01', to: `${FIRST_HOLIDAY_YEAR - 1}-12-31` }), []);
    assert.ok(statutoryHolidays({ from: '0001-01-01', to: `${FIRST_HOLIDAY_YEAR}-12-31` }).length > 0);
  });

  it('does not list a weekend that is no holiday, nor a make-up working day', () => {
    const may2026 = statutoryHolidays({ from: '2026-05-01', to: '2026-05-31' });
    assert.ok(!may2026.includes('2026-05-09')); // Saturday, 调休上班日 for 劳动节
    assert.ok(!may2026.includes('2026-05-10')); // a plain Sunday
    assert.ok(!statutoryHolidays({ from: '2025-01-01', to: '2025-12-31' }).includes('2025-01-26')); // 调休上班日
  });
});

describe('restDayName', () => {
  it('names a statutory holiday in Chinese and English, and a weekend day', () => {
    assert.deepEqual(restDayName('2026-10-01'), { zh: '国庆节', en: 'National Day' });
    assert.deepEqual(restDayName('2026-06-07'), { zh: '周末（星期日）', en: 'a weekend (Sunday)' });
  });
});
