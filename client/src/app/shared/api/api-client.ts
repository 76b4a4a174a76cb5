import { Injectable, inject } from '@angular/core';
import type {
  BatchDetail,
  BatchPage,
  FeedCatalog,
  FeedFreshness,
  FeedName,
  IngestJob,
  ListBatchesInput,
  MappingPreset,
  MappingPresetInput,
  Overview,
  OverviewInput,
  QuarantineInput,
  QuarantinePage,
  ReferenceSummary,
} from './api.types';
import { ApiSession } from './api-session';
import { HttpApiError } from './http-api-error';
import type { UploadRequest } from './ingest-urls';
import type { UploadProgress } from './post-file';
import { createApiTrpcClient } from './trpc-client';

/**
 * The server's tRPC API, same origin under /trpc. Each method takes an AbortSignal so that a
 * superseded request (another region picked meanwhile) is cancelled rather than raced. Every call
 * carries the session's CSRF token; a 401 is reported to ApiSession.
 */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly session = inject(ApiSession);
  private readonly trpc = createApiTrpcClient(this.session);

  referenceSummary(signal?: AbortSignal): Promise<ReferenceSummary> {
    return this.trpc.reference.summary.query(undefined, { signal });
  }

  overview(input: OverviewInput, signal?: AbortSignal): Promise<Overview> {
    return this.trpc.overview.get.query(input, { signal });
  }

  ingestFeeds(signal?: AbortSignal): Promise<FeedCatalog> {
    return this.trpc.ingest.feeds.query(undefined, { signal });
  }

  ingestBatches(input: ListBatchesInput, signal?: AbortSignal): Promise<BatchPage> {
    return this.trpc.ingest.batches.query(input, { signal });
  }

  ingestBatch(id: string, signal?: AbortSignal): Promise<BatchDetail> {
    return this.trpc.ingest.batch.query({ id }, { signal });
  }

  ingestQuarantine(input: QuarantineInput, signal?: AbortSignal): Promise<QuarantinePage> {
    return this.trpc.ingest.quarantine.query(input, { signal });
  }

  ingestFreshness(signal?: AbortSignal): Promise<FeedFreshness[]> {
    return this.trpc.ingest.freshness.query(undefined, { signal });
  }

  ingestJob(id: string, signal?: AbortSignal): Promise<IngestJob> {
    return this.trpc.ingest.job.query({ id }, { signal });
  }

  /**
   * Starts a load: sends the file, then resolves with the job to follow through ingestJob. The
   * upload code is fetched on first use: only 数据接入 uploads, and ApiClient is in the initial bundle.
   */
  async uploadIngestFile(
    file: Blob,
    request: UploadRequest,
    onProgress?: (progress: UploadProgress) => void,
    signal?: AbortSignal,
  ): Promise<IngestJob> {
    const [{ postFile }, { ingestUploadUrl }] = await Promise.all([import('./post-file'), import('./ingest-urls')]);
    try {
      return await postFile<IngestJob>(ingestUploadUrl(request), file, {
        onProgress,
        signal,
        headers: this.session.headers(),
      });
    } catch (error) {
      if (error instanceof HttpApiError && error.status === 401) this.session.reportUnauthorized();
      throw error;
    }
  }

  mappingPresets(feed?: FeedName, signal?: AbortSignal): Promise<MappingPreset[]> {
    return this.trpc.ingest.presets.list.query(feed ? { feed } : {}, { signal });
  }

  saveMappingPreset(preset: MappingPresetInput): Promise<MappingPreset> {
    return this.trpc.ingest.presets.save.mutate(preset);
  }

  deleteMappingPreset(name: string): Promise<{ deleted: boolean }> {
    return this.trpc.ingest.presets.delete.mutate({ name });
  }
}
