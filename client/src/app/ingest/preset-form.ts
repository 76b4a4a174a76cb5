import type { FeedColumn, FeedName, MappingPreset, MappingPresetInput } from '../shared/api/api.types';
import type { ApiErrorIssue } from '../shared/api/api-error-message';
import type { Lang } from '../shared/i18n/lang';
import { translate } from '../shared/i18n/translate';
import type { MessageKey } from '../shared/i18n/zh-cn-messages';

/** The preset editor's fields as typed: every value a string, one per feed column. */
export interface PresetForm {
  name: string;
  feed: FeedName | null;
  description: string;
  /** Column key → the source's header: one, or alternatives separated by commas (， too). */
  sources: Record<string, string>;
  /** Column key → the constant for a column the source lacks. */
  constants: Record<string, string>;
  /** One of the catalog's dateFormats, or null to read dates as the feed contract does. */
  dateFormat: string | null;
  localCodes: boolean;
}

type PresetDateFormat = NonNullable<MappingPresetInput['dateFormat']>;

/** The server accepts at most this many alternative headers for one column. */
export const MAX_HEADER_ALTERNATIVES = 10;

export function emptyPresetForm(feed: FeedName | null = null): PresetForm {
  return { name: '', feed, description: '', sources: {}, constants: {}, dateFormat: null, localCodes: false };
}

/** The same form for another feed: the columns differ, so mappings and constants start over. */
export function withPresetFeed(form: PresetForm, feed: FeedName): PresetForm {
  return form.feed === feed ? form : { ...form, feed, sources: {}, constants: {} };
}

/** "Paid Date, 付款日期" → ["Paid Date", "付款日期"]; one header stays a string; blank → null. */
export function parseHeaderAlternatives(text: string): string | string[] | null {
  const headers = [...new Set(text.split(/[,，]/).map((header) => header.trim()).filter((header) => header !== ''))];
  if (headers.length === 0) return null;
  return headers.length === 1 ? headers[0]! : headers;
}

export function formatHeaderAlternatives(value: string | readonly string[]): string {
  return typeof value === 'string' ? value : value.join(', ');
}

export function presetToForm(preset: MappingPreset): PresetForm {
  return {
    name: preset.name,
    feed: preset.feed,
    description: preset.description,
    sources: Object.fromEntries(Object.entries(preset.columns).map(([key, value]) => [key, formatHeaderAlternatives(value)])),
    constants: { ...preset.constants },
    dateFormat: preset.dateFormat ?? null,
    localCodes: preset.localCodes,
  };
}

/** The preset to save: blank mappings and constants left out, names and text trimmed. */
export function formToPreset(form: PresetForm & { feed: FeedName }): MappingPresetInput {
  const columns: Record<string, string | string[]> = {};
  for (const [key, text] of Object.entries(form.sources)) {
    const headers = parseHeaderAlternatives(text);
    if (headers !== null) columns[key] = headers;
  }
  const constants = Object.fromEntries(
    Object.entries(form.constants)
      .map(([key, value]) => [key, value.trim()] as const)
      .filter(([, value]) => value !== ''),
  );
  return {
    name: form.name.trim(),
    feed: form.feed,
    description: form.description.trim(),
    columns,
    constants,
    // The options come from the server's own list of formats, and the server validates it again.
    ...(form.dateFormat ? { dateFormat: form.dateFormat as PresetDateFormat } : {}),
    localCodes: form.localCodes,
  };
}

/** What keeps the form from being saved, checked before the server is asked. */
export function presetFormProblems(form: PresetForm): MessageKey[] {
  const problems: MessageKey[] = [];
  if (form.name.trim() === '') problems.push('ingest.preset.problem.name');
  if (form.feed === null) problems.push('ingest.preset.problem.feed');
  const tooMany = Object.values(form.sources).some((text) => {
    const headers = parseHeaderAlternatives(text);
    return Array.isArray(headers) && headers.length > MAX_HEADER_ALTERNATIVES;
  });
  if (tooMany) problems.push('ingest.preset.problem.alternatives');
  return problems;
}

const FIELD_KEYS: Readonly<Record<string, MessageKey>> = {
  name: 'ingest.preset.name',
  feed: 'ingest.preset.feed',
  description: 'ingest.preset.description',
  columns: 'ingest.preset.source',
  constants: 'ingest.preset.constant',
  dateFormat: 'ingest.preset.dateFormat',
  localCodes: 'ingest.preset.localCodes',
};

/**
 * A field the server refused, named as the editor labels it ("源文件列名 · 金额 amount") with the
 * validator's message, which the server gives in English only.
 */
export function describePresetIssue(issue: ApiErrorIssue, columns: readonly FeedColumn[], lang: Lang): string {
  const [field = '', columnKey] = issue.path.split('.');
  const fieldKey = FIELD_KEYS[field];
  let label = fieldKey ? translate(lang, fieldKey) : issue.path;
  if (columnKey !== undefined && (field === 'columns' || field === 'constants')) {
    const column = columns.find((c) => c.key === columnKey);
    label += ` · ${column && lang === 'zh-CN' ? `${column.zh} ${column.key}` : columnKey}`;
  }
  return `${label}: ${issue.message}`;
}
