import { DestroyRef, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import { ApiClient } from '../shared/api/api-client';
import type { BatchDetail, IngestJob } from '../shared/api/api.types';
import type { UploadRequest } from '../shared/api/ingest-urls';
import type { UploadProgress } from '../shared/api/post-file';

/** How often a running load is asked for its progress. */
export const INGEST_POLL_INTERVAL_MS = new InjectionToken<number>('INGEST_POLL_INTERVAL_MS', { factory: () => 500 });

/**
 * idle: nothing sent yet; uploading: bytes going out; loading: the server reads, checks and stores;
 * done: the job ended (its batch may still have failed); error: the upload was refused or the
 * job could not be followed.
 */
export type UploadStage = 'idle' | 'uploading' | 'loading' | 'done' | 'error';

/**
 * One upload at a time, from the first byte to the batch's result: sends the file, then polls the
 * job until it is done and fetches the batch it produced. Provided by the upload component, so
 * leaving the page cancels the upload and stops the polling.
 */
@Injectable()
export class IngestUploadFlow {
  private readonly api = inject(ApiClient);
  private readonly pollInterval = inject(INGEST_POLL_INTERVAL_MS);
  private controller: AbortController | null = null;

  readonly stage = signal<UploadStage>('idle');
  readonly upload = signal<UploadProgress | null>(null);
  readonly job = signal<IngestJob | null>(null);
  readonly result = signal<BatchDetail | null>(null);
  /** What failed: the upload itself ('upload') or following the job ('follow'). */
  readonly failure = signal<{ during: 'upload' | 'follow'; error: unknown } | null>(null);
  readonly busy = computed(() => this.stage() === 'uploading' || this.stage() === 'loading');

  constructor() {
    inject(DestroyRef).onDestroy(() => this.controller?.abort());
  }

  /** Sends the file and follows its load; resolves with the finished job, or null if it did not finish. */
  async start(file: File, request: UploadRequest): Promise<IngestJob | null> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const { signal } = controller;
    this.stage.set('uploading');
    this.upload.set({ loaded: 0, total: file.size });
    this.job.set(null);
    this.result.set(null);
    this.failure.set(null);

    let job: IngestJob;
    try {
      job = await this.api.uploadIngestFile(file, request, (progress) => this.upload.set(progress), signal);
    } catch (error) {
      return this.fail('upload', error, signal);
    }
    try {
      this.job.set(job);
      this.stage.set('loading');
      while (job.state !== 'done') {
        await sleep(this.pollInterval, signal);
        job = await this.api.ingestJob(job.id, signal);
        this.job.set(job);
      }
      if (job.batchId !== null) this.result.set(await this.api.ingestBatch(job.batchId, signal));
      this.stage.set('done');
      return job;
    } catch (error) {
      return this.fail('follow', error, signal);
    }
  }

  /** Stops sending the file (a load the server has started goes on and appears in the history). */
  cancel(): void {
    this.controller?.abort();
    this.controller = null;
    this.clear();
  }

  /** Back to an empty form after a finished or failed upload. */
  reset(): void {
    if (!this.busy()) this.clear();
  }

  private clear(): void {
    this.stage.set('idle');
    this.upload.set(null);
    this.job.set(null);
    this.result.set(null);
    this.failure.set(null);
  }

  private fail(during: 'upload' | 'follow', error: unknown, signal: AbortSignal): null {
    if (signal.aborted) return null;
    this.failure.set({ during, error });
    this.stage.set('error');
    return null;
  }
}

function sleep(milliseconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, milliseconds);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new DOMException('aborted', 'AbortError'));
      },
      { once: true },
    );
  });
}
