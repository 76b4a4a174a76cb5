import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { queryOne } from './support/expected-figures';
import { freshDataDir, startServer } from './support/server-process';

const SMALL_DEMO = { DEMO_PAYMENTS_PER_YEAR: '2000' };

async function paymentCount(databaseUrl: string): Promise<number> {
  return Number((await queryOne<{ n: string }>(databaseUrl, 'SELECT count(*) AS n FROM payments')).n);
}

describe('server lifecycle: restarts keep the data, a SIGKILL is recovered from', () => {
  it('keeps the data across a clean restart and recovers after SIGKILL', async () => {
    const dataDir = await freshDataDir();
    const first = await startServer({ dataDir, env: SMALL_DEMO });
    const loaded = await paymentCount(await first.databaseUrl());
    assert.match(first.output(), /一次性密码 \/ one-time password: [a-zA-Z0-9]{16}/, 'the first start prints the first admin’s one-time password');
    assert.ok(loaded >= 4000, `demo payments loaded: ${loaded}`);
    assert.equal(await first.interrupt(), 0, first.output().slice(-3000));
    assert.equal(existsSync(path.join(dataDir, 'postgres/postmaster.pid')), false, 'PostgreSQL stopped with the server');

    const second = await startServer({ dataDir, env: SMALL_DEMO });
    assert.equal(await paymentCount(await second.databaseUrl()), loaded, 'restart keeps the data and loads nothing twice');
    assert.doesNotMatch(second.output(), /demo feed loaded/);
    assert.doesNotMatch(second.output(), /one-time password/, 'and only the first');
    await second.kill9();
    assert.equal(existsSync(path.join(dataDir, 'postgres/postmaster.pid')), true, 'SIGKILL leaves PostgreSQL running');

    const third = await startServer({ dataDir, env: SMALL_DEMO });
    assert.match(third.output(), /left over from an unclean stop/);
    assert.equal(await paymentCount(await third.databaseUrl()), loaded);
    const health = await fetch(`${third.url}healthz`);
    assert.equal(health.status, 200);
    assert.equal(await third.interrupt(), 0, third.output().slice(-3000));
  });
});
