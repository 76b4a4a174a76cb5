import { ACCEPT_ATTRIBUTE, isAcceptedFile } from './accepted-files';

describe('isAcceptedFile', () => {
  it('accepts the readers’ formats whatever the case', () => {
    for (const name of ['支付明细.csv', 'a.TSV', 'b.txt', '预算指标.XLSX', 'c.json', 'd.ndjson', 'e.jsonl']) {
      expect(isAcceptedFile(name)).withContext(name).toBeTrue();
    }
  });

  it('refuses other types, old Excel and names that merely contain an extension', () => {
    expect(isAcceptedFile('旧表.xls')).toBeFalse();
    expect(isAcceptedFile('report.pdf')).toBeFalse();
    expect(isAcceptedFile('data.csv.zip')).toBeFalse();
    expect(isAcceptedFile('csv')).toBeFalse();
  });
});

describe('ACCEPT_ATTRIBUTE', () => {
  it('lists the extensions for the file picker', () => {
    expect(ACCEPT_ATTRIBUTE).toBe('.csv,.tsv,.txt,.xlsx,.json,.ndjson,.jsonl');
  });
});
