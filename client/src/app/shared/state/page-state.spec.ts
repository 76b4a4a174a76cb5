import { pageState } from './page-state';

describe('pageState', () => {
  const hasRows = (rows: number[]) => rows.length > 0;

  it('is idle before a scope, an error on failure, loading until a value', () => {
    expect(pageState('idle', null, hasRows)).toBe('idle');
    expect(pageState('error', [1], hasRows)).toBe('error');
    expect(pageState('loading', null, hasRows)).toBe('loading');
  });

  it('is empty for a value without data and ready with data, while reloading too', () => {
    expect(pageState('resolved', [], hasRows)).toBe('empty');
    expect(pageState('resolved', [1], hasRows)).toBe('ready');
    expect(pageState('reloading', [1], hasRows)).toBe('ready');
  });
});
