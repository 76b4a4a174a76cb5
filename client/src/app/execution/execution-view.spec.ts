import { convertToParamMap } from '@angular/router';
import {
  REGION_VIEW,
  agencyView,
  executionQueryParams,
  paymentsView,
  readExecutionView,
  type ExecutionView,
} from './execution-view';
import { DEFAULT_PAYMENT_QUERY, NO_PAYMENT_FILTERS } from './payment-query';

const read = (params: Record<string, string>) => readExecutionView(convertToParamMap(params));
/** The parameters a view sets, as a URL would carry them (nulls dropped). */
const present = (view: ExecutionView) =>
  Object.fromEntries(Object.entries(executionQueryParams(view)).filter(([, value]) => value !== null)) as Record<string, string>;

describe('readExecutionView', () => {
  it('opens the region level without an agency, whatever else the URL holds', () => {
    expect(read({ region: '390100', year: '2026' })).toEqual(REGION_VIEW);
    expect(read({ view: 'payments', line: 'ZB1' })).toEqual(REGION_VIEW);
  });

  it('opens an agency’s lines with an agency', () => {
    expect(read({ agency: '390112901' })).toEqual(agencyView('390112901'));
  });

  it('opens the agency’s payments: all, of one line, or of none (empty line)', () => {
    expect(read({ agency: 'A1', view: 'payments' })).toEqual(paymentsView('A1', null));
    expect(read({ agency: 'A1', view: 'payments', line: 'ZB2026/01.a-b' })).toEqual(paymentsView('A1', 'ZB2026/01.a-b'));
    expect(read({ agency: 'A1', view: 'payments', line: '' })).toEqual(paymentsView('A1', ''));
  });

  it('ignores a line outside the payments level', () => {
    expect(read({ agency: 'A1', line: 'ZB1' })).toEqual(agencyView('A1'));
  });

  it('falls back a level for codes the server would refuse', () => {
    expect(read({ agency: '390 112' })).toEqual(REGION_VIEW);
    expect(read({ agency: 'x'.repeat(65) })).toEqual(REGION_VIEW);
    expect(read({ agency: 'x'.repeat(64) })).toEqual(agencyView('x'.repeat(64)));
    expect(read({ agency: 'A1', view: 'payments', line: 'ZB 1' })).toEqual(paymentsView('A1', null));
  });

  it('reads the payment list’s filters at the payments level', () => {
    const view = read({ agency: 'A1', view: 'payments', payee: '印务', page: '2' });
    expect(view).toEqual({
      level: 'payments',
      agencyCode: 'A1',
      lineId: null,
      query: { ...DEFAULT_PAYMENT_QUERY, filters: { ...NO_PAYMENT_FILTERS, payee: '印务' }, page: 2 },
    });
  });
});

describe('executionQueryParams', () => {
  it('clears every drill-down parameter at the region level', () => {
    expect(present(REGION_VIEW)).toEqual({});
    expect(Object.keys(executionQueryParams(REGION_VIEW))).toContain('agency');
  });

  it('names the agency, then the payments view and line', () => {
    expect(present(agencyView('A1'))).toEqual({ agency: 'A1' });
    expect(present(paymentsView('A1', null))).toEqual({ agency: 'A1', view: 'payments' });
    expect(present(paymentsView('A1', 'ZB1'))).toEqual({ agency: 'A1', view: 'payments', line: 'ZB1' });
    expect(present(paymentsView('A1', ''))).toEqual({ agency: 'A1', view: 'payments', line: '' });
  });

  it('round-trips every level through the URL', () => {
    const views: ExecutionView[] = [
      REGION_VIEW,
      agencyView('A1'),
      paymentsView('A1', ''),
      {
        level: 'payments',
        agencyCode: 'A1',
        lineId: 'ZB1',
        query: { ...DEFAULT_PAYMENT_QUERY, filters: { ...NO_PAYMENT_FILTERS, maxAmount: '500' }, sort: { field: 'amount', direction: 'desc' }, page: 3 },
      },
    ];
    for (const view of views) expect(read(present(view))).withContext(view.level).toEqual(view);
  });

  it('drops the payment filters when going back up to the agency', () => {
    expect(present(agencyView('A1'))).toEqual({ agency: 'A1' });
    expect(executionQueryParams(agencyView('A1'))['payee']).toBeNull();
  });
});
