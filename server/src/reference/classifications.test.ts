import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  CLASSIFICATION_FILES,
  REFERENCE_DATA_DIR,
  ReferenceDataError,
  parseClassification,
  parseProvenance,
  parseProvinceRegions,
  parseReferenceYear,
  referenceYearDir,
  type ReferenceYear,
} from './classifications';

const HEADER = 'code,name_zh,name_en,level,parent_code';

function readYear(fiscalYear: number): ReferenceYear {
  const dir = referenceYearDir(fiscalYear);
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  return parseReferenceYear(fiscalYear, {
    func: read(CLASSIFICATION_FILES.func),
    econ: read(CLASSIFICATION_FILES.econ),
    rev: read(CLASSIFICATION_FILES.rev),
    provenance: read('provenance.json'),
  });
}

function issuesOf(action: () => unknown): readonly string[] {
  try {
    action();
  } catch (error) {
    assert.ok(error instanceof ReferenceDataError, `expected ReferenceDataError, got ${String(error)}`);
    return error.issues;
  }
  assert.fail('expected the file to be rejected');
}

describe('parseReferenceYear', () => {
  for (const fiscalYear of [2025, 2026]) {
    it(`accepts the shipped ${fiscalYear} files`, () => {
      const year = readYear(fiscalYear);
      assert.equal(year.provenance.documentYear, fiscalYear);
      assert.match(year.provenance.notes, /subset/i);
      assert.ok(year.func.length > 300 && year.econ.length > 90 && year.rev.length > 40);
    });
  }

  it('ships every expenditure function class the brief names, and all department economic classes', () => {
    const year = readYear(2025);
    const func = new Map(year.func.map((c) => [c.code, c.nameZh]));
    for (const code of [
      '201',
      '205',
      '208',
      '209',
      '210',
      '212',
      '223',
      '224',
      '227',
      '229',
      '230',
      '231',
      '232',
      '233',
    ]) {
      assert.ok(func.has(code), `func ${code}`);
    }
    assert.equal(func.get('227'), '预备费');
    const econ = new Map(year.econ.map((c) => [c.code, c.nameZh]));
    for (const code of ['301', '302', '303', '307', '309', '310', '311', '312', '313', '399'])
      assert.ok(econ.has(code), `econ ${code}`);
    assert.equal(econ.get('30212'), '因公出国（境）费用');
    assert.equal(econ.get('31013'), '公务用车购置');
    const rev = new Map(year.rev.map((c) => [c.code, c.nameZh]));
    for (const code of [
      '101',
      '102',
      '103',
      '105',
      '110',
      '10101',
      '10104',
      '10106',
      '10302',
      '10304',
      '10305',
      '10306',
      '10307',
    ]) {
      assert.ok(rev.has(code), `rev ${code}`);
    }
  });

  it('keeps 2025 and 2026 with the same codes but their own provenance', () => {
    const [a, b] = [readYear(2025), readYear(2026)];
    assert.deepEqual(
      b.func.map((c) => c.code),
      a.func.map((c) => c.code),
    );
    assert.notEqual(a.provenance.title, b.provenance.title);
  });
});

describe('parseClassification', () => {
  it('returns typed records with the level from the code length and a null parent for a class', () => {
    const codes = parseClassification(
      'func',
      `${HEADER}\n201,一般公共服务支出,General public services,1,\n20101,人大事务,NPC affairs,2,201\n`,
    );
    assert.deepEqual(codes[0], {
      code: '201',
      nameZh: '一般公共服务支出',
      nameEn: 'General public services',
      level: 1,
      parentCode: null,
    });
    assert.equal(codes[1]!.parentCode, '201');
  });

  it('rejects a duplicate code, naming both rows', () => {
    const issues = issuesOf(() =>
      parseClassification('econ', `${HEADER}\n301,工资福利支出,Wages,1,\n301,工资福利支出,Wages,1,\n`),
    );
    assert.deepEqual(issues, ['row 3 (code 301): duplicate of row 2']);
  });

  it('rejects an orphan: a parent that is not in the file', () => {
    const issues = issuesOf(() =>
      parseClassification('econ', `${HEADER}\n301,工资福利支出,Wages,1,\n30201,办公费,Office,2,302\n`),
    );
    assert.deepEqual(issues, ['row 3 (code 30201): parent 302 is not in the file']);
  });

  it('rejects a parent that is not the prefix one level up', () => {
    const text = `${HEADER}\n301,工资福利支出,Wages,1,\n302,商品和服务支出,Goods,1,\n30201,办公费,Office,2,301\n`;
    assert.deepEqual(
      issuesOf(() => parseClassification('econ', text)),
      ["row 4 (code 30201): parent 301 is not the code's prefix one level up"],
    );
  });

  it('rejects a code of the wrong length for its classification (7 digits is fine for func, not for econ)', () => {
    assert.equal(
      parseClassification('func', `${HEADER}\n201,a,a,1,\n20101,b,b,2,201\n2010101,c,c,3,20101\n`).length,
      3,
    );
    const issues = issuesOf(() =>
      parseClassification('econ', `${HEADER}\n301,a,a,1,\n30101,b,b,2,301\n3010101,c,c,3,30101\n`),
    );
    assert.deepEqual(issues, ['row 4 (code 3010101): a econ code has 3/5 digits, this one has 7']);
  });

  it('rejects a level inconsistent with the code length and a blank parent below level 1', () => {
    const issues = issuesOf(() => parseClassification('func', `${HEADER}\n201,a,a,2,\n`));
    assert.deepEqual(issues, ['row 2 (code 201): level 2 does not match its 3 digits (level 1)']);
    assert.deepEqual(
      issuesOf(() => parseClassification('func', `${HEADER}\n20101,b,b,2,\n`)),
      ['row 2 (code 20101): parent_code is blank on a level-2 code'],
    );
  });

  it('rejects a wrong header, non-digit codes and empty names with a message naming the file', () => {
    assert.throws(
      () => parseClassification('func', 'code,name\n201,a\n', '2025/func-codes.csv'),
      /2025\/func-codes\.csv is invalid:\n {2}header must be exactly/,
    );
    const issues = issuesOf(() => parseClassification('func', `${HEADER}\n2O1,a,a,1,\n202,,b,1,\n`));
    assert.deepEqual(issues, ['row 2 (code 2O1): code must be digits only', 'row 3 (code 202): name_zh is empty']);
  });
});

describe('parseProvenance', () => {
  it('rejects a provenance without a title or with a bad date', () => {
    const issues = issuesOf(() =>
      parseProvenance(
        JSON.stringify({ publisher: 'x', documentYear: 2025, notes: 'n', transcribedOn: '2025-13-01', coverage: {} }),
      ),
    );
    assert.deepEqual(
      issues.map((i) => i.split(':')[0]),
      ['title', 'transcribedOn'],
    );
  });
});

describe('parseProvinceRegions', () => {
  it('accepts the shipped 34 provincial-level divisions with their GB/T 2260 codes', () => {
    const dir = path.join(REFERENCE_DATA_DIR, 'regions');
    const regions = parseProvinceRegions(readFileSync(path.join(dir, 'gbt2260-provinces.csv'), 'utf8'));
    assert.equal(regions.length, 34);
    assert.deepEqual(
      regions.find((r) => r.regionCode === '440000'),
      { regionCode: '440000', regionName: '广东省', level: 'province' },
    );
    assert.equal(
      regions.some((r) => r.regionCode.startsWith('39')),
      false,
      'prefix 39 stays free for the demo city',
    );
    parseProvenance(readFileSync(path.join(dir, 'provenance.json'), 'utf8'));
  });

  it('rejects a non-provincial code and a duplicate', () => {
    const text =
      'region_code,region_name,level\n110000,北京市,province\n110100,市辖区,province\n110000,北京市,province\n';
    assert.deepEqual(
      issuesOf(() => parseProvinceRegions(text)),
      [
        'row 3 (code 110100): a provincial code is two digits followed by 0000',
        'row 4 (code 110000): duplicate of row 2',
      ],
    );
  });
});
