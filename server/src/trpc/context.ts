import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Db } from '../db/prisma';
import type { Logger } from '../logger';
import { transitionAlerts } from '../alerts/alert-workflow';
import { findAlerts, getAlert } from '../alerts/alerts.service';
import { alertsCsv, alertsXlsxStream } from '../alerts/export-alerts';
import { clearRuleThreshold, listRulesWithThresholds, setRuleThreshold } from '../detect/rule-thresholds';
import { runDetection } from '../detect/run-detection';
import { agencyLines, functionBreakdown, monthlyExecution, rankAgencies, searchPayments } from '../execution/execution.service';
import { getBondMaturities } from '../debt/bond-maturities';
import { getBondProjects } from '../debt/bond-projects';
import { getDebtPositions } from '../debt/debt.service';
import { getStateAssets } from '../state-assets/state-assets.service';
import { createIngestServices } from '../ingest/ingest.service';
import { createDataVersionCache } from '../shared/data-version-cache';
import { getOverview } from '../overview/overview.service';
import { getReferenceSummary } from '../reference/reference.service';
import { reviewBooks, reviewFunctions, reviewPositions, reviewReliability, reviewSangong } from '../review/review.service';
import { revenueCodes } from '../revenue/revenue-codes.service';
import { revenueComposition } from '../revenue/revenue-composition.service';
import { monthlyRevenue, revenueRegions, revenueSummary } from '../revenue/revenue.service';
import { socialFundMonthly, socialFundOverview, socialFundRegions } from '../social-funds/social-funds.service';
import { createAuthServices } from '../auth/auth.service';
import type { ClientInfo } from '../auth/auth.types';
import { recordAudit } from '../auth/audit';
import { auditCsv, listAudit } from '../auth/audit-log.service';
import { createUser, listUsers, resetPassword, setUserActive } from '../auth/users.service';
import { maskAlertsFor } from '../auth/privacy';
import { atCommitteeLevel, regionVisible, visibleRegions } from '../auth/region-scope';
import type { SessionUser } from '../auth/roles';
import type { Context, Services } from './context.types';

/** Binds the service functions to a database; built once at start-up. */
export function createServices({ db, pool, logger }: { db: Db; pool: pg.Pool; logger?: Logger }): Services {
  // Aggregates are answered again only once a load or a warning line has changed (shared/data-version-cache.ts).
  const cache = createDataVersionCache(pool);
  const cached =
    <I, T>(name: string, compute: (input: I) => Promise<T>) =>
    (input: I): Promise<T> =>
      cache.get(`${name}:${JSON.stringify(input)}`, () => compute(input));
  return {
    auth: createAuthServices(pool, { logger }),
    admin: {
      listUsers: () => listUsers(pool),
      createUser: async (input, actor) => {
        const created = await createUser(pool, input, actor);
        return { user: { ...created.user, active: true }, oneTimePassword: created.oneTimePassword! };
      },
      resetPassword: (username, actor) => resetPassword(pool, username, actor),
      setActive: (username, active, actor) => setUserActive(pool, username, active, actor),
      listAudit: (input) => listAudit(pool, input),
      auditCsv: (filter) => auditCsv(pool, filter),
    },
    access: {
      regionVisible: (user, regionCode) => regionVisible(pool, user, regionCode),
      visibleRegions: (user) => visibleRegions(pool, user),
      atCommitteeLevel: (user) => atCommitteeLevel(pool, user),
      audit: (entry) => recordAudit(pool, entry),
    },
    overview: { getOverview: cached('overview', (input) => getOverview(db, input)) },
    execution: {
      rankAgencies: cached('execution.agencies', (input) => rankAgencies(pool, input)),
      monthly: cached('execution.monthly', (input) => monthlyExecution(pool, input)),
      functions: cached('execution.functions', (input) => functionBreakdown(pool, input)),
      lines: cached('execution.lines', (input) => agencyLines(pool, input)),
      payments: (input, showPayees) => searchPayments(pool, input, showPayees, cache),
    },
    revenue: {
      summary: cached('revenue.summary', (input) => revenueSummary(pool, input)),
      monthly: cached('revenue.monthly', (input) => monthlyRevenue(pool, input)),
      composition: cached('revenue.composition', (input) => revenueComposition(pool, input)),
      codes: cached('revenue.codes', (input) => revenueCodes(pool, input)),
      regions: cached('revenue.regions', (input) => revenueRegions(pool, input)),
    },
    socialFunds: {
      overview: cached('socialFunds.overview', (input) => socialFundOverview(pool, input)),
      monthly: cached('socialFunds.monthly', (input) => socialFundMonthly(pool, input)),
      regions: cached('socialFunds.regions', (input) => socialFundRegions(pool, input)),
    },
    debt: {
      positions: cached('debt.positions', (input) => getDebtPositions(pool, input)),
      maturities: cached('debt.maturities', (input) => getBondMaturities(pool, input)),
      projects: cached('debt.projects', (input) => getBondProjects(pool, input)),
    },
    stateAssets: { enterprises: cached('stateAssets.enterprises', (input) => getStateAssets(pool, input)) },
    review: {
      books: cached('review.books', (input) => reviewBooks(pool, input)),
      functions: cached('review.functions', (input) => reviewFunctions(pool, input)),
      sangong: cached('review.sangong', (input) => reviewSangong(pool, input)),
      positions: cached('review.positions', (input) => reviewPositions(pool, input)),
      reliability: cached('review.reliability', (input) => reviewReliability(pool, input)),
    },
    reference: { getReferenceSummary: cached('reference', (rootCode) => getReferenceSummary(db, rootCode)) },
    ingest: createIngestServices(pool, logger),
    alerts: {
      list: (input) => findAlerts(pool, input),
      get: (id) => getAlert(pool, id),
      transition: (input, actor, visible) => transitionAlerts(pool, input, actor, visible),
      maskFor: (role, alerts) => maskAlertsFor(pool, role, alerts),
      exportCsv: (filter, language, role) => alertsCsv(pool, filter, language, role),
      exportXlsx: (filter, language, role) => alertsXlsxStream(pool, filter, language, role),
    },
    rules: {
      list: () => listRulesWithThresholds(pool),
      setThreshold: (input) => setRuleThreshold(pool, input),
      clearThreshold: (input) => clearRuleThreshold(pool, input),
      run: (input) => runDetection(pool, input),
    },
  };
}

/** The context without HTTP: tests call procedures through createCaller with it. */
export function createContextInner(options: {
  services: Services;
  user: SessionUser | null;
  client?: ClientInfo;
  requestId?: string;
}): Context {
  return {
    services: options.services,
    user: options.user,
    client: options.client ?? { ip: null, userAgent: null },
    requestId: options.requestId ?? randomUUID(),
  };
}
