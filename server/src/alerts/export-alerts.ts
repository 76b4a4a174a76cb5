import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type pg from 'pg';
import { maskAlertsFor } from '../auth/privacy';
import type { Role } from '../auth/roles';
import { csvCell, defuse } from '../shared/csv-cell';
import { iterateAlerts, type ExportedAlert } from './alerts.service';
import type { AlertFilter } from './alerts.schemas';

export type ExportFormat = 'csv' | 'xlsx';
export type ExportLanguage = 'zh' | 'en';

/** The auditors' anomaly list: these columns, in this order (issue 4). */
export const EXPORT_COLUMNS = [
  'rule_code',
  'rule_name',
  'severity',
  'region_code',
  'entity_type',
  'entity_key',
  'period',
  'value',
  'threshold',
  'evidence',
  'explanation',
  'status',
  'detected_at',
] as const;

function exportRow(alert: ExportedAlert, language: ExportLanguage): string[] {
  return [
    alert.ruleCode,
    language === 'zh' ? alert.ruleNameZh : alert.ruleNameEn,
    alert.severity,
    alert.regionCode,
    alert.entityType,
    alert.entityKey,
    alert.period,
    alert.value ?? '',
    alert.threshold ?? '',
    JSON.stringify(alert.evidence),
    language === 'zh' ? alert.explanationZh : alert.explanationEn,
    alert.status,
    alert.detectedAt,
  ];
}

/** The pages of the export, masked for the role that downloads it (the CLI, an operator's tool, sees all). */
async function* exportPages(pool: pg.Pool, filter: Partial<AlertFilter>, role: Role | undefined): AsyncGenerator<ExportedAlert[]> {
  for await (const page of iterateAlerts(pool, filter)) yield role ? await maskAlertsFor(pool, role, page) : page;
}

const CSV_HEADER = `\uFEFF${EXPORT_COLUMNS.join(',')}\r\n`;
const csvLines = (page: readonly ExportedAlert[], language: ExportLanguage) =>
  page.map((alert) => exportRow(alert, language).map(csvCell).join(',')).join('\r\n') + '\r\n';

/** CSV in UTF-8 with a BOM (so Excel reads the Chinese), CRLF lines, formula-like cells defused. */
export async function* alertsCsv(
  pool: pg.Pool,
  filter: Partial<AlertFilter>,
  language: ExportLanguage = 'zh',
  role?: Role,
): AsyncGenerator<string> {
  yield CSV_HEADER;
  for await (const page of exportPages(pool, filter, role)) yield csvLines(page, language);
}

/**
 * XLSX through exceljs's streaming writer (rows are committed as they go, so memory stays flat).
 * Every cell is text: amounts and ratios keep their exact decimals instead of becoming floats.
 */
export async function writeAlertsXlsx(
  pool: pg.Pool,
  filter: Partial<AlertFilter>,
  stream: Writable,
  language: ExportLanguage = 'zh',
  role?: Role,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const sheet = workbook.addWorksheet(language === 'zh' ? '预警清单' : 'Alerts', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = EXPORT_COLUMNS.map((key) => ({
    header: key,
    key,
    width: key === 'explanation' || key === 'evidence' ? 60 : 16,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let rows = 0;
  for await (const page of exportPages(pool, filter, role)) {
    for (const alert of page) {
      sheet.addRow(exportRow(alert, language).map(defuse)).commit();
      rows++;
    }
  }
  sheet.commit();
  await workbook.commit();
  return rows;
}

/** The XLSX export as a byte stream (for HTTP); a failure midway destroys the stream with the error. */
export function alertsXlsxStream(
  pool: pg.Pool,
  filter: Partial<AlertFilter>,
  language: ExportLanguage = 'zh',
  role?: Role,
): PassThrough {
  const stream = new PassThrough();
  writeAlertsXlsx(pool, filter, stream, language, role).catch((error: unknown) =>
    stream.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return stream;
}

/**
 * Writes the export to a file; returns the number of alerts written. The file appears whole or not
 * at all: it is written beside the target and renamed at the end, and removed when anything fails.
 */
export async function exportAlertsToFile(
  pool: pg.Pool,
  options: { format: ExportFormat; out: string; filter: Partial<AlertFilter>; language?: ExportLanguage },
): Promise<number> {
  const partial = `${options.out}.part`;
  try {
    const rows = await writeExport(pool, { ...options, out: partial });
    await rename(partial, options.out);
    return rows;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

async function writeExport(
  pool: pg.Pool,
  options: { format: ExportFormat; out: string; filter: Partial<AlertFilter>; language?: ExportLanguage },
): Promise<number> {
  const file = createWriteStream(options.out);
  const failed = new Promise<never>((_, reject) => file.once('error', reject));
  const written = (async () => {
    if (options.format === 'xlsx') {
      const rows = await writeAlertsXlsx(pool, options.filter, file, options.language);
      if (!file.writableFinished) await once(file, 'finish');
      return rows;
    }
    let rows = 0;
    file.write(CSV_HEADER);
    for await (const page of iterateAlerts(pool, options.filter)) {
      rows += page.length;
      if (!file.write(csvLines(page, options.language ?? 'zh'))) await once(file, 'drain');
    }
    file.end();
    await once(file, 'finish');
    return rows;
  })();
  try {
    return await Promise.race([written, failed]);
  } finally {
    file.destroy();
  }
}
