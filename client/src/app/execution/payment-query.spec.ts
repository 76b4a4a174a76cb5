import { convertToParamMap } from '@angular/router';
import {
  DEFAULT_PAYMENT_QUERY,
  NO_PAYMENT_FILTERS,
  hasPaymentFilters,
  paymentQueryParams,
  paymentSearchInput,
  readAmountField,
  readCodeField,
  readPaymentQuery,
  type PaymentQuery,
} from './payment-query';

const read = (params: Record<string, string>) => readPaymentQuery(convertToParamMap(params));
const scope = { regionCode: '390100', fiscalYear: 2026 };

describe('readPaymentQuery', () => {
  it('gives the default query (newest first, first page of 20) for a URL without parameters', () => {
    expect(read({})).toEqual(DEFAULT_PAYMENT_QUERY);
  });

  it('reads every filter, the sort and the page', () => {
    expect(
      read({
        from: '2026-03-01',
        to: '2026-03-31',
        payee: ' 印务 ',
        min: '5000',
        max: '100000.5',
        econ: '302',
        func: '2130599',
        sort: 'amount',
        dir: 'asc',
        page: '3',
        size: '50',
      }),
    ).toEqual({
      filters: {
        from: '2026-03-01',
        to: '2026-03-31',
        payee: '印务',
        minAmount: '5000',
        maxAmount: '100000.5',
        econCode: '302',
        funcCode: '2130599',
      },
      sort: { field: 'amount', direction: 'asc' },
      page: 3,
      pageSize: 50,
    });
  });

  it('leaves out what the server would refuse, so a hand-edited link opens the plain list', () => {
    const query = read({
      from: '2026-13-01',
      to: '20260331',
      min: '1,000',
      max: '12.345',
      econ: '30a',
      func: '12345678',
      sort: 'purpose',
      dir: 'up',
      page: '0',
      size: '30',
      payee: 'a\u0000b',
    });
    expect(query.filters).toEqual(NO_PAYMENT_FILTERS);
    expect(query.sort).toEqual({ field: 'payDate', direction: 'desc' });
    expect(query.page).toBe(1);
    expect(query.pageSize).toBe(20);
  });

  it('keeps a page at the server’s bound and drops one past it', () => {
    expect(read({ page: '100000' }).page).toBe(100000);
    expect(read({ page: '100001' }).page).toBe(1);
    expect(read({ page: '2.5' }).page).toBe(1);
  });

  it('puts reversed ranges right instead of sending a range the server refuses', () => {
    const query = read({ from: '2026-06-30', to: '2026-06-01', min: '1000', max: '-20' });
    expect([query.filters.from, query.filters.to]).toEqual(['2026-06-01', '2026-06-30']);
    expect([query.filters.minAmount, query.filters.maxAmount]).toEqual(['-20', '1000']);
  });

  it('keeps equal bounds as they are', () => {
    const query = read({ from: '2026-06-01', to: '2026-06-01', min: '1000', max: '1000.00' });
    expect([query.filters.from, query.filters.to]).toEqual(['2026-06-01', '2026-06-01']);
    expect([query.filters.minAmount, query.filters.maxAmount]).toEqual(['1000', '1000.00']);
  });

  it('sorts newest first when a column is named without a direction', () => {
    expect(read({ sort: 'payeeName' }).sort).toEqual({ field: 'payeeName', direction: 'desc' });
  });
});

describe('paymentQueryParams', () => {
  it('writes the default query as no parameters at all (each null, removed when merged)', () => {
    const params = paymentQueryParams(DEFAULT_PAYMENT_QUERY);
    expect(Object.values(params).every((value) => value === null)).toBeTrue();
    expect(paymentQueryParams(null)).toEqual(params);
  });

  it('round-trips a query through the URL', () => {
    const query: PaymentQuery = {
      filters: { ...NO_PAYMENT_FILTERS, from: '2026-01-01', payee: '印务', minAmount: '5000', funcCode: '213' },
      sort: { field: 'voucherNo', direction: 'asc' },
      page: 2,
      pageSize: 100,
    };
    const params = paymentQueryParams(query);
    const present = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== null)) as Record<string, string>;
    expect(present).toEqual({ from: '2026-01-01', payee: '印务', min: '5000', func: '213', sort: 'voucherNo', dir: 'asc', page: '2', size: '100' });
    expect(read(present)).toEqual(query);
  });

  it('writes a blank payee as no parameter', () => {
    expect(paymentQueryParams({ ...DEFAULT_PAYMENT_QUERY, filters: { ...NO_PAYMENT_FILTERS, payee: '  ' } })['payee']).toBeNull();
  });
});

describe('hasPaymentFilters', () => {
  it('is false without filters, whatever the sort or page', () => {
    expect(hasPaymentFilters(NO_PAYMENT_FILTERS)).toBeFalse();
    expect(hasPaymentFilters({ ...NO_PAYMENT_FILTERS, payee: ' ' })).toBeFalse();
  });

  it('is true with any one filter', () => {
    expect(hasPaymentFilters({ ...NO_PAYMENT_FILTERS, to: '2026-01-31' })).toBeTrue();
    expect(hasPaymentFilters({ ...NO_PAYMENT_FILTERS, maxAmount: '0' })).toBeTrue();
    expect(hasPaymentFilters({ ...NO_PAYMENT_FILTERS, econCode: '3' })).toBeTrue();
  });
});

describe('paymentSearchInput', () => {
  it('asks for every payment of the agency when no line is chosen, blank filters left out', () => {
    expect(paymentSearchInput(scope, '390112901', null, DEFAULT_PAYMENT_QUERY)).toEqual({
      regionCode: '390100',
      fiscalYear: 2026,
      agencyCode: '390112901',
      sort: 'payDate',
      direction: 'desc',
      page: 1,
      pageSize: 20,
    });
  });

  it('passes one line, or the payments naming none as lineId ""', () => {
    expect(paymentSearchInput(scope, '390112901', 'ZB1', DEFAULT_PAYMENT_QUERY).lineId).toBe('ZB1');
    expect(paymentSearchInput(scope, '390112901', '', DEFAULT_PAYMENT_QUERY).lineId).toBe('');
  });

  it('passes the filters, the sort and the page', () => {
    const query: PaymentQuery = {
      filters: {
        from: '2026-02-01',
        to: '2026-02-28',
        payee: ' 印务 ',
        minAmount: '100',
        maxAmount: '200.50',
        econCode: '302',
        funcCode: '213',
      },
      sort: { field: 'amount', direction: 'asc' },
      page: 4,
      pageSize: 50,
    };
    expect(paymentSearchInput(scope, 'A1', null, query)).toEqual({
      regionCode: '390100',
      fiscalYear: 2026,
      agencyCode: 'A1',
      from: '2026-02-01',
      to: '2026-02-28',
      payee: '印务',
      minAmount: '100',
      maxAmount: '200.50',
      econCode: '302',
      funcCode: '213',
      sort: 'amount',
      direction: 'asc',
      page: 4,
      pageSize: 50,
    });
  });
});

describe('readAmountField', () => {
  it('reads yuan with separators and spaces, up to two decimals, negative for reversals', () => {
    expect(readAmountField(' 12,345.67 ')).toEqual({ valid: true, value: '12345.67' });
    expect(readAmountField('5 000')).toEqual({ valid: true, value: '5000' });
    expect(readAmountField('-20')).toEqual({ valid: true, value: '-20' });
  });

  it('reads blank as no bound', () => {
    expect(readAmountField('   ')).toEqual({ valid: true, value: null });
  });

  it('refuses a third decimal, letters and a bare point', () => {
    expect(readAmountField('1.005')).toEqual({ valid: false });
    expect(readAmountField('5千')).toEqual({ valid: false });
    expect(readAmountField('.')).toEqual({ valid: false });
  });

  it('accepts 16 integer digits and refuses 17 (the server’s NUMERIC(18,2))', () => {
    expect(readAmountField('9'.repeat(16)).valid).toBeTrue();
    expect(readAmountField('9'.repeat(17)).valid).toBeFalse();
  });
});

describe('readCodeField', () => {
  it('reads the leading digits of a code, up to seven', () => {
    expect(readCodeField(' 302 ')).toEqual({ valid: true, value: '302' });
    expect(readCodeField('2130599')).toEqual({ valid: true, value: '2130599' });
    expect(readCodeField('21305991')).toEqual({ valid: false });
  });

  it('reads blank as any code and refuses anything but digits', () => {
    expect(readCodeField('')).toEqual({ valid: true, value: null });
    expect(readCodeField('30-2')).toEqual({ valid: false });
  });
});
