import type { AuditFilter, AuditPage, CreateUserInput, ListAuditInput, UserOutput } from '../auth/admin.schemas';
import type { AuditEntry, AuthServices, ClientInfo, MaskableAlert } from '../auth/auth.types';
import type { Actor, Role, SessionUser } from '../auth/roles';
import type { AlertDetail, AlertFilter, AlertPage, AlertTransitionInput, ListAlertsInput } from '../alerts/alerts.schemas';
import type { DetectionSummaryOutput, RuleWithThresholdsOutput, RunDetectionInput, SetThresholdInput } from '../detect/rules.schemas';
import type {
  AgencyLines,
  AgencyLinesInput,
  AgencyRanking,
  AgencyRankingInput,
  FunctionBreakdown,
  FunctionBreakdownInput,
  MonthlyExecution,
  MonthlyInput,
  PaymentPage,
  PaymentSearchInput,
} from '../execution/execution.schemas';
import type { BondMaturities, BondProjects, DebtPositions, DebtScope } from '../debt/debt.schemas';
import type { StateAssets, StateAssetsScope } from '../state-assets/state-assets.schemas';
import type { Overview, OverviewInput } from '../overview/overview.schemas';
import type { ReferenceSummary } from '../reference/regions.schemas';
import type {
  BooksReview,
  FunctionsReview,
  FunctionsReviewInput,
  PositionsReview,
  ReliabilityReview,
  ReviewScope,
  SangongTrend,
} from '../review/review.schemas';
import type {
  MonthlyRevenue,
  RevenueBookInput,
  RevenueCodes,
  RevenueComposition,
  RevenueRegions,
  RevenueScope,
  RevenueSummary,
} from '../revenue/revenue.schemas';
import type {
  SocialFundInput,
  SocialFundMonthly,
  SocialFundOverview,
  SocialFundRegions,
  SocialFundScope,
} from '../social-funds/social-funds.schemas';
import type {
  BatchDetail,
  BatchPage,
  FeedCatalog,
  FeedFreshness,
  IngestJob,
  ListBatchesInput,
  QuarantineInput,
  QuarantinePage,
} from '../ingest/ingest.schemas';
import type { MappingPreset, MappingPresetInput } from '../ingest/mapping-preset';

/**
 * What procedures may call. Declared as plain interfaces (no Prisma, no Node imports) so that the
 * client can import the router type without type-checking server-only code.
 */
export interface Services {
  auth: AuthServices;
  /** Users and the audit log: administrators only. */
  admin: {
    listUsers(): Promise<UserOutput[]>;
    createUser(input: CreateUserInput, actor: Actor): Promise<{ user: UserOutput; oneTimePassword: string }>;
    resetPassword(username: string, actor: Actor): Promise<string>;
    setActive(username: string, active: boolean, actor: Actor): Promise<UserOutput>;
    listAudit(input: ListAuditInput): Promise<AuditPage>;
    /** The filtered audit log as CSV text chunks (UTF-8 with BOM). */
    auditCsv(filter: AuditFilter): AsyncIterable<string>;
  };
  access: {
    /** Whether the user may see the region: theirs or one below it. */
    regionVisible(user: SessionUser, regionCode: string): Promise<boolean>;
    /** Every region the user may see, for filtering a list; null for a national user (all). */
    visibleRegions(user: SessionUser): Promise<ReadonlySet<string> | null>;
    /** Whether the user works at the committee's own level or above (the ingest back office). */
    atCommitteeLevel(user: SessionUser): Promise<boolean>;
    /** Appends a line to the audit log. */
    audit(entry: AuditEntry): Promise<void>;
  };
  overview: {
    getOverview(input: OverviewInput): Promise<Overview>;
  };
  execution: {
    rankAgencies(input: AgencyRankingInput): Promise<AgencyRanking>;
    monthly(input: MonthlyInput): Promise<MonthlyExecution>;
    functions(input: FunctionBreakdownInput): Promise<FunctionBreakdown>;
    lines(input: AgencyLinesInput): Promise<AgencyLines>;
    /** One page of an agency's payments; individual payees masked unless `showPayees`. */
    payments(input: PaymentSearchInput, showPayees: boolean): Promise<PaymentPage>;
  };
  revenue: {
    summary(input: RevenueScope): Promise<RevenueSummary>;
    monthly(input: RevenueBookInput): Promise<MonthlyRevenue>;
    composition(input: RevenueScope): Promise<RevenueComposition>;
    codes(input: RevenueBookInput): Promise<RevenueCodes>;
    regions(input: RevenueBookInput): Promise<RevenueRegions>;
  };
  socialFunds: {
    overview(input: SocialFundScope): Promise<SocialFundOverview>;
    monthly(input: SocialFundInput): Promise<SocialFundMonthly>;
    regions(input: SocialFundInput): Promise<SocialFundRegions>;
  };
  debt: {
    positions(input: DebtScope): Promise<DebtPositions>;
    maturities(input: DebtScope): Promise<BondMaturities>;
    projects(input: DebtScope): Promise<BondProjects>;
  };
  stateAssets: {
    enterprises(input: StateAssetsScope): Promise<StateAssets>;
  };
  /** 会前审查: the budget in brief for deputies. */
  review: {
    books(input: ReviewScope): Promise<BooksReview>;
    functions(input: FunctionsReviewInput): Promise<FunctionsReview>;
    sangong(input: ReviewScope): Promise<SangongTrend>;
    positions(input: ReviewScope): Promise<PositionsReview>;
    reliability(input: ReviewScope): Promise<ReliabilityReview>;
  };
  reference: {
    /** The region tree from `rootCode` down (the whole tree when null). */
    getReferenceSummary(rootCode: string | null): Promise<ReferenceSummary>;
  };
  ingest: IngestServices;
  alerts: {
    list(input: ListAlertsInput): Promise<AlertPage>;
    get(id: string): Promise<AlertDetail>;
    /** A workflow action on alerts, all or none; `visible` says whether the user may see a region. */
    transition(input: AlertTransitionInput, actor: Actor, visible: (regionCode: string) => Promise<boolean>): Promise<string[]>;
    /** The alerts as the role may see them (individual payees masked for roles that may not). */
    maskFor<T extends MaskableAlert>(role: Role, alerts: T[]): Promise<T[]>;
    /** The anomaly list as CSV text chunks (UTF-8 with BOM), masked for the role. */
    exportCsv(filter: Partial<AlertFilter>, language: 'zh' | 'en', role: Role): AsyncIterable<string>;
    /** The anomaly list as XLSX bytes, masked for the role. */
    exportXlsx(filter: Partial<AlertFilter>, language: 'zh' | 'en', role: Role): AsyncIterable<Uint8Array>;
  };
  rules: {
    list(): Promise<RuleWithThresholdsOutput[]>;
    setThreshold(input: SetThresholdInput & { actor?: Actor }): Promise<RuleWithThresholdsOutput['overrides'][number]>;
    clearThreshold(input: { ruleCode: string; regionCode: string; actor?: Actor }): Promise<boolean>;
    run(input: RunDetectionInput): Promise<DetectionSummaryOutput>;
  };
}

export interface IngestServices {
  feeds(): Promise<FeedCatalog>;
  listBatches(input: ListBatchesInput): Promise<BatchPage>;
  getBatch(id: string): Promise<BatchDetail>;
  /** The batch's full error report as CSV text chunks (UTF-8 with BOM). */
  batchErrorsCsv(id: string): Promise<AsyncIterable<string>>;
  listQuarantine(input: QuarantineInput): Promise<QuarantinePage>;
  feedFreshness(): Promise<FeedFreshness>;
  listPresets(feed?: string): Promise<MappingPreset[]>;
  savePreset(input: MappingPresetInput): Promise<MappingPreset>;
  deletePreset(name: string): Promise<boolean>;
  /** Starts loading an uploaded file (already on disk; removed when the load ends). */
  startJob(request: UploadedFile): Promise<IngestJob>;
  getJob(id: string): Promise<IngestJob>;
}

export interface UploadedFile {
  feed: string;
  filePath: string;
  fileName: string;
  mode: 'strict' | 'quarantine';
  presetName?: string;
  /** The signed-in user who uploaded it (ingest_batches.created_by). */
  createdBy?: number;
}

export interface Context {
  services: Services;
  /** Correlates a request's log lines; never shown to users except as a support reference. */
  requestId: string;
  /** The signed-in user (null when signed out: every procedure then answers UNAUTHORIZED). */
  user: SessionUser | null;
  client: ClientInfo;
}
