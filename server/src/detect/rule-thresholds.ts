import type pg from 'pg';
import { AppError, notFound } from '../trpc/app-error';
import type { RuleDescriptor } from './rule-descriptor';
import { findRule, RULES } from './rule-registry';
import { registerRules } from './run-detection';

export interface ThresholdOverride {
  regionCode: string;
  regionName: string | null;
  params: Record<string, unknown>;
  updatedAt: string;
}

export interface RuleWithThresholds {
  code: string;
  version: number;
  nameZh: string;
  nameEn: string;
  category: string;
  entityType: string;
  descriptionZh: string;
  descriptionEn: string;
  basis: string;
  defaults: Record<string, unknown>;
  overrides: ThresholdOverride[];
}

function ruleOrThrow(code: string): RuleDescriptor {
  const rule = findRule(code);
  if (!rule) throw notFound(`规则 ${code}`, `rule ${code}`);
  return rule;
}

/** Every rule of the registry with its defaults and the per-region overrides in force. */
export async function listRulesWithThresholds(pool: pg.Pool): Promise<RuleWithThresholds[]> {
  const overrides = await pool.query<ThresholdOverride & { ruleCode: string }>(
    `SELECT t.rule_code AS "ruleCode", t.region_code AS "regionCode", g.region_name AS "regionName", t.params,
            to_char(t.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt"
     FROM rule_thresholds t LEFT JOIN regions g ON g.region_code = t.region_code ORDER BY t.rule_code, t.region_code`,
  );
  return RULES.map((rule) => ({
    code: rule.code,
    version: rule.version,
    nameZh: rule.nameZh,
    nameEn: rule.nameEn,
    category: rule.category,
    entityType: rule.entityType,
    descriptionZh: rule.description.zh,
    descriptionEn: rule.description.en,
    basis: rule.basis,
    defaults: rule.defaults,
    overrides: overrides.rows.filter((o) => o.ruleCode === rule.code).map(({ ruleCode: _, ...override }) => override),
  }));
}

/**
 * Sets a region's thresholds for a rule (its sub-regions inherit them). Only parameters the rule
 * has may be given; each is validated by the rule's own schema, merged over the region's current
 * override, so a later run uses them without a code change. Recorded in the audit log.
 */
export async function setRuleThreshold(
  pool: pg.Pool,
  input: {
    ruleCode: string;
    regionCode: string;
    params: Record<string, unknown>;
    actor?: { id: number | null; username: string | null };
  },
): Promise<ThresholdOverride> {
  const rule = ruleOrThrow(input.ruleCode);
  const unknown = Object.keys(input.params).filter((key) => !(key in rule.defaults));
  if (unknown.length > 0 || Object.keys(input.params).length === 0) {
    const known = Object.keys(rule.defaults).join(', ') || '—';
    throw new AppError(
      'BAD_REQUEST',
      `规则${rule.code}没有参数 ${unknown.join(', ') || '（未给出参数）'}；可设参数：${known}`,
      `rule ${rule.code} has no parameter ${unknown.join(', ') || '(none given)'}; its parameters: ${known}`,
    );
  }
  const region = await pool.query<{ region_name: string }>('SELECT region_name FROM regions WHERE region_code = $1', [
    input.regionCode,
  ]);
  if (!region.rows[0]) throw notFound(`行政区划 ${input.regionCode}`, `region ${input.regionCode}`);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await registerRules(client, [rule]);
    const current = await client.query<{ params: Record<string, unknown> }>(
      'SELECT params FROM rule_thresholds WHERE rule_code = $1 AND region_code = $2 FOR UPDATE',
      [rule.code, input.regionCode],
    );
    const merged = { ...(current.rows[0]?.params ?? {}), ...input.params };
    const checked = rule.params.safeParse({ ...rule.defaults, ...merged });
    if (!checked.success) {
      const problems = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      throw new AppError('BAD_REQUEST', `参数无效：${problems}`, `invalid parameters: ${problems}`);
    }
    const stored = await client.query<{ updated_at: string }>(
      `INSERT INTO rule_thresholds (rule_code, region_code, params, updated_by, updated_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (rule_code, region_code) DO UPDATE SET params = EXCLUDED.params, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated_at`,
      [rule.code, input.regionCode, JSON.stringify(merged), input.actor?.id ?? null],
    );
    await client.query(
      `INSERT INTO audit_log (user_id, username, action, target, details) VALUES ($1, $2, 'rule_threshold.set', $3, $4)`,
      [
        input.actor?.id ?? null,
        input.actor?.username ?? null,
        `${rule.code}@${input.regionCode}`,
        JSON.stringify({ before: current.rows[0]?.params ?? null, after: merged }),
      ],
    );
    await client.query('COMMIT');
    return {
      regionCode: input.regionCode,
      regionName: region.rows[0].region_name,
      params: merged,
      updatedAt: stored.rows[0]!.updated_at,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Removes a region's override: it inherits its parent's again. False when there was none. */
export async function clearRuleThreshold(
  pool: pg.Pool,
  input: { ruleCode: string; regionCode: string; actor?: { id: number | null; username: string | null } },
): Promise<boolean> {
  const rule = ruleOrThrow(input.ruleCode);
  const deleted = await pool.query<{ params: unknown }>(
    'DELETE FROM rule_thresholds WHERE rule_code = $1 AND region_code = $2 RETURNING params',
    [rule.code, input.regionCode],
  );
  if (deleted.rows.length === 0) return false;
  await pool.query(
    `INSERT INTO audit_log (user_id, username, action, target, details) VALUES ($1, $2, 'rule_threshold.clear', $3, $4)`,
    [
      input.actor?.id ?? null,
      input.actor?.username ?? null,
      `${rule.code}@${input.regionCode}`,
      JSON.stringify({ before: deleted.rows[0]!.params }),
    ],
  );
  return true;
}
