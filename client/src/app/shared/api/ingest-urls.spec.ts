import { batchErrorsCsvUrl, ingestUploadUrl } from './ingest-urls';

describe('ingestUploadUrl', () => {
  it('puts feed, mode and the original file name in the query, encoded', () => {
    const url = ingestUploadUrl({ feed: 'payments', mode: 'quarantine', preset: null, fileName: '2026年10月 支付&明细.csv' });
    const query = new URL(url, 'http://host').searchParams;
    expect(url.startsWith('/api/ingest/upload?')).toBeTrue();
    expect(query.get('feed')).toBe('payments');
    expect(query.get('mode')).toBe('quarantine');
    expect(query.get('fileName')).toBe('2026年10月 支付&明细.csv');
    expect(query.has('preset')).toBeFalse();
  });

  it('adds the preset only when one is chosen', () => {
    const query = new URL(ingestUploadUrl({ feed: 'payments', mode: 'strict', preset: 'oxford spend', fileName: 'a.csv' }), 'http://host').searchParams;
    expect(query.get('preset')).toBe('oxford spend');
  });
});

describe('batchErrorsCsvUrl', () => {
  it('points at the batch’s error report', () => {
    expect(batchErrorsCsvUrl('42')).toBe('/api/ingest/batches/42/errors.csv');
  });
});
