import { NO_ALERT_FILTERS } from './alert-filters';
import { alertsExportUrl } from './alerts-export-url';

const scope = { regionCode: '390100', fiscalYear: 2026 };
const query = (url: string) => new URL(url, 'http://host').searchParams;

describe('alertsExportUrl', () => {
  it('exports the scope in the interface language when no filter is set', () => {
    const url = alertsExportUrl('csv', 'zh-CN', scope, NO_ALERT_FILTERS);
    expect(url).toBe(
      '/api/alerts/export?format=csv&lang=zh&regionCode=390100&periodFrom=2026&periodTo=2026&includeResolved=false',
    );
  });

  it('carries the filters as comma-separated lists, and English as en', () => {
    const params = query(
      alertsExportUrl('xlsx', 'en', scope, {
        ruleCodes: ['EXE-LAG', 'PAY-DUP'],
        severities: ['red', 'orange'],
        statuses: ['new'],
        includeResolved: true,
      }),
    );
    expect(params.get('format')).toBe('xlsx');
    expect(params.get('lang')).toBe('en');
    expect(params.get('ruleCodes')).toBe('EXE-LAG,PAY-DUP');
    expect(params.get('severities')).toBe('red,orange');
    expect(params.get('statuses')).toBe('new');
    expect(params.get('includeResolved')).toBe('true');
  });

  it('leaves out empty lists rather than sending blanks', () => {
    const params = query(alertsExportUrl('csv', 'en', scope, { ...NO_ALERT_FILTERS, severities: ['yellow'] }));
    expect(params.has('ruleCodes')).toBeFalse();
    expect(params.has('statuses')).toBeFalse();
    expect(params.get('severities')).toBe('yellow');
  });
});
