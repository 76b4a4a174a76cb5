import type { AlertsMessageKey } from './alerts-messages.zh-cn';
import type { RuleWithThresholds, ThresholdOverride } from './alert.types';
import type { RegionRef } from './region-ancestry';

/** How a parameter is typed: by the type of its default (the server validates ranges). */
export type ThresholdFieldType = 'number' | 'text' | 'list';
export type ThresholdValue = number | string | string[];

export interface ThresholdField {
  key: string;
  type: ThresholdFieldType;
  /** The rule's default, as text. */
  defaultText: string;
  /** What applies to the region now (its own setting, an ancestor's or the default), as text. */
  inForceText: string;
}

/** The editor of one rule's thresholds for one region: fields from the rule's defaults, values as typed. */
export interface ThresholdForm {
  ruleCode: string;
  regionCode: string;
  fields: ThresholdField[];
  values: Record<string, string>;
}

/** What applies to a region: the nearest override up its ancestry over the defaults (as the server resolves it). */
export interface ParamsInForce {
  params: Record<string, unknown>;
  /** The override in force and its region, or null when the defaults apply. */
  source: ThresholdOverride | null;
}

export function paramsInForce(rule: RuleWithThresholds, ancestry: readonly RegionRef[]): ParamsInForce {
  for (const region of ancestry) {
    const override = rule.overrides.find((o) => o.regionCode === region.code);
    if (override) return { params: { ...rule.defaults, ...override.params }, source: override };
  }
  return { params: { ...rule.defaults }, source: null };
}

export function thresholdFieldType(value: unknown): ThresholdFieldType | null {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'text';
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return 'list';
  return null;
}

/** A value as the form shows it: numbers without grouping (they are edited), lists comma-separated. */
export function thresholdText(value: unknown, type: ThresholdFieldType): string {
  if (type === 'list') return Array.isArray(value) ? value.join(', ') : '';
  return typeof value === 'number' || typeof value === 'string' ? String(value) : '';
}

/** The form for the region at the head of `ancestry`, filled with the values in force there. */
export function buildThresholdForm(rule: RuleWithThresholds, ancestry: readonly RegionRef[]): ThresholdForm {
  const inForce = paramsInForce(rule, ancestry).params;
  const fields: ThresholdField[] = [];
  for (const [key, value] of Object.entries(rule.defaults)) {
    const type = thresholdFieldType(value);
    if (type === null) continue;
    fields.push({ key, type, defaultText: thresholdText(value, type), inForceText: thresholdText(inForce[key], type) });
  }
  const values = Object.fromEntries(fields.map((field) => [field.key, field.inForceText]));
  return { ruleCode: rule.code, regionCode: ancestry[0]?.code ?? '', fields, values };
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** "1,000,000" → 1000000; null for text that is not a plain decimal number. */
export function parseThresholdNumber(text: string): number | null {
  const compact = text.replace(/[,，\s]/g, '');
  return NUMBER.test(compact) ? Number(compact) : null;
}

/** "30212, 30217，30231" → ["30212", "30217", "30231"] (duplicates and blanks dropped). */
export function parseThresholdList(text: string): string[] {
  return [...new Set(text.split(/[,，\s]+/).filter((item) => item !== ''))];
}

function parseField(field: ThresholdField, text: string): ThresholdValue | null {
  if (field.type === 'number') return parseThresholdNumber(text);
  if (field.type === 'list') {
    const items = parseThresholdList(text);
    return items.length > 0 ? items : null;
  }
  return text.trim();
}

export interface ThresholdProblem {
  key: AlertsMessageKey;
  field: string;
}

/** What keeps the form from being saved, checked before the server is asked (which checks ranges). */
export function thresholdProblems(form: ThresholdForm): ThresholdProblem[] {
  const problems: ThresholdProblem[] = [];
  for (const field of form.fields) {
    if (parseField(field, form.values[field.key] ?? '') !== null) continue;
    problems.push({
      key: field.type === 'list' ? 'alerts.threshold.problem.list' : 'alerts.threshold.problem.number',
      field: field.key,
    });
  }
  if (
    problems.length === 0 &&
    form.fields.every((field) => sameValue(field, form.values[field.key] ?? '', field.inForceText))
  ) {
    problems.push({ key: 'alerts.threshold.problem.unchanged', field: '' });
  }
  return problems;
}

function sameValue(field: ThresholdField, a: string, b: string): boolean {
  return JSON.stringify(parseField(field, a)) === JSON.stringify(parseField(field, b));
}

/**
 * The parameters to send to rules.setThreshold. The server merges them over the region's own
 * setting, and that setting replaces an ancestor's wholesale (over the defaults): so every value
 * that is not the default is sent, lest a value inherited from an ancestor fall back to the default,
 * and so is every key the region already sets. When all values are the defaults but the region
 * inherited others, all are sent, pinning the defaults. Call after thresholdProblems found none.
 */
export function thresholdParamsToSave(
  form: ThresholdForm,
  own: ThresholdOverride | null,
): Record<string, ThresholdValue> {
  const parsed = form.fields.map((field) => ({ field, value: parseField(field, form.values[field.key] ?? '') }));
  const chosen = parsed.filter(
    ({ field, value }) =>
      value !== null &&
      (own?.params[field.key] !== undefined ||
        JSON.stringify(value) !== JSON.stringify(parseField(field, field.defaultText))),
  );
  const send = chosen.length > 0 ? chosen : parsed;
  return Object.fromEntries(
    send.filter(({ value }) => value !== null).map(({ field, value }) => [field.key, value as ThresholdValue]),
  );
}

/** The region's own setting of the rule, if any. */
export function ownOverride(rule: RuleWithThresholds, regionCode: string): ThresholdOverride | null {
  return rule.overrides.find((o) => o.regionCode === regionCode) ?? null;
}
