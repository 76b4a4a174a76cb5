import { ALERT_STATUSES, SEVERITIES, categoryLabel, isSeverity, severityTag, statusTag } from './alert-vocabulary';

describe('SEVERITIES', () => {
  it('lists the most severe first', () => {
    expect(SEVERITIES).toEqual(['red', 'orange', 'yellow']);
  });
});

describe('severityTag', () => {
  it('names the severity as the committee does, in either language', () => {
    expect(severityTag('red', 'zh-CN')).toEqual({ label: '红', color: 'red' });
    expect(severityTag('orange', 'zh-CN')).toEqual({ label: '橙', color: 'orange' });
    expect(severityTag('yellow', 'en')).toEqual({ label: 'Yellow', color: 'gold' });
  });
});

describe('statusTag', () => {
  it('describes every review status', () => {
    expect(Object.keys(ALERT_STATUSES).sort()).toEqual([
      'assigned',
      'closed',
      'false_positive',
      'new',
      'replied',
      'verifying',
    ]);
    expect(statusTag('new', 'zh-CN')).toEqual({ label: '新发现', color: 'blue' });
    expect(statusTag('false_positive', 'en').label).toBe('False positive');
  });
});

describe('categoryLabel', () => {
  it('names a known category and shows an unknown one by its key', () => {
    expect(categoryLabel('state_assets', 'zh-CN')).toBe('国有资产');
    expect(categoryLabel('payments', 'en')).toBe('Payments');
    expect(categoryLabel('climate', 'zh-CN')).toBe('climate');
  });
});

describe('isSeverity', () => {
  it('accepts the three severities only', () => {
    expect(isSeverity('orange')).toBeTrue();
    expect(isSeverity('Orange')).toBeFalse();
    expect(isSeverity(null)).toBeFalse();
  });
});
