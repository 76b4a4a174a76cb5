import type pg from 'pg';
import type { MaskableAlert } from './auth.types';
import { ACCESS, type Role } from './roles';

/**
 * Individual payees' names and accounts are personal data: roles outside ACCESS.payees (auditors)
 * see them masked (王*明, ****1234) in the API and in exports. Payees that are units (companies,
 * agencies) are not masked.
 */
export const seesPayees = (role: Role): boolean => (ACCESS.payees as readonly Role[]).includes(role);

/** 王小明 → 王*明, 王明 → 王*, 欧阳小明 → 欧**明: the first and (from three characters) the last character kept. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}

/** 6222021234561234 → ****1234. */
export function maskAccount(account: string): string {
  const digits = account.replace(/\s+/g, '');
  return digits.length <= 4 ? '****' : `****${digits.slice(-4)}`;
}

const PAYEE_KEY = /payee/i;
const ACCOUNT_KEY = /account/i;

/** The strings of an evidence value stored under a payee key, at any depth (rows of payments included). */
function payeeTexts(value: unknown, underPayeeKey = false, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (underPayeeKey && value.trim() !== '') into.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) payeeTexts(item, underPayeeKey, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) payeeTexts(item, underPayeeKey || PAYEE_KEY.test(key), into);
  }
  return into;
}

/** Replaces each individual's name in a text, longest names first (so 王小明 is not cut by 王小). */
function replaceNames(text: string, names: readonly [string, string][]): string {
  let out = text;
  for (const [name, masked] of names) out = out.split(name).join(masked);
  return out;
}

function maskValue(value: unknown, names: readonly [string, string][], key = ''): unknown {
  if (typeof value === 'string') return ACCOUNT_KEY.test(key) && value !== '' ? maskAccount(value) : replaceNames(value, names);
  if (Array.isArray(value)) return value.map((item) => maskValue(item, names, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, maskValue(item, names, k)]));
  }
  return value;
}

/**
 * The alerts as a role may see them: unchanged for roles that see payees; otherwise every name of an
 * individual payee (as the payments feed records it) that an alert's evidence names is masked in its
 * evidence and explanations, and account numbers in the evidence too. Alerts given without evidence
 * (list pages) have theirs read to find the names.
 */
export async function maskAlertsFor<T extends MaskableAlert>(pool: pg.Pool, role: Role, alerts: T[]): Promise<T[]> {
  if (seesPayees(role) || alerts.length === 0) return alerts;
  const evidence = new Map<string, unknown>(alerts.map((a) => [a.id, a.evidence]));
  const missing = alerts.filter((a) => a.evidence === undefined).map((a) => a.id);
  if (missing.length > 0) {
    const rows = await pool.query<{ id: string; evidence: unknown }>(`SELECT id::text, evidence FROM alerts WHERE id = ANY($1::bigint[])`, [missing]);
    for (const row of rows.rows) evidence.set(row.id, row.evidence);
  }
  const candidates = new Set<string>();
  for (const value of evidence.values()) payeeTexts(value, false, candidates);
  const individuals =
    candidates.size === 0
      ? []
      : (
          await pool.query<{ payee_name: string }>(
            `SELECT DISTINCT payee_name FROM payments WHERE payee_type = 'individual' AND payee_name = ANY($1::text[])`,
            [[...candidates]],
          )
        ).rows.map((r) => r.payee_name);
  const names = individuals.sort((a, b) => b.length - a.length).map((name): [string, string] => [name, maskName(name)]);
  return alerts.map((alert) => ({
    ...alert,
    explanationZh: replaceNames(alert.explanationZh, names),
    explanationEn: replaceNames(alert.explanationEn, names),
    ...(alert.evidence === undefined ? {} : { evidence: maskValue(alert.evidence, names) as Record<string, unknown> }),
  }));
}
