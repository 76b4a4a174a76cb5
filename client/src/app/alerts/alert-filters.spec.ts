import { NO_ALERT_FILTERS, alertFilterInput, alertListInput, hasAlertFilters } from './alert-filters';

const scope = { regionCode: '390100', fiscalYear: 2026 };

describe('alertFilterInput', () => {
  it('scopes by region and the year as a period range, leaving out empty filters', () => {
    expect(alertFilterInput(scope, NO_ALERT_FILTERS)).toEqual({
      regionCode: '390100',
      periodFrom: '2026',
      periodTo: '2026',
      includeResolved: false,
    });
  });

  it('passes the chosen rules, severities and statuses and the resolved switch', () => {
    const input = alertFilterInput(scope, {
      ruleCodes: ['EXE-LAG', 'PAY-DUP'],
      severities: ['red'],
      statuses: ['new', 'verifying'],
      includeResolved: true,
    });
    expect(input).toEqual({
      regionCode: '390100',
      ruleCodes: ['EXE-LAG', 'PAY-DUP'],
      severities: ['red'],
      statuses: ['new', 'verifying'],
      periodFrom: '2026',
      periodTo: '2026',
      includeResolved: true,
    });
  });
});

describe('alertListInput', () => {
  it('adds the page and its size', () => {
    expect(alertListInput(scope, NO_ALERT_FILTERS, 3, 50)).toEqual(
      jasmine.objectContaining({ page: 3, pageSize: 50, regionCode: '390100' }),
    );
  });
});

describe('hasAlertFilters', () => {
  it('is false for no filters and true as soon as one is set', () => {
    expect(hasAlertFilters(NO_ALERT_FILTERS)).toBeFalse();
    expect(hasAlertFilters({ ...NO_ALERT_FILTERS, includeResolved: true })).toBeTrue();
    expect(hasAlertFilters({ ...NO_ALERT_FILTERS, severities: ['yellow'] })).toBeTrue();
  });
});
