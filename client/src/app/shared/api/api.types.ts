import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@server/trpc/app.router';

/**
 * The API's types, inferred from the server's router. Type-only: nothing from the server reaches
 * the browser bundle.
 */
export type { AppRouter };

type RouterInputs = inferRouterInputs<AppRouter>;
type RouterOutputs = inferRouterOutputs<AppRouter>;

export type ReferenceSummary = RouterOutputs['reference']['summary'];
export type RegionNode = ReferenceSummary['regions'][number];

export type OverviewInput = RouterInputs['overview']['get'];
export type Overview = RouterOutputs['overview']['get'];
export type BookExecution = Overview['books'][number];
export type SubRegionExecution = Overview['subRegions'][number];
/** GPB 一般公共预算, GFB 政府性基金预算, SCB 国有资本经营预算, SIF 社会保险基金预算. */
export type Book = BookExecution['book'];

export type FeedCatalog = RouterOutputs['ingest']['feeds'];
export type FeedInfo = FeedCatalog['feeds'][number];
export type FeedColumn = FeedInfo['columns'][number];
/** The twelve feeds of the feed contract (shared/FEEDS.md), by English key. */
export type FeedName = FeedInfo['name'];
export type ListBatchesInput = RouterInputs['ingest']['batches'];
export type BatchPage = RouterOutputs['ingest']['batches'];
export type BatchSummary = BatchPage['batches'][number];
export type BatchStatus = BatchSummary['status'];
export type BatchSource = BatchSummary['source'];
export type IngestMode = BatchSummary['mode'];
export type BatchDetail = RouterOutputs['ingest']['batch'];
export type BatchRowError = BatchDetail['errors'][number];
export type BatchWarning = BatchDetail['warningList'][number];
export type QuarantineInput = RouterInputs['ingest']['quarantine'];
export type QuarantinePage = RouterOutputs['ingest']['quarantine'];
export type QuarantinedRow = QuarantinePage['rows'][number];
export type FeedFreshness = RouterOutputs['ingest']['freshness'][number];
export type IngestJob = RouterOutputs['ingest']['job'];
export type IngestPhase = IngestJob['progress']['phase'];
export type MappingPreset = RouterOutputs['ingest']['presets']['list'][number];
export type MappingPresetInput = RouterInputs['ingest']['presets']['save'];
