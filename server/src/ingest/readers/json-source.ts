import type { Readable } from 'node:stream';
import { parser } from 'stream-json';
import { BATCH_ROWS, FileFormatError } from './open-record-source';

type Cell = string | null;

/**
 * Maps objects to records. Exporters often leave out a field that is null, so the header is the union
 * of the keys of the first BATCH_ROWS - 1 objects, held back until then. A key first seen after that
 * cannot join the header: its value is refused rather than dropped (an empty one is ignored).
 */
class ObjectRecords {
  private header: string[] | undefined;
  private readonly position = new Map<string, number>();
  private pending: Map<string, Cell>[] = [];
  private count = 0;

  /** Adds one object; its record reaches the batch once the header is known. */
  add(object: Map<string, Cell>, batch: string[][]): void {
    this.count++;
    if (this.header) {
      batch.push(this.record(object, this.count));
      return;
    }
    for (const key of object.keys()) if (!this.position.has(key)) this.position.set(key, this.position.size);
    this.pending.push(object);
    if (this.pending.length >= BATCH_ROWS - 1) this.flush(batch);
  }

  /** Fixes the header and moves the held-back records into the batch (call at the end of the file). */
  flush(batch: string[][]): void {
    if (this.header || this.pending.length === 0) return;
    this.header = [...this.position.keys()];
    batch.push(this.header);
    const first = this.count - this.pending.length;
    this.pending.forEach((object, i) => batch.push(this.record(object, first + i + 1)));
    this.pending = [];
  }

  private record(object: Map<string, Cell>, index: number): string[] {
    const record = new Array<string>(this.position.size).fill('');
    for (const [key, value] of object) {
      const i = this.position.get(key);
      if (i !== undefined) {
        if (value !== null) record[i] = value;
      } else if (value !== null && value !== '') {
        throw new FileFormatError({
          zh: `第${index}条记录的字段“${key}”在前${BATCH_ROWS - 1}条记录中都没有出现；请在第一条记录中写出全部字段（空值写null）`,
          en: `record ${index} has a field "${key}" that none of the first ${BATCH_ROWS - 1} records has: list every field in the first record (null when empty)`,
        });
      }
    }
    return record;
  }
}

const nested = (index: number, key: string) =>
  new FileFormatError({
    zh: `第${index + 1}条记录的“${key}”是嵌套的对象或数组，每个字段应为单个值`,
    en: `record ${index + 1}: "${key}" is a nested object or array; each field must be a single value`,
  });

/**
 * A JSON array of objects, streamed token by token (stream-json) so that a file of any size is read in
 * constant memory. Numbers keep their source text (1234.50 stays "1234.50"), so amounts stay exact.
 */
export async function* readJson(text: Readable): AsyncGenerator<string[][]> {
  const tokens = text.pipe(parser.asStream({ packValues: true, streamValues: false }));
  text.on('error', (error) => tokens.destroy(error));
  const records = new ObjectRecords();
  let batch: string[][] = [];
  let depth = 0;
  let index = -1;
  let object: Map<string, Cell> | undefined;
  let key = '';
  let started = false;
  try {
    for await (const token of tokens as AsyncIterable<{ name: string; value?: string }>) {
      if (!started) {
        if (token.name !== 'startArray') throw notArray();
        started = true;
        depth = 1;
        continue;
      }
      switch (token.name) {
        case 'startObject':
          if (depth === 1) {
            index++;
            object = new Map();
          } else if (object) throw nested(index, key);
          depth++;
          break;
        case 'endObject':
          depth--;
          if (depth === 1 && object) {
            records.add(object, batch);
            object = undefined;
            if (batch.length >= BATCH_ROWS) {
              yield batch;
              batch = [];
            }
          }
          break;
        case 'startArray':
          if (depth === 1) throw notObject(index + 1);
          throw nested(index, key);
        case 'endArray':
          depth--;
          break;
        case 'keyValue':
          key = token.value ?? '';
          break;
        case 'stringValue':
        case 'numberValue':
          if (depth === 1) throw notObject(index + 1);
          object?.set(key, token.value ?? '');
          break;
        case 'nullValue':
          if (depth === 1) throw notObject(index + 1);
          object?.set(key, null);
          break;
        case 'trueValue':
        case 'falseValue':
          if (depth === 1) throw notObject(index + 1);
          object?.set(key, token.name === 'trueValue' ? 'true' : 'false');
          break;
        default:
          break;
      }
    }
  } catch (error) {
    if (error instanceof FileFormatError) throw error;
    throw new FileFormatError({
      zh: `JSON格式错误，文件无法解析（第${index + 2}条记录附近）`,
      en: `malformed JSON near record ${index + 2}: the file cannot be parsed`,
    });
  } finally {
    tokens.destroy();
  }
  if (!started) throw notArray();
  records.flush(batch);
  if (batch.length > 0) yield batch;
}

const notArray = () =>
  new FileFormatError({ zh: 'JSON文件的顶层应为对象数组 [ {…}, {…} ]', en: 'a JSON file must be an array of objects [ {…}, {…} ]' });
const notObject = (index: number) =>
  new FileFormatError({ zh: `第${index + 1}条记录不是对象`, en: `record ${index + 1} is not an object` });

/** NDJSON: one JSON object per line, blank lines skipped. Numbers keep their source text. */
export async function* readNdjson(text: Readable): AsyncGenerator<string[][]> {
  const records = new ObjectRecords();
  let batch: string[][] = [];
  let line = 0;
  let rest = '';
  const take = (source: string): void => {
    line++;
    if (source.trim() === '') return;
    let parsed: unknown;
    try {
      // Keep numbers' source text: wrap bare numbers in quotes before parsing (outside strings only).
      parsed = JSON.parse(quoteNumbers(source));
    } catch {
      throw new FileFormatError({ zh: `第${line}行不是有效的JSON`, en: `line ${line} is not valid JSON` });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new FileFormatError({ zh: `第${line}行不是JSON对象`, en: `line ${line} is not a JSON object` });
    }
    const object = new Map<string, Cell>();
    for (const [key, value] of Object.entries(parsed)) {
      if (typeof value === 'object' && value !== null) throw nested(line - 1, key);
      object.set(key, value === null ? null : String(value));
    }
    records.add(object, batch);
  };
  for await (const chunk of text as AsyncIterable<string>) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const source of lines) take(source);
    if (batch.length >= BATCH_ROWS) {
      yield batch;
      batch = [];
    }
  }
  if (rest !== '') take(rest);
  records.flush(batch);
  if (batch.length > 0) yield batch;
}

/** Puts quotes around JSON number literals outside strings, so that JSON.parse keeps their text. */
export function quoteNumbers(json: string): string {
  return json.replace(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g, (match) => (match.startsWith('"') ? match : `"${match}"`));
}
