import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clearRuleThreshold, listRulesWithThresholds, setRuleThreshold } from './rule-thresholds';
import { useRuleDatabase } from './testing/rule-fixtures';

const db = useRuleDatabase();
const actor = { id: null, username: 'tester' };

describe('setRuleThreshold', () => {
  it('stores a region override that the next run uses for the region and its sub-regions, and audits it', async () => {
    const saved = await setRuleThreshold(db.pool, {
      ruleCode: 'pay-large',
      regionCode: '390102',
      params: { threshold: 1_000_000 },
      actor,
    });
    assert.deepEqual(saved.params, { threshold: 1_000_000 });
    assert.equal(saved.regionName, '城东区');
    await db.payment('TOWN', '1000000.00', { region: '390102001' });
    await db.payment('CITY', '1000000.00', { region: '390100' });
    await db.detect('PAY-LARGE');
    assert.deepEqual(await db.alerts('PAY-LARGE'), { TOWN: 'yellow' });
    const audit = await db.sql(`SELECT action, target, username, details FROM audit_log ORDER BY id`);
    assert.deepEqual(audit.rows[0], {
      action: 'rule_threshold.set',
      target: 'PAY-LARGE@390102',
      username: 'tester',
      details: { before: null, after: { threshold: 1_000_000 } },
    });
    const listed = (await listRulesWithThresholds(db.pool)).find((rule) => rule.code === 'PAY-LARGE')!;
    assert.deepEqual(
      listed.overrides.map((o) => [o.regionCode, o.params]),
      [['390102', { threshold: 1_000_000 }]],
    );
  });

  it('merges over the current override and validates with the rule schema', async () => {
    await setRuleThreshold(db.pool, {
      ruleCode: 'SOE-LEVERAGE',
      regionCode: '390100',
      params: { industrialWarning: 60 },
    });
    const merged = await setRuleThreshold(db.pool, {
      ruleCode: 'SOE-LEVERAGE',
      regionCode: '390100',
      params: { industrialKey: 66 },
    });
    assert.deepEqual(merged.params, { industrialWarning: 60, industrialKey: 66 });
    await assert.rejects(
      setRuleThreshold(db.pool, { ruleCode: 'SOE-LEVERAGE', regionCode: '390100', params: { industrialKey: -1 } }),
      {
        name: 'AppError',
        code: 'BAD_REQUEST',
      },
    );
    const stored = await db.sql(`SELECT params FROM rule_thresholds WHERE rule_code = 'SOE-LEVERAGE'`);
    assert.deepEqual(stored.rows[0].params, { industrialWarning: 60, industrialKey: 66 });
  });

  it('refuses unknown rules, unknown parameters and unknown regions in both languages', async () => {
    await assert.rejects(
      setRuleThreshold(db.pool, { ruleCode: 'NOPE-1', regionCode: '390100', params: { threshold: 1 } }),
      { code: 'NOT_FOUND' },
    );
    await assert.rejects(
      setRuleThreshold(db.pool, { ruleCode: 'PAY-LARGE', regionCode: '390100', params: { limit: 1 } }),
      (error: Error & { messageZh?: string }) => {
        assert.match(error.message, /has no parameter limit; its parameters: threshold/);
        assert.match(error.messageZh ?? '', /没有参数 limit/);
        return true;
      },
    );
    await assert.rejects(
      setRuleThreshold(db.pool, { ruleCode: 'PAY-LARGE', regionCode: '399999', params: { threshold: 1 } }),
      { code: 'NOT_FOUND' },
    );
    await assert.rejects(
      setRuleThreshold(db.pool, { ruleCode: 'PAY-LARGE', regionCode: '390100', params: { threshold: 'many' } }),
      { code: 'BAD_REQUEST' },
    );
  });
});

describe('clearRuleThreshold', () => {
  it('removes the override so the region inherits again, once', async () => {
    await setRuleThreshold(db.pool, { ruleCode: 'PAY-LARGE', regionCode: '390102', params: { threshold: 1_000_000 } });
    assert.equal(await clearRuleThreshold(db.pool, { ruleCode: 'PAY-LARGE', regionCode: '390102' }), true);
    assert.equal(await clearRuleThreshold(db.pool, { ruleCode: 'PAY-LARGE', regionCode: '390102' }), false);
    await db.payment('TOWN', '1000000.00', { region: '390102001' });
    await db.detect('PAY-LARGE');
    assert.deepEqual(await db.alerts('PAY-LARGE'), {});
  });
});
