import type { QuarantinedRow } from '../shared/api/api.types';
import { NO_VALUE } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';

/** A quarantined row as the list shows it: its raw cells and why it was set aside. */
export interface QuarantineRowView {
  id: string;
  batchId: string;
  fileName: string;
  rowNumber: number;
  raw: { header: string; value: string }[];
  reasons: { column: string | null; text: string }[];
}

export function buildQuarantineRows(rows: readonly QuarantinedRow[], lang: Lang): QuarantineRowView[] {
  return rows.map((row) => ({
    id: row.id,
    batchId: row.batchId,
    fileName: row.fileName,
    rowNumber: row.rowNumber,
    raw: Object.entries(row.raw).map(([header, value]) => ({ header, value: value === null || value === '' ? NO_VALUE : value })),
    reasons: row.errors.map((error) => ({ column: error.column, text: lang === 'zh-CN' ? error.zh : error.en })),
  }));
}
