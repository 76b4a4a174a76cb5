import { BATCH_SOURCES, BATCH_STATUSES, INGEST_PHASES, batchMessage, feedLabel, feedName } from './ingest-vocabulary';

describe('feedName', () => {
  it('names a feed in either language', () => {
    expect(feedName('payments', 'zh-CN')).toBe('国库集中支付明细');
    expect(feedName('payments', 'en')).toBe('Treasury payments');
    expect(feedName('soe_financials', 'zh-CN')).toBe('国有企业财务');
  });
});

describe('feedLabel', () => {
  it('adds the English key to the name, so either can be searched', () => {
    expect(feedLabel('payments', 'zh-CN')).toBe('国库集中支付明细 · payments');
    expect(feedLabel('bond_projects', 'en')).toBe('Special-bond projects · bond_projects');
  });
});

describe('vocabulary registries', () => {
  it('list the phases in load order', () => {
    expect(INGEST_PHASES.map((p) => p.phase)).toEqual(['reading', 'checking', 'storing', 'done']);
  });

  it('describe every status and source', () => {
    expect(Object.keys(BATCH_STATUSES).sort()).toEqual(['failed', 'running', 'succeeded']);
    expect(Object.keys(BATCH_SOURCES).sort()).toEqual(['cli', 'demo', 'inbox', 'upload']);
  });
});

describe('batchMessage', () => {
  it('keeps the part of each “中文 / English” line in the current language', () => {
    const message = '文件为空或没有表头 / the file is empty or has no header row\n导入失败，未保存任何数据 / the load failed and nothing was stored';
    expect(batchMessage(message, 'zh-CN')).toEqual(['文件为空或没有表头', '导入失败，未保存任何数据']);
    expect(batchMessage(message, 'en')).toEqual(['the file is empty or has no header row', 'the load failed and nothing was stored']);
  });

  it('splits at the first separator only and keeps lines without one', () => {
    expect(batchMessage('日期格式 YYYY/MM/DD 无效 / bad date / format', 'en')).toEqual(['bad date / format']);
    expect(batchMessage('plain text', 'zh-CN')).toEqual(['plain text']);
  });

  it('is empty without a message', () => {
    expect(batchMessage(null, 'zh-CN')).toEqual([]);
  });
});
