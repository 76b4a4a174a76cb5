import type { QuarantinedRow } from '../shared/api/api.types';
import { buildQuarantineRows } from './quarantine-rows';

const ROW: QuarantinedRow = {
  id: '7',
  batchId: '42',
  feed: 'regions',
  fileName: '新增区划.csv',
  rowNumber: 3,
  raw: { region_code: '390199', region_name: '新区', level: '街道', parent_code: '' },
  errors: [{ column: 'level', value: '街道', zh: '级次“街道”无效', en: 'invalid level "街道"' }],
};

describe('buildQuarantineRows', () => {
  it('lists the raw cells in file order, blanks as dashes', () => {
    const [row] = buildQuarantineRows([ROW], 'zh-CN');
    expect(row!.raw).toEqual([
      { header: 'region_code', value: '390199' },
      { header: 'region_name', value: '新区' },
      { header: 'level', value: '街道' },
      { header: 'parent_code', value: '—' },
    ]);
  });

  it('gives the reasons in the current language', () => {
    expect(buildQuarantineRows([ROW], 'zh-CN')[0]!.reasons).toEqual([{ column: 'level', text: '级次“街道”无效' }]);
    expect(buildQuarantineRows([ROW], 'en')[0]!.reasons).toEqual([{ column: 'level', text: 'invalid level "街道"' }]);
  });
});
