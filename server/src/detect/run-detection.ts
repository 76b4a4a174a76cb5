import { isDeepStrictEqual } from 'node:util';
import Decimal from 'decimal.js';
import type pg from 'pg';
import { regionSubtreeSql } from '../shared/region-subtree.sql';
import { addDays, yearsOf, type DateWindow, type Finding, type RuleDescriptor } from './rule-descriptor';
import { RULES } from './rule-registry';

export interface DetectionRequest {
  /** Detection date; default: the latest payment date loaded (today when there is none). */
  asOf?: string;
  /** Only this region and its sub-regions. */
  regionCode?: string;
  /** Only these rules (codes); default: all. */
  ruleCodes?: readonly string[];
  /** Only the rules that read one of these feeds (after an ingest batch). */
  feeds?: readonly string[];
  /**
   * An incremental run: only the periods these dates reach (per rule grain), both for what the
   * rules compute and for which stored alerts may be updated or resolved. Snapshot rules run in full.
   */
  window?: DateWindow;
}

/** Which stored alerts and findings an incremental run may touch; null = all of the rule's in the regions. */
type PeriodScope = { kind: 'dates'; from: string; to: string } | { kind: 'years'; years: string[] } | null;

/** The window a rule sees: a year-grain rule whose data reaches into later years gets those years too. */
function ruleWindow(rule: RuleDescriptor, window: DateWindow | undefined): DateWindow | null {
  if (!window || rule.grain === 'snapshot') return null;
  if (rule.grain !== 'year' || !rule.followingYears) return window;
  return { from: window.from, to: `${Number(window.to.slice(0, 4)) + rule.followingYears}-12-31` };
}

function periodScope(rule: RuleDescriptor, window: DateWindow | null): PeriodScope {
  if (!window) return null;
  if (rule.grain === 'day') {
    const margin = rule.marginDays ?? 0;
    return { kind: 'dates', from: addDays(window.from, -margin), to: addDays(window.to, margin) };
  }
  return { kind: 'years', years: yearsOf(window).map(String) };
}

function inScope(scope: PeriodScope, period: string): boolean {
  if (!scope) return true;
  if (scope.kind === 'years') return scope.years.includes(period.slice(0, 4));
  const date = period.slice(0, 10);
  return date >= scope.from && date <= scope.to;
}

export interface DetectionSummary {
  asOf: string;
  rules: { code: string; found: number; created: number; updated: number; resolved: number; ms: number }[];
}

interface StoredAlert {
  id: string;
  fingerprint: string;
  severity: string;
  measured_value: string | null;
  threshold: string | null;
  evidence: unknown;
  resolved_at: Date | null;
}

const fingerprintOf = (code: string, f: Finding) => `${code}|${f.entityType}|${f.entityKey}|${f.period}`;

/**
 * Runs rules and reconciles their findings with the stored alerts, one transaction per rule: a new
 * finding becomes an alert ('detected' event); a finding whose severity, value, threshold or
 * evidence changed updates its alert and says so ('data_changed'; a resolved alert is reopened);
 * an alert of the rule in scope that is no longer found is marked resolved ('resolved'). Review
 * status is never touched, so re-running on unchanged data changes nothing.
 */
export async function runDetection(pool: pg.Pool, request: DetectionRequest = {}): Promise<DetectionSummary> {
  const asOf = request.asOf ?? (await latestPaymentDate(pool));
  const regions = request.regionCode ? await subtree(pool, request.regionCode) : null;
  const rules = RULES.filter(
    (rule) =>
      (!request.ruleCodes || request.ruleCodes.includes(rule.code)) &&
      (!request.feeds || rule.feeds.some((feed) => request.feeds!.includes(feed))),
  );
  await registerRules(pool, rules);
  // A regional run owns only its regions' alerts: a finding filed elsewhere (e.g. under the root
  // region) is left to a run that covers it, so it can never collide with an alert it cannot see.
  const inRegions = regions ? new Set(regions) : null;
  const now = new Date().toISOString();
  // Rules are independent (each reconciles its own alerts in its own transaction), so they run
  // RULE_CONCURRENCY at a time: on two cores one rule's SQL runs while another's findings are judged.
  const results = await mapConcurrently(rules, RULE_CONCURRENCY, async (rule) => {
    const started = performance.now();
    const params = await parameterResolver(pool, rule);
    const window = ruleWindow(rule, request.window);
    const scope = periodScope(rule, window);
    const computed = await rule.compute({
      db: pool,
      asOf,
      now,
      regions,
      paramsFor: params.forRegion,
      allParams: params.all,
      window,
    });
    const findings = computed.filter(
      (finding) => (!scope || inScope(scope, finding.period)) && (!inRegions || inRegions.has(finding.regionCode)),
    );
    const counts = await reconcile(pool, rule, findings, params.forRegion, regions, scope);
    return { code: rule.code, found: findings.length, ...counts, ms: Math.round(performance.now() - started) };
  });
  return { asOf, rules: results };
}

/** How many rules run at once. */
const RULE_CONCURRENCY = 2;

/**
 * `work` over every item, at most `limit` at a time; results in the items' order. After a failure no
 * new item starts, the running ones finish, and the first failure is thrown.
 */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (next < items.length && !failure) {
      const index = next++;
      try {
        results[index] = await work(items[index]!);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
  return results;
}

async function latestPaymentDate(pool: pg.Pool): Promise<string> {
  // From the sums, kept with the payments in the load's transaction: no scan of the payments.
  const result = await pool.query<{ d: string | null }>('SELECT max(last_pay_date)::text AS d FROM payment_summary');
  return result.rows[0]?.d ?? new Date().toISOString().slice(0, 10);
}

async function subtree(pool: pg.Pool, regionCode: string): Promise<string[]> {
  const result = await pool.query<{ region_code: string }>(regionSubtreeSql('$1'), [regionCode]);
  return result.rows.length > 0 ? result.rows.map((r) => r.region_code) : [regionCode];
}

/** Keeps the rules table in step with the registry (names, version, defaults). */
export async function registerRules(pool: pg.Pool | pg.PoolClient, rules: readonly RuleDescriptor[]): Promise<void> {
  for (const rule of rules) {
    await pool.query(
      `INSERT INTO rules (code, version, name_zh, name_en, category, default_params) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (code) DO UPDATE SET version = EXCLUDED.version, name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
         category = EXCLUDED.category, default_params = EXCLUDED.default_params`,
      [rule.code, rule.version, rule.nameZh, rule.nameEn, rule.category, JSON.stringify(rule.defaults)],
    );
  }
}

/**
 * Parameters per region: the defaults, overridden by the rule_thresholds row of the region or of
 * its nearest ancestor. Overrides are validated against the rule's schema when used.
 */
async function parameterResolver(pool: pg.Pool, rule: RuleDescriptor) {
  const overrides = await pool.query<{ region_code: string; params: Record<string, unknown> }>(
    'SELECT region_code, params FROM rule_thresholds WHERE rule_code = $1',
    [rule.code],
  );
  const own = new Map(overrides.rows.map((r) => [r.region_code, rule.params.parse({ ...rule.defaults, ...r.params })]));
  const parents = new Map<string, string | null>();
  if (own.size > 0) {
    const tree = await pool.query<{ region_code: string; parent_code: string | null }>(
      'SELECT region_code, parent_code FROM regions',
    );
    for (const r of tree.rows) parents.set(r.region_code, r.parent_code);
  }
  const cache = new Map<string, Record<string, unknown>>();
  const forRegion = (regionCode: string): Record<string, unknown> => {
    let found = cache.get(regionCode);
    if (found) return found;
    let code: string | null | undefined = regionCode;
    const seen = new Set<string>();
    while (code && !own.has(code) && !seen.has(code)) {
      seen.add(code);
      code = parents.get(code);
    }
    found = (code && own.get(code)) || rule.defaults;
    cache.set(regionCode, found);
    return found;
  };
  return { forRegion, all: () => [rule.defaults, ...own.values()] };
}

async function reconcile(
  pool: pg.Pool,
  rule: RuleDescriptor,
  findings: readonly Finding[],
  paramsFor: (regionCode: string) => Record<string, unknown>,
  regions: readonly string[] | null,
  scope: PeriodScope,
): Promise<{ created: number; updated: number; resolved: number }> {
  const client = await pool.connect();
  const counts = { created: 0, updated: 0, resolved: 0 };
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`detect:${rule.code}`]);
    const stored = await client.query<StoredAlert>(
      `SELECT id::text, fingerprint, severity::text, measured_value::text, threshold::text, evidence, resolved_at
       FROM alerts WHERE rule_code = $1 AND ($2::text[] IS NULL OR region_code = ANY($2))
         AND ($3::text IS NULL OR left(period, 10) BETWEEN $3 AND $4) AND ($5::text[] IS NULL OR left(period, 4) = ANY($5))`,
      [
        rule.code,
        regions,
        scope?.kind === 'dates' ? scope.from : null,
        scope?.kind === 'dates' ? scope.to : null,
        scope?.kind === 'years' ? scope.years : null,
      ],
    );
    const byFingerprint = new Map(stored.rows.map((a) => [a.fingerprint, a]));
    const seen = new Set<string>();
    const fresh: NewAlert[] = [];
    for (const finding of findings) {
      const fingerprint = fingerprintOf(rule.code, finding);
      if (seen.has(fingerprint)) continue;
      seen.add(fingerprint);
      const params = paramsFor(finding.regionCode);
      const existing = byFingerprint.get(fingerprint);
      if (!existing) {
        fresh.push({ fingerprint, finding, params });
        continue;
      }
      const unchanged =
        existing.severity === finding.severity &&
        sameDecimal(existing.measured_value, finding.value) &&
        sameDecimal(existing.threshold, finding.threshold) &&
        // As stored: JSON round trip; jsonb reorders keys, which a deep comparison ignores.
        isDeepStrictEqual(existing.evidence, JSON.parse(JSON.stringify(finding.evidence))) &&
        existing.resolved_at === null;
      if (unchanged) continue;
      await client.query(
        `UPDATE alerts SET rule_version = $2, params = $3, severity = $4, measured_value = $5, threshold = $6, evidence = $7,
           explanation_zh = $8, explanation_en = $9, resolved_at = NULL, updated_at = now() WHERE id = $1`,
        [
          existing.id,
          rule.version,
          JSON.stringify(params),
          finding.severity,
          finding.value,
          finding.threshold,
          JSON.stringify(finding.evidence),
          finding.explanation.zh,
          finding.explanation.en,
        ],
      );
      await event(client, existing.id, 'data_changed', {
        from: {
          severity: existing.severity,
          value: existing.measured_value,
          threshold: existing.threshold,
          resolved: existing.resolved_at !== null,
        },
        to: { severity: finding.severity, value: finding.value, threshold: finding.threshold },
      });
      counts.updated++;
    }
    counts.created = await insertAlerts(client, rule, fresh);
    const vanished = stored.rows
      .filter((alert) => !seen.has(alert.fingerprint) && alert.resolved_at === null)
      .map((alert) => alert.id);
    counts.resolved = await resolveAlerts(client, vanished);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  return counts;
}

interface NewAlert {
  fingerprint: string;
  finding: Finding;
  params: Record<string, unknown>;
}

/** How many new alerts go into one statement: a rule that finds 100,000 sends them in 20 parts, not one 100 MB text. */
const ALERTS_PER_STATEMENT = 5_000;

/** New alerts and their 'detected' events, ALERTS_PER_STATEMENT to a statement (all in the rule's transaction). */
async function insertAlerts(client: pg.PoolClient, rule: RuleDescriptor, fresh: readonly NewAlert[]): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < fresh.length; start += ALERTS_PER_STATEMENT) {
    inserted += await insertAlertPart(client, rule, fresh.slice(start, start + ALERTS_PER_STATEMENT));
  }
  return inserted;
}

async function insertAlertPart(client: pg.PoolClient, rule: RuleDescriptor, fresh: readonly NewAlert[]): Promise<number> {
  const rows = fresh.map(({ fingerprint, finding, params }) => ({
    fingerprint,
    params,
    severity: finding.severity,
    region_code: finding.regionCode,
    entity_type: finding.entityType,
    entity_key: finding.entityKey,
    period: finding.period,
    measured_value: finding.value,
    threshold: finding.threshold,
    evidence: finding.evidence,
    explanation_zh: finding.explanation.zh,
    explanation_en: finding.explanation.en,
  }));
  const result = await client.query(
    `WITH incoming AS (
       SELECT * FROM jsonb_to_recordset($3::jsonb) AS x(fingerprint text, params jsonb, severity text, region_code text, entity_type text,
         entity_key text, period text, measured_value text, threshold text, evidence jsonb, explanation_zh text, explanation_en text)
     ),
     inserted AS (
       INSERT INTO alerts (fingerprint, rule_code, rule_version, params, severity, region_code, entity_type, entity_key, period,
         measured_value, threshold, evidence, explanation_zh, explanation_en)
       SELECT fingerprint, $1, $2, params, severity::"Severity", region_code, entity_type, entity_key, period,
         measured_value::numeric, threshold::numeric, evidence, explanation_zh, explanation_en
       FROM incoming
       RETURNING id, fingerprint
     )
     INSERT INTO alert_events (alert_id, kind, details)
     SELECT i.id, 'detected', jsonb_build_object('severity', x.severity, 'value', x.measured_value)
     FROM inserted i JOIN incoming x USING (fingerprint)
     ORDER BY i.id`,
    [rule.code, rule.version, JSON.stringify(rows)],
  );
  return result.rowCount ?? 0;
}

/** Marks alerts resolved with a 'resolved' event each, in one statement. */
async function resolveAlerts(client: pg.PoolClient, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await client.query(
    `WITH resolved AS (
       UPDATE alerts SET resolved_at = now(), updated_at = now() WHERE id = ANY($1::bigint[]) RETURNING id
     )
     INSERT INTO alert_events (alert_id, kind, details) SELECT id, 'resolved', $2::jsonb FROM resolved ORDER BY id`,
    [
      ids,
      JSON.stringify({
        reason: 'no longer found by the rule on the current data',
        reasonZh: '按当前数据，规则已不再发现此异常',
      }),
    ],
  );
  return result.rowCount ?? 0;
}

function sameDecimal(stored: string | null, value: string): boolean {
  return stored !== null && new Decimal(stored).eq(value);
}

async function event(
  client: pg.PoolClient,
  alertId: string,
  kind: string,
  details: Record<string, unknown>,
): Promise<void> {
  await client.query('INSERT INTO alert_events (alert_id, kind, details) VALUES ($1, $2, $3)', [
    alertId,
    kind,
    JSON.stringify(details),
  ]);
}
