import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

const SERVER_SRC = path.resolve(import.meta.dirname, '..');

/**
 * Interpolations that sit inside SQL quotes are values spliced into SQL text: every value must be a
 * bind parameter ($1…). The few quoted interpolations of constants are listed here with the reason.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  'shared/csv-cell.ts': 'not SQL: a CSV cell prefixed with an apostrophe',
  'detect/rules/data-quality/unknown-code-sources.ts': 'c.check is one of four constant column names (type CodeCheck), never input',
};

/** An interpolation right after a quote, or after LIKE: a value inside SQL text. */
const QUOTED = /'\$\{|\bLIKE\s+['"]?%?\$\{(?!param\()/i;

async function sourceFiles(): Promise<string[]> {
  const entries = await readdir(SERVER_SRC, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !file.includes(`${path.sep}generated${path.sep}`));
}

describe('SQL is parameterised', () => {
  it('never calls the unsafe raw-query functions of Prisma', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles()) {
      if (/\$(queryRaw|executeRaw)Unsafe\b/.test(await readFile(file, 'utf8'))) offenders.push(path.relative(SERVER_SRC, file));
    }
    assert.deepEqual(offenders, []);
  });

  it('splices no value into quoted SQL text (no quoted interpolation, but for listed constants)', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles()) {
      const relative = path.relative(SERVER_SRC, file).split(path.sep).join('/');
      if (ALLOWED[relative]) continue;
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, index) => {
        if (QUOTED.test(line)) offenders.push(`${relative}:${index + 1}: ${line.trim()}`);
      });
    }
    assert.deepEqual(offenders, []);
  });

  it('builds no SQL by concatenating strings onto a query', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles()) {
      const relative = path.relative(SERVER_SRC, file).split(path.sep).join('/');
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, index) => {
        if (/\b(SELECT|INSERT|UPDATE|DELETE|WHERE)\b[^`]*['"]\s*\+\s*[a-zA-Z]/.test(line)) offenders.push(`${relative}:${index + 1}: ${line.trim()}`);
      });
    }
    assert.deepEqual(offenders, []);
  });

  it('catches what it is meant to catch', () => {
    assert.ok(QUOTED.test("WHERE name = '${name}'"));
    assert.ok(QUOTED.test('WHERE purpose LIKE %${term}%'));
    assert.ok(!QUOTED.test('below ${threshold}%'));
    assert.ok(/\b(SELECT|INSERT|UPDATE|DELETE|WHERE)\b[^`]*['"]\s*\+\s*[a-zA-Z]/.test(`"SELECT * FROM t WHERE id = " + id`));
    assert.ok(!QUOTED.test('WHERE name = $1'));
  });
});
