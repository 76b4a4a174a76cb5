import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

/** Folder of the versioned reference files: `<fiscalYear>/{func,econ,rev}-codes.csv` + provenance, `regions/`. */
export const REFERENCE_DATA_DIR = fileURLToPath(new URL('./data', import.meta.url));

/** Folder of one fiscal year's classification files. */
export function referenceYearDir(fiscalYear: number): string {
  return path.join(REFERENCE_DATA_DIR, String(fiscalYear));
}

export type ClassificationKind = 'func' | 'econ' | 'rev';

/** File name of each classification inside a year's folder. */
export const CLASSIFICATION_FILES: Readonly<Record<ClassificationKind, string>> = {
  func: 'func-codes.csv',
  econ: 'econ-codes.csv',
  rev: 'rev-codes.csv',
};

/**
 * Code length → level for each classification: 支出功能分类 3/5/7 digits = 类/款/项, 部门预算支出经济分类
 * 3/5 = 类/款, 收入分类 3/5/7/9 = 类/款/项/目.
 */
const LEVEL_BY_LENGTH: Readonly<Record<ClassificationKind, Readonly<Record<number, number>>>> = {
  func: { 3: 1, 5: 2, 7: 3 },
  econ: { 3: 1, 5: 2 },
  rev: { 3: 1, 5: 2, 7: 3, 9: 4 },
};

const CODE_HEADER = ['code', 'name_zh', 'name_en', 'level', 'parent_code'] as const;

/** One classification code as shipped: level 1 = 类, its parent is blank. */
export interface ClassificationCode {
  code: string;
  nameZh: string;
  nameEn: string;
  level: number;
  parentCode: string | null;
}

/** Where a reference file comes from; shown to staff next to the codes. */
export const provenanceSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  documentYear: z.number().int().min(1990).max(2200),
  notes: z.string().min(1),
  transcribedOn: z.iso.date(),
  coverage: z.record(z.string(), z.string().min(1)),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** A fiscal year's three classifications, validated, with their provenance. */
export interface ReferenceYear {
  fiscalYear: number;
  provenance: Provenance;
  func: ClassificationCode[];
  econ: ClassificationCode[];
  rev: ClassificationCode[];
}

/** A reference file that does not validate; `issues` holds one line per problem, with file and row. */
export class ReferenceDataError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly string[],
  ) {
    super(`${file} is invalid:\n  ${issues.join('\n  ')}`);
    this.name = 'ReferenceDataError';
  }
}

const codeRowSchema = z.object({
  code: z.string().regex(/^\d+$/, 'code must be digits only'),
  name_zh: z.string().trim().min(1, 'name_zh is empty'),
  name_en: z.string().trim().min(1, 'name_en is empty'),
  level: z.string().regex(/^[1-4]$/, 'level must be 1, 2, 3 or 4'),
  parent_code: z.string().regex(/^\d*$/, 'parent_code must be digits or blank'),
});

function readCsv(text: string, file: string): string[][] {
  try {
    return parse(text, { bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new ReferenceDataError(file, [`not readable as CSV: ${(error as Error).message}`]);
  }
}

function checkHeader(header: readonly string[] | undefined, expected: readonly string[], file: string): void {
  if (header?.join(',') !== expected.join(',')) {
    throw new ReferenceDataError(file, [
      `header must be exactly "${expected.join(',')}", found "${header?.join(',') ?? ''}"`,
    ]);
  }
}

/**
 * Parses and validates one classification file (its text): the exact header, digits-only codes whose
 * length fits the classification, a level consistent with the length, no duplicate code, and a parent
 * that is the code's own prefix one level up and present in the same file (blank only for level 1).
 * Throws ReferenceDataError listing every problem with its row number (the header is row 1).
 */
export function parseClassification(
  kind: ClassificationKind,
  text: string,
  file = CLASSIFICATION_FILES[kind],
): ClassificationCode[] {
  const [header, ...rows] = readCsv(text, file);
  checkHeader(header, CODE_HEADER, file);
  const issues: string[] = [];
  const codes: ClassificationCode[] = [];
  const rowOf = new Map<string, number>();
  const lengths = LEVEL_BY_LENGTH[kind];

  rows.forEach((cells, index) => {
    const row = index + 2;
    const parsed = codeRowSchema.safeParse(Object.fromEntries(CODE_HEADER.map((key, i) => [key, cells[i] ?? ''])));
    if (cells.length !== CODE_HEADER.length)
      issues.push(`row ${row}: expected ${CODE_HEADER.length} columns, found ${cells.length}`);
    if (!parsed.success) {
      issues.push(...parsed.error.issues.map((issue) => `row ${row} (code ${cells[0] ?? ''}): ${issue.message}`));
      return;
    }
    const { code, name_zh, name_en, level, parent_code } = parsed.data;
    const expectedLevel = lengths[code.length];
    if (expectedLevel === undefined) {
      const allowed = Object.keys(lengths).join('/');
      issues.push(`row ${row} (code ${code}): a ${kind} code has ${allowed} digits, this one has ${code.length}`);
      return;
    }
    if (Number(level) !== expectedLevel) {
      issues.push(
        `row ${row} (code ${code}): level ${level} does not match its ${code.length} digits (level ${expectedLevel})`,
      );
    }
    const earlier = rowOf.get(code);
    if (earlier !== undefined) issues.push(`row ${row} (code ${code}): duplicate of row ${earlier}`);
    rowOf.set(code, row);
    codes.push({ code, nameZh: name_zh, nameEn: name_en, level: expectedLevel, parentCode: parent_code || null });
  });

  const byCode = new Map(codes.map((c) => [c.code, c]));
  for (const code of codes) {
    const row = rowOf.get(code.code)!;
    if (code.level === 1) {
      if (code.parentCode)
        issues.push(`row ${row} (code ${code.code}): a level-1 code has no parent, found ${code.parentCode}`);
      continue;
    }
    const parent = code.parentCode ? byCode.get(code.parentCode) : undefined;
    if (!code.parentCode)
      issues.push(`row ${row} (code ${code.code}): parent_code is blank on a level-${code.level} code`);
    else if (!parent) issues.push(`row ${row} (code ${code.code}): parent ${code.parentCode} is not in the file`);
    else if (!code.code.startsWith(parent.code) || parent.level !== code.level - 1) {
      issues.push(`row ${row} (code ${code.code}): parent ${parent.code} is not the code's prefix one level up`);
    }
  }

  if (issues.length > 0) throw new ReferenceDataError(file, issues);
  return codes;
}

/** Parses a provenance.json text; throws ReferenceDataError naming each missing or bad field. */
export function parseProvenance(text: string, file = 'provenance.json'): Provenance {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ReferenceDataError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  const parsed = provenanceSchema.safeParse(json);
  if (!parsed.success) {
    throw new ReferenceDataError(
      file,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return parsed.data;
}

/** Parses a fiscal year's three classification files and provenance (given their texts). */
export function parseReferenceYear(
  fiscalYear: number,
  texts: Readonly<Record<ClassificationKind | 'provenance', string>>,
): ReferenceYear {
  const label = (file: string) => `${fiscalYear}/${file}`;
  return {
    fiscalYear,
    provenance: parseProvenance(texts.provenance, label('provenance.json')),
    func: parseClassification('func', texts.func, label(CLASSIFICATION_FILES.func)),
    econ: parseClassification('econ', texts.econ, label(CLASSIFICATION_FILES.econ)),
    rev: parseClassification('rev', texts.rev, label(CLASSIFICATION_FILES.rev)),
  };
}

/** A provincial-level division of GB/T 2260. */
export interface ProvinceRegion {
  regionCode: string;
  regionName: string;
  level: 'province';
}

const provinceRowSchema = z.object({
  region_code: z.string().regex(/^\d{2}0000$/, 'a provincial code is two digits followed by 0000'),
  region_name: z.string().trim().min(1, 'region_name is empty'),
  level: z.literal('province', 'level must be province'),
});

/** Parses `regions/gbt2260-provinces.csv`: six-digit provincial codes, unique, named. */
export function parseProvinceRegions(text: string, file = 'regions/gbt2260-provinces.csv'): ProvinceRegion[] {
  const header = ['region_code', 'region_name', 'level'] as const;
  const [first, ...rows] = readCsv(text, file);
  checkHeader(first, header, file);
  const issues: string[] = [];
  const seen = new Map<string, number>();
  const regions: ProvinceRegion[] = [];
  rows.forEach((cells, index) => {
    const row = index + 2;
    const parsed = provinceRowSchema.safeParse(Object.fromEntries(header.map((key, i) => [key, cells[i] ?? ''])));
    if (!parsed.success) {
      issues.push(...parsed.error.issues.map((issue) => `row ${row} (code ${cells[0] ?? ''}): ${issue.message}`));
      return;
    }
    const earlier = seen.get(parsed.data.region_code);
    if (earlier !== undefined) issues.push(`row ${row} (code ${parsed.data.region_code}): duplicate of row ${earlier}`);
    seen.set(parsed.data.region_code, row);
    regions.push({ regionCode: parsed.data.region_code, regionName: parsed.data.region_name, level: 'province' });
  });
  if (issues.length > 0) throw new ReferenceDataError(file, issues);
  return regions;
}
