import { sampleAgency, sampleRanking } from '../testing/execution-fixtures';
import { buildAgencyRows, lagPoints } from './agency-rows';

describe('lagPoints', () => {
  it('gives the points behind with one decimal, negative when ahead', () => {
    expect(lagPoints('0.437671')).toBe('43.8');
    expect(lagPoints('-0.031328')).toBe('-3.1');
    expect(lagPoints(null)).toBe('—');
  });
});

describe('buildAgencyRows', () => {
  const rows = buildAgencyRows(sampleRanking().agencies, 'zh-CN');

  it('keeps the ranking’s order and ranks only agencies with a rate', () => {
    expect(rows.map((row) => [row.rank, row.agencyName])).toEqual([
      [1, '青岚区乡村振兴服务中心'],
      [2, '临江市教育局'],
      [null, '青岚区临时工作专班'],
    ]);
  });

  it('prints amounts in 万元 with the exact yuan beside, rate and payments', () => {
    const [first, second] = rows;
    expect(first!.budget).toEqual({ text: '240.00', exact: '2,400,000.00', negative: false });
    expect(second!.executed.text).toBe('11,345.68');
    expect(first!.rate).toBe('45.0%');
    expect(second!.payments).toBe('4,210');
  });

  it('flags agencies behind time progress, not those ahead, at or without a rate', () => {
    expect(rows.map((row) => [row.lag, row.behind])).toEqual([
      ['43.8', true],
      ['-3.1', false],
      ['—', false],
    ]);
    const [onTime] = buildAgencyRows([sampleAgency({ lag: '0.000400' })], 'zh-CN');
    expect([onTime!.lag, onTime!.behind]).toEqual(['0.0', false]);
    const [justBehind] = buildAgencyRows([sampleAgency({ lag: '0.000500' })], 'zh-CN');
    expect([justBehind!.lag, justBehind!.behind]).toEqual(['0.1', true]);
  });
});
