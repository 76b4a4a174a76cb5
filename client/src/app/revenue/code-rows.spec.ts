import { sampleCodes } from './testing/revenue-fixtures';
import { buildCodeRows, toggleCode } from './code-rows';

describe('buildCodeRows', () => {
  it('lists the classes only while nothing is expanded', () => {
    const rows = buildCodeRows(sampleCodes(), new Set(), 'zh-CN');
    expect(rows.map((r) => [r.code, r.name, r.depth, r.hasChildren, r.expanded, r.own])).toEqual([
      ['101', '税收收入', 0, true, false, true],
      ['103', '非税收入', 0, true, false, true],
      ['110', '转移性收入', 0, false, false, false],
    ]);
    expect([rows[0]!.actual.text, rows[0]!.rate, rows[0]!.lastYear.text, rows[0]!.growth]).toEqual([
      '784,000.00',
      '81.7%',
      '750,000.00',
      '+4.5%',
    ]);
    expect([rows[1]!.lastYear.text, rows[1]!.growth]).toEqual(['—', '—']);
  });

  it('shows a node’s children right after it, depth first, when expanded', () => {
    const rows = buildCodeRows(sampleCodes(), new Set(['101', '10101']), 'zh-CN');
    expect(rows.map((r) => [r.code, r.depth])).toEqual([
      ['101', 0],
      ['10101', 1],
      ['1010101', 2],
      ['10104', 1],
      ['103', 0],
      ['110', 0],
    ]);
  });

  it('hides the 项 of a collapsed 款 even if they were expanded before', () => {
    const rows = buildCodeRows(sampleCodes(), new Set(['10101']), 'zh-CN');
    expect(rows.map((r) => r.code)).toEqual(['101', '103', '110']);
  });
});

describe('toggleCode', () => {
  it('opens a closed code and closes an open one, without changing the set given', () => {
    const before = new Set(['101']);
    expect([...toggleCode(before, '103')].sort()).toEqual(['101', '103']);
    expect([...toggleCode(before, '101')]).toEqual([]);
    expect([...before]).toEqual(['101']);
  });
});
