import type { BatchDetail, BatchSummary, FeedCatalog, FeedFreshness, IngestJob, MappingPreset } from '../shared/api/api.types';

/** Two feeds of the catalog, enough for the forms: regions (4 columns) and payments (3 of its columns). */
export function sampleCatalog(): FeedCatalog {
  return {
    feeds: [
      {
        name: 'regions',
        nameZh: '行政区划',
        naturalKey: ['region_code'],
        columns: [
          { key: 'region_code', zh: '行政区划代码', type: 'code', required: true },
          { key: 'region_name', zh: '行政区划名称', type: 'text', required: true },
          { key: 'parent_code', zh: '上级区划代码', type: 'code', required: false },
          { key: 'level', zh: '级次', type: 'enum', required: true, values: { province: ['省'], city: ['市'], county: ['县区', '县', '区'] } },
        ],
      },
      {
        name: 'payments',
        nameZh: '国库集中支付明细',
        naturalKey: ['voucher_no'],
        columns: [
          { key: 'voucher_no', zh: '支付凭证号', type: 'code', required: true },
          { key: 'pay_date', zh: '支付日期', type: 'date', required: true },
          { key: 'amount', zh: '金额', type: 'money', required: true },
        ],
      },
    ],
    dateFormats: ['DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD'],
  };
}

export function sampleBatch(overrides: Partial<BatchSummary> = {}): BatchSummary {
  return {
    id: '42',
    feed: 'regions',
    source: 'upload',
    mode: 'strict',
    fileName: '新增区划.csv',
    fileBytes: 2048,
    format: 'csv',
    encoding: 'utf-8',
    presetName: null,
    status: 'succeeded',
    rowsRead: 1234,
    rowsInserted: 1200,
    rowsUpdated: 30,
    rowsUnchanged: 4,
    rowsRejected: 0,
    rowsQuarantined: 0,
    warnings: 0,
    message: null,
    startedAt: '2026-11-20T06:05:00.000Z',
    finishedAt: '2026-11-20T06:05:01.500Z',
    durationMs: 1500,
    createdBy: null,
    ...overrides,
  };
}

export function sampleBatchDetail(overrides: Partial<BatchDetail> = {}): BatchDetail {
  return {
    ...sampleBatch(),
    errors: [],
    errorsTotal: 0,
    warningList: [],
    timings: { readMs: 800, checkMs: 200, storeMs: 450, totalMs: 1500 },
    ...overrides,
  };
}

/** A strict load refused for two bad rows. */
export function refusedBatchDetail(): BatchDetail {
  return sampleBatchDetail({
    status: 'failed',
    rowsRead: 3,
    rowsInserted: 0,
    rowsUpdated: 0,
    rowsUnchanged: 0,
    rowsRejected: 2,
    errors: [
      { rowNumber: 3, column: 'level', value: '街道', reasonZh: '级次“街道”无效', reasonEn: 'invalid level "街道"' },
      { rowNumber: 4, column: 'region_code', value: '39', reasonZh: '行政区划代码须为6、9或12位数字', reasonEn: 'region code must be 6, 9 or 12 digits' },
    ],
    errorsTotal: 2,
  });
}

export function sampleJob(overrides: Partial<IngestJob> = {}, progress: Partial<IngestJob['progress']> = {}): IngestJob {
  return {
    id: '6f1d0c0e-8a4b-4a57-9a51-3a4f3f0b1c2d',
    feed: 'regions',
    fileName: '新增区划.csv',
    state: 'running',
    progress: { phase: 'reading', bytesRead: 0, totalBytes: 2048, rowsParsed: 0, rowsValid: 0, rowsStored: 0, ...progress },
    batchId: null,
    status: null,
    fileErrors: [],
    ...overrides,
  };
}

export function sampleFreshness(): FeedFreshness[] {
  return [
    { feed: 'regions', nameZh: '行政区划', rows: 12, lastLoadAt: '2026-11-20T06:05:00.000Z', lastSource: 'demo', lastFileName: 'regions.csv', daysSince: 0, lastFailedAt: null },
    { feed: 'payments', nameZh: '国库集中支付明细', rows: 1234567, lastLoadAt: '2026-11-10T06:05:00.000Z', lastSource: 'inbox', lastFileName: 'payments-2026-10.csv', daysSince: 10, lastFailedAt: '2026-11-12T01:00:00.000Z' },
    { feed: 'bonds', nameZh: '政府债券', rows: 0, lastLoadAt: null, lastSource: null, lastFileName: null, daysSince: null, lastFailedAt: null },
  ];
}

export function samplePreset(overrides: Partial<MappingPreset> = {}): MappingPreset {
  return {
    name: 'county-export',
    feed: 'regions',
    description: '县级财政系统导出',
    columns: { region_code: '区划代码', region_name: ['区划名称', '名称'] },
    constants: { level: 'county' },
    localCodes: false,
    ...overrides,
  };
}
