import type { IngestJob } from '../shared/api/api.types';
import { buildJobProgressView, progressPercent } from './job-progress-view';

function job(overrides: Partial<IngestJob> = {}, progress: Partial<IngestJob['progress']> = {}): IngestJob {
  return {
    id: '6f1d0c0e-8a4b-4a57-9a51-3a4f3f0b1c2d',
    feed: 'payments',
    fileName: 'payments.csv',
    state: 'running',
    progress: { phase: 'reading', bytesRead: 0, totalBytes: 0, rowsParsed: 0, rowsValid: 0, rowsStored: 0, ...progress },
    batchId: null,
    status: null,
    fileErrors: [],
    ...overrides,
  };
}

describe('progressPercent', () => {
  it('rounds down so that only the whole reaches 100', () => {
    expect(progressPercent(999, 1000)).toBe(99);
    expect(progressPercent(1000, 1000)).toBe(100);
    expect(progressPercent(1, 3)).toBe(33);
  });

  it('is 0 while the total is unknown and never leaves 0–100', () => {
    expect(progressPercent(500, 0)).toBe(0);
    expect(progressPercent(2000, 1000)).toBe(100);
    expect(progressPercent(-5, 1000)).toBe(0);
  });
});

describe('buildJobProgressView', () => {
  it('shows the bytes sent while the file is uploading, before any phase', () => {
    const view = buildJobProgressView({ loaded: 512 * 1024, total: 2 * 1024 * 1024 }, null, 'zh-CN');
    expect(view.uploadPercent).toBe(25);
    expect(view.uploadBytes).toBe('512.0 KB / 2.0 MB');
    expect(view.step).toBe(-1);
  });

  it('follows the load’s phase, bytes read and row counts with grouping', () => {
    const running = job({}, { phase: 'checking', bytesRead: 750, totalBytes: 1000, rowsParsed: 123456, rowsValid: 123450 });
    const view = buildJobProgressView({ loaded: 1000, total: 1000 }, running, 'zh-CN');
    expect(view.uploadPercent).toBe(100);
    expect(view.step).toBe(1);
    expect(view.stepStatus).toBe('process');
    expect(view.readPercent).toBe(75);
    expect(view.rowsParsed).toBe('123,456');
    expect(view.rowsValid).toBe('123,450');
  });

  it('ends on the last step, finished or failed, with the whole file read', () => {
    const done = job({ state: 'done', status: 'succeeded' }, { phase: 'done', bytesRead: 900, totalBytes: 1000, rowsStored: 3 });
    expect(buildJobProgressView(null, done, 'en')).toEqual(jasmine.objectContaining({ step: 3, stepStatus: 'finish', readPercent: 100, rowsStored: '3' }));
    const failed = job({ state: 'done', status: 'failed' }, { phase: 'checking' });
    const view = buildJobProgressView(null, failed, 'en');
    expect(view).toEqual(jasmine.objectContaining({ step: 3, stepStatus: 'error' }));
    expect(view.stepKeys).toEqual(['ingest.phase.reading', 'ingest.phase.checking', 'ingest.phase.storing', 'ingest.phase.failed']);
  });
});
