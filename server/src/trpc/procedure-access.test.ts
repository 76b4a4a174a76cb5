import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TRPCError } from '@trpc/server';
import { NATIONAL_REGION, ROLES, type Role, type SessionUser } from '../auth/roles';
import { appRouter } from './app.router';
import { createContextInner } from './context';
import type { Services } from './context.types';
import { createCallerFactory, type ProcedureMeta } from './trpc';

/** Services that fail loudly when reached: authorization must refuse before any of them runs. */
const REACHED = 'service reached';
const untouchable = new Proxy({} as Services, {
  get: () => new Proxy({}, { get: () => () => Promise.reject(new Error(REACHED)) }),
});

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { meta?: ProcedureMeta } }>);

const user = (role: Role, mustChangePassword = false): SessionUser => ({
  id: 1,
  username: `${role}-user`,
  displayName: role,
  role,
  regionCode: NATIONAL_REGION,
  mustChangePassword,
});

async function call(path: string, who: SessionUser | null): Promise<unknown> {
  const caller = createCallerFactory(appRouter)(createContextInner({ services: untouchable, user: who }));
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;
  try {
    return await fn(undefined);
  } catch (error) {
    return error;
  }
}

const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : String(error));

describe('every tRPC procedure declares its roles', () => {
  it('finds the procedures of every router', () => {
    const paths = procedures.map(([path]) => path);
    for (const path of ['overview.get', 'reference.summary', 'alerts.list', 'rules.setThreshold', 'ingest.presets.save']) assert.ok(paths.includes(path), path);
    assert.ok(paths.length >= 17, `only ${paths.length} procedures`);
  });

  for (const [path, procedure] of procedures) {
    const roles = procedure._def.meta?.roles ?? [];

    it(`${path}: names at least one known role`, () => {
      assert.ok(roles.length > 0, `${path} declares no roles`);
      for (const role of roles) assert.ok(ROLES.includes(role), `${path}: unknown role ${role}`);
    });

    it(`${path}: UNAUTHORIZED without a session, FORBIDDEN for other roles and unchanged one-time passwords`, async () => {
      assert.equal(codeOf(await call(path, null)), 'UNAUTHORIZED');
      for (const role of ROLES) {
        const outcome = codeOf(await call(path, user(role)));
        if (roles.includes(role)) assert.notEqual(outcome, 'FORBIDDEN', `${path} refused ${role}`);
        else assert.equal(outcome, 'FORBIDDEN', `${path} let ${role} in`);
        if (roles.includes(role)) assert.equal(codeOf(await call(path, user(role, true))), 'FORBIDDEN', `${path}: must change password`);
      }
    });
  }

  it('keeps deputies to aggregates and settings to administrators', () => {
    const allowed = (path: string) => procedures.find(([p]) => p === path)![1]._def.meta!.roles;
    assert.deepEqual([...allowed('overview.get')].sort(), [...ROLES].sort());
    for (const path of ['alerts.list', 'alerts.get', 'ingest.batches', 'ingest.quarantine', 'rules.run']) {
      assert.ok(!allowed(path).includes('deputy'), path);
    }
    for (const path of ['rules.setThreshold', 'rules.clearThreshold', 'ingest.presets.save', 'ingest.presets.delete']) {
      assert.deepEqual(allowed(path), ['admin'], path);
    }
    for (const path of ['rules.run', 'ingest.batches']) assert.ok(!allowed(path).includes('auditor'), path);
  });
});
