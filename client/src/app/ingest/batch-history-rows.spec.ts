import { sampleBatch } from '../testing/ingest-fixtures';
import { buildBatchHistoryRows } from './batch-history-rows';

describe('buildBatchHistoryRows', () => {
  it('prints a batch with labels in the current language and grouped counts', () => {
    const [row] = buildBatchHistoryRows([sampleBatch()], 'zh-CN');
    expect(row).toEqual(
      jasmine.objectContaining({
        id: '42',
        feedName: '行政区划',
        feedKey: 'regions',
        source: { label: '页面上传', color: 'blue' },
        mode: '整批校验',
        status: { key: 'succeeded', label: '成功', color: 'success' },
        rowsRead: '1,234',
        duration: '1.5 秒',
        preset: '—',
        hasRejected: false,
      }),
    );
  });

  it('flags rejected and quarantined rows and shows a running batch without duration', () => {
    const [row] = buildBatchHistoryRows(
      [sampleBatch({ status: 'running', source: 'inbox', mode: 'quarantine', rowsRejected: 3, rowsQuarantined: 3, durationMs: null, finishedAt: null, presetName: 'oxford' })],
      'en',
    );
    expect(row!.status).toEqual({ key: 'running', label: 'Running', color: 'processing' });
    expect(row!.source.label).toBe('Inbox');
    expect(row!.mode).toBe('Quarantine');
    expect(row!.hasRejected).toBeTrue();
    expect(row!.hasQuarantined).toBeTrue();
    expect(row!.duration).toBe('—');
    expect(row!.preset).toBe('oxford');
  });
});
