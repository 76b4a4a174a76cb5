import { chartUnit } from './chart-unit';
import { hasDebtData } from './has-debt-data';
import { linesText } from './lines-text';
import { severityStatus } from './severity-status';
import { NORMAL_COLOR, SEVERITY_COLORS, severityColor } from '../shared/charts/severity-style';
import { emptyPositions, samplePositions } from './testing/debt-fixtures';

describe('chartUnit', () => {
  it('uses 亿元 once any amount reaches 1 亿, else 万元', () => {
    expect(chartUnit(['100000000.00', null])).toBe('yi');
    expect(chartUnit(['99999999.99', null])).toBe('wan');
    expect(chartUnit([])).toBe('wan');
  });
});

describe('hasDebtData', () => {
  it('is true once a region has a limit or a balance', () => {
    expect(hasDebtData(samplePositions())).toBeTrue();
    expect(hasDebtData(emptyPositions())).toBeFalse();
  });
});

describe('linesText', () => {
  it('lists the rungs of a rule', () => {
    expect(linesText([{ severity: 'red', ratio: '0.1' }], 'en')).toBe('Warning lines: red ≥ 10%');
  });
});

describe('severityStatus', () => {
  it('tags a severity, a ratio under the lines and no ratio at all', () => {
    expect(severityStatus({ value: '0.5', severity: 'yellow' }, 'zh-CN')).toEqual({ label: '黄色', color: 'gold' });
    expect(severityStatus({ value: '0.05', severity: null }, 'en')).toEqual({
      label: 'Under the warning line',
      color: 'success',
    });
    expect(severityStatus({ value: null, severity: null }, 'en')).toEqual({
      label: 'Not computable',
      color: 'default',
    });
  });
});

describe('severityColor', () => {
  it('colours a bar by the rung it reaches', () => {
    expect(severityColor('orange')).toBe(SEVERITY_COLORS.orange);
    expect(severityColor(null)).toBe(NORMAL_COLOR);
  });
});
