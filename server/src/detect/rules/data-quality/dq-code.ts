import { z } from 'zod';
import { findFeed } from '../../../ingest/feeds/feed-registry';
import type { Finding, RuleDescriptor, Severity } from '../../rule-descriptor';
import { topRegionInScope } from './top-region';
import {
  CODE_SOURCES,
  QUARANTINED_CODES_SQL,
  unknownCodeRowsSql,
  unknownCombinationsSql,
  type CodeCheck,
  type UnknownCodeGroup,
} from './unknown-code-sources';

const CODE_NAMES: Readonly<Record<CodeCheck, { zh: string; en: string }>> = {
  region_code: { zh: '行政区划代码', en: 'region code' },
  agency_code: { zh: '单位编码', en: 'agency code' },
  func_code: { zh: '功能分类科目编码', en: 'function code' },
  econ_code: { zh: '经济分类科目编码', en: 'economic code' },
};

/**
 * DQ-CODE 编码无法识别, over what the database can hold. Ingest never refuses a row for naming a region
 * or agency not loaded (feeds arrive in any order) and checks only the shape of classification codes
 * (not at all under a preset with local codes), so stored rows may name an unknown region, agency, or a
 * function / economic code absent from that fiscal year's classification (checked only for years whose
 * classification is loaded, and agencies only once any agency is). Quarantine mode also keeps rows whose
 * code could not be read at all; strict mode stores nothing of such a file, so there is nothing to flag.
 *
 * One finding per batch, unknown code and region (RULES.md's "batch + row": the rows are the evidence,
 * first 50 of them, with their count), so a missing agency yields one alert, not one per payment.
 * Entity key `<batch id>/<region>/<column>=<value>` (the feed name when a row has no batch); period =
 * the batch's load date (Beijing time). Orange for an unknown region or agency (the money cannot be
 * attributed), yellow for a classification code or a quarantined row. A row whose region is unknown is
 * filed under the root region (full runs). Payments and budget lines after the as-of date are ignored;
 * other feeds and quarantined rows are judged as loaded.
 */
export const dqCode: RuleDescriptor<Record<string, never>> = {
  code: 'DQ-CODE',
  version: 1,
  nameZh: '编码无法识别',
  nameEn: 'Unrecognised code',
  category: 'data_quality',
  entityType: 'batch_rows',
  description: {
    zh: '导入的数据行引用了系统中不存在的行政区划、预算单位，或当年分类中没有的功能、经济分类科目编码；隔离导入中编码无法识别的行也计入',
    en: 'Loaded rows name a region or agency that is not loaded, or a function or economic code absent from that year’s classification; quarantined rows whose code could not be read count too',
  },
  basis: 'RULES.md; 政府收支分类科目 of the fiscal year (财政部)',
  params: z.object({}).strict(),
  defaults: {},
  feeds: ['regions', 'agencies', ...CODE_SOURCES.filter((s) => s.feed !== 'agencies').map((s) => s.feed)],
  grain: 'snapshot',
  async compute(context) {
    const top = await topRegionInScope(context);
    const findings: Finding[] = [];
    for (const source of CODE_SOURCES) {
      const unknown = await context.db.query(unknownCombinationsSql(source), [context.asOf, context.regions, top]);
      if (unknown.rows.length === 0) continue;
      const groups = await context.db.query<UnknownCodeGroup>(unknownCodeRowsSql(source), [
        context.asOf,
        JSON.stringify(unknown.rows),
      ]);
      for (const group of groups.rows) findings.push(storedFinding(source.feed, source.evidenceKey, group));
    }
    const quarantined = await context.db.query<UnknownCodeGroup & { feed: string; row_numbers: number[] }>(
      QUARANTINED_CODES_SQL,
      [context.regions, top, Object.keys(CODE_NAMES)],
    );
    for (const group of quarantined.rows) findings.push(quarantinedFinding(group));
    return findings;
  },
};

function storedFinding(feed: string, evidenceKey: string, group: UnknownCodeGroup): Finding {
  const name = CODE_NAMES[group.code_column];
  const feedZh = findFeed(feed)?.nameZh ?? feed;
  const batch = group.batch_id ? `批次${group.batch_id}` : '未记录批次的';
  const severity: Severity =
    group.code_column === 'region_code' || group.code_column === 'agency_code' ? 'orange' : 'yellow';
  return {
    ...identity(feed, group),
    severity,
    evidence: {
      batchId: group.batch_id,
      feed,
      column: group.code_column,
      code: group.code_value,
      rows: group.rows,
      [evidenceKey]: group.keys,
    },
    explanation: {
      zh: `${batch}${feedZh}中${group.rows}行的${name.zh}“${group.code_value}”无法识别（${group.code_column === 'func_code' || group.code_column === 'econ_code' ? '不在当年科目中' : '尚未导入'}）`,
      en: `${group.rows} ${feed} rows of ${group.batch_id ? `batch ${group.batch_id}` : 'no recorded batch'} name the unknown ${name.en} "${group.code_value}"`,
    },
  };
}

function quarantinedFinding(group: UnknownCodeGroup & { feed: string; row_numbers: number[] }): Finding {
  const name = CODE_NAMES[group.code_column];
  const feedZh = findFeed(group.feed)?.nameZh ?? group.feed;
  return {
    ...identity(group.feed, group),
    severity: 'yellow',
    evidence: {
      batchId: group.batch_id,
      feed: group.feed,
      column: group.code_column,
      code: group.code_value,
      rows: group.rows,
      rowNumbers: group.row_numbers,
      quarantined: true,
    },
    explanation: {
      zh: `批次${group.batch_id}${feedZh}中${group.rows}行因${name.zh}“${group.code_value}”无法识别被隔离，未导入（首见第${group.row_numbers[0]}行）`,
      en: `${group.rows} ${group.feed} rows of batch ${group.batch_id} were quarantined, not loaded, because the ${name.en} "${group.code_value}" could not be read (first at row ${group.row_numbers[0]})`,
    },
  };
}

function identity(
  feed: string,
  group: UnknownCodeGroup,
): Pick<Finding, 'regionCode' | 'entityType' | 'entityKey' | 'period' | 'value' | 'threshold'> {
  return {
    regionCode: group.region_code,
    entityType: 'batch_rows',
    entityKey: `${group.batch_id ?? feed}/${group.region_code}/${group.code_column}=${group.code_value}`,
    period: group.load_date ?? 'unbatched',
    value: String(group.rows),
    threshold: '1',
  };
}
