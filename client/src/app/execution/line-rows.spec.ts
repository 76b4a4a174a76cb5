import { sampleLines } from '../testing/execution-fixtures';
import { buildLineRows, buildUnattributedRow } from './line-rows';

describe('buildLineRows', () => {
  it('prints a line with its classifications, amounts in 万元 and rate', () => {
    const [line] = buildLineRows(sampleLines(), 'zh-CN');
    expect(line).toEqual({
      lineId: 'ZB2026390112901001',
      book: '一般公共预算',
      funcCode: '2130599',
      funcName: '其他巩固脱贫攻坚成果衔接乡村振兴支出',
      econCode: '30201',
      econName: '办公费',
      project: '乡村振兴示范点建设',
      docNo: '青财预〔2026〕1号',
      budget: { text: '200.00', exact: '2,000,000.00', negative: false },
      executed: { text: '90.00', exact: '900,000.00', negative: false },
      rate: '45.0%',
      overspent: false,
      payments: '30',
    });
  });

  it('marks a line paid beyond its amount, and shows missing names and project as blank or dash', () => {
    const [, line] = buildLineRows(sampleLines(), 'en');
    expect(line!.overspent).toBeTrue();
    expect(line!.book).toBe('General public budget');
    expect([line!.funcName, line!.econName, line!.project]).toEqual(['', '', '—']);
  });

  it('names the classifications in English when the page is in English', () => {
    const [line] = buildLineRows(sampleLines(), 'en');
    expect([line!.funcName, line!.econName]).toEqual(['Other consolidation of poverty alleviation achievements', 'Office expenses']);
  });

  it('does not mark a line paid exactly to its amount', () => {
    const lines = sampleLines();
    const exact = { ...lines, lines: [{ ...lines.lines[0]!, executed: '2000000.00' }] };
    expect(buildLineRows(exact, 'zh-CN')[0]!.overspent).toBeFalse();
  });
});

describe('buildUnattributedRow', () => {
  it('sums the payments naming no line', () => {
    expect(buildUnattributedRow(sampleLines(), 'zh-CN')).toEqual({
      executed: { text: '2.38', exact: '23,800.00', negative: false },
      payments: '2',
    });
  });

  it('is absent when every payment names a line', () => {
    expect(buildUnattributedRow(sampleLines({ unattributed: { executed: '0.00', payments: 0 } }), 'zh-CN')).toBeNull();
  });
});
