import { refusedBatchDetail, sampleBatchDetail } from '../testing/ingest-fixtures';
import { buildBatchResultView } from './batch-result-view';

describe('buildBatchResultView', () => {
  it('gives the six counts with digit grouping, colouring only non-zero problems', () => {
    const view = buildBatchResultView(sampleBatchDetail(), 'zh-CN');
    expect(view.succeeded).toBeTrue();
    expect(view.counts.map((c) => [c.id, c.value, c.tone])).toEqual([
      ['read', '1,234', 'neutral'],
      ['inserted', '1,200', 'good'],
      ['updated', '30', 'good'],
      ['unchanged', '4', 'neutral'],
      ['rejected', '0', 'neutral'],
      ['quarantined', '0', 'neutral'],
    ]);
    expect(view.csvUrl).toBeNull();
    expect(view.strictRefused).toBeFalse();
  });

  it('describes the batch in the current language', () => {
    const facts = (lang: 'zh-CN' | 'en') => Object.fromEntries(buildBatchResultView(sampleBatchDetail(), lang).facts.map((f) => [f.labelKey, f.value]));
    expect(facts('zh-CN')['ingest.batch.feed']).toBe('行政区划 · regions');
    expect(facts('zh-CN')['ingest.batch.source']).toBe('页面上传');
    expect(facts('zh-CN')['ingest.batch.mode']).toBe('整批校验');
    expect(facts('zh-CN')['ingest.batch.duration']).toBe('1.5 秒');
    expect(facts('zh-CN')['ingest.batch.preset']).toBe('—');
    expect(facts('en')['ingest.batch.feed']).toBe('Regions · regions');
    expect(facts('en')['ingest.batch.timings']).toBe('read 800 ms · check 200 ms · store 450 ms');
  });

  it('lists row errors with the reason in the current language and links the full report', () => {
    const zh = buildBatchResultView(refusedBatchDetail(), 'zh-CN');
    expect(zh.strictRefused).toBeTrue();
    expect(zh.errors[0]).toEqual({ rowNumber: 3, column: 'level', value: '街道', reason: '级次“街道”无效' });
    expect(zh.counts.find((c) => c.id === 'rejected')).toEqual(jasmine.objectContaining({ value: '2', tone: 'bad' }));
    expect(zh.csvUrl).toBe('/api/ingest/batches/42/errors.csv');
    expect(zh.errorsShownNote).toBeNull();
    expect(buildBatchResultView(refusedBatchDetail(), 'en').errors[0]!.reason).toBe('invalid level "街道"');
    const blank = { ...refusedBatchDetail(), errors: [{ rowNumber: 5, column: 'region_name', value: '', reasonZh: '必填', reasonEn: 'required' }] };
    expect(buildBatchResultView(blank, 'zh-CN').errors[0]!.value).toBe('—');
  });

  it('says when only the first errors are listed', () => {
    const detail = { ...refusedBatchDetail(), errorsTotal: 12345 };
    expect(buildBatchResultView(detail, 'zh-CN').errorsShownNote).toBe('显示前 2 条，共 12,345 条');
  });

  it('notes quarantined rows and shows unknown references as warnings', () => {
    const detail = sampleBatchDetail({
      mode: 'quarantine',
      rowsQuarantined: 3,
      warningList: [{ column: 'parent_code', value: '390199', rows: 2, firstRow: 5, zh: '行政区划“390199”尚未导入（2行，首见第5行）', en: 'region "390199" not loaded yet (2 rows, first at row 5)' }],
    });
    const view = buildBatchResultView(detail, 'en');
    expect(view.quarantineNote).toBe('3 rows failed validation and were quarantined; the rest was stored.');
    expect(view.warnings).toEqual([{ column: 'parent_code', text: 'region "390199" not loaded yet (2 rows, first at row 5)' }]);
  });

  it('takes file errors from the job when given, else from the batch message', () => {
    const detail = sampleBatchDetail({ status: 'failed', message: '文件为空或没有表头 / the file is empty or has no header row' });
    expect(buildBatchResultView(detail, 'en').fileErrors).toEqual(['the file is empty or has no header row']);
    expect(buildBatchResultView(detail, 'zh-CN', [{ zh: '缺少必填列：金额', en: 'missing column: amount' }]).fileErrors).toEqual(['缺少必填列：金额']);
  });
});
