import { regionSubtreeSql } from '../shared/region-subtree.sql';
import type { AlertFilter } from './alerts.schemas';

/**
 * The WHERE clause of an alert filter and its parameters, numbered from `first`. Values are always
 * parameters; only the fixed clause text is assembled here.
 */
export function alertWhere(filter: AlertFilter, first = 1): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const clauses: string[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${first + params.length - 1}`;
  };
  if (filter.regionCode) {
    clauses.push(`a.region_code IN ${regionSubtreeSql(param(filter.regionCode))}`);
  }
  if (filter.ruleCodes?.length) clauses.push(`a.rule_code = ANY(${param(filter.ruleCodes)})`);
  if (filter.severities?.length) clauses.push(`a.severity::text = ANY(${param(filter.severities)})`);
  if (filter.statuses?.length) clauses.push(`a.status::text = ANY(${param(filter.statuses)})`);
  if (filter.periodFrom) clauses.push(`a.period >= ${param(filter.periodFrom)}`);
  // '2026-12' as an upper bound includes '2026-12-31': compare with the bound padded past any day.
  if (filter.periodTo) clauses.push(`a.period <= ${param(`${filter.periodTo}\uffff`)}`);
  if (filter.entityKey) clauses.push(`a.entity_key LIKE ${param(`${filter.entityKey.replace(/[\\%_]/g, '\\$&')}%`)}`);
  if (!filter.includeResolved) clauses.push('a.resolved_at IS NULL');
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export const ALERT_COLUMNS = `a.id::text AS "id", a.rule_code AS "ruleCode", r.name_zh AS "ruleNameZh", r.name_en AS "ruleNameEn",
  a.severity::text AS "severity", a.region_code AS "regionCode", g.region_name AS "regionName", a.entity_type AS "entityType",
  a.entity_key AS "entityKey", a.period, a.measured_value::text AS "value", a.threshold::text AS "threshold",
  a.explanation_zh AS "explanationZh", a.explanation_en AS "explanationEn", a.status::text AS "status",
  a.assignee_unit AS "assigneeUnit", a.deadline::text AS "deadline",
  to_char(a.detected_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "detectedAt",
  to_char(a.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt",
  to_char(a.resolved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "resolvedAt"`;

export const ALERT_FROM = `FROM alerts a JOIN rules r ON r.code = a.rule_code LEFT JOIN regions g ON g.region_code = a.region_code`;
