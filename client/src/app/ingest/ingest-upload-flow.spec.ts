import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiClient } from '../shared/api/api-client';
import type { IngestJob } from '../shared/api/api.types';
import { sampleBatchDetail, sampleJob } from '../testing/ingest-fixtures';
import { INGEST_POLL_INTERVAL_MS, IngestUploadFlow } from './ingest-upload-flow';

type Api = jasmine.SpyObj<Pick<ApiClient, 'uploadIngestFile' | 'ingestJob' | 'ingestBatch'>>;

describe('IngestUploadFlow', () => {
  let api: Api;
  let flow: IngestUploadFlow;
  const file = new File(['region_code\n390198\n'], 'regions.csv');
  const request = { feed: 'regions', mode: 'strict', preset: null, fileName: 'regions.csv' } as const;

  beforeEach(() => {
    api = jasmine.createSpyObj<Api>('ApiClient', ['uploadIngestFile', 'ingestJob', 'ingestBatch']);
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), IngestUploadFlow, { provide: ApiClient, useValue: api }, { provide: INGEST_POLL_INTERVAL_MS, useValue: 1 }],
    });
    flow = TestBed.inject(IngestUploadFlow);
  });

  it('polls until the job is done, then fetches its batch', async () => {
    api.uploadIngestFile.and.resolveTo(sampleJob());
    const states: IngestJob[] = [sampleJob({}, { phase: 'storing' }), sampleJob({ state: 'done', status: 'succeeded', batchId: '42' }, { phase: 'done' })];
    api.ingestJob.and.callFake(() => Promise.resolve(states.shift()!));
    api.ingestBatch.and.resolveTo(sampleBatchDetail());
    const job = await flow.start(file, request);
    expect(job?.status).toBe('succeeded');
    expect(api.ingestJob).toHaveBeenCalledTimes(2);
    expect(flow.stage()).toBe('done');
    expect(flow.result()?.id).toBe('42');
  });

  it('ends without a batch when the job has none', async () => {
    const failed = sampleJob({ state: 'done', status: 'failed', fileErrors: [{ zh: '导入失败，未保存任何数据', en: 'the load failed and nothing was stored' }] });
    api.uploadIngestFile.and.resolveTo(failed);
    expect(await flow.start(file, request)).toEqual(failed);
    expect(api.ingestBatch).not.toHaveBeenCalled();
    expect(flow.result()).toBeNull();
    expect(flow.stage()).toBe('done');
  });

  it('cancels an upload in flight and goes back to idle without reporting a failure', async () => {
    let signal: AbortSignal | undefined;
    api.uploadIngestFile.and.callFake((_file, _request, _progress, abortSignal) => {
      signal = abortSignal;
      return new Promise<IngestJob>((_resolve, reject) => abortSignal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    });
    const started = flow.start(file, request);
    expect(flow.stage()).toBe('uploading');
    flow.cancel();
    expect(await started).toBeNull();
    expect(signal?.aborted).toBeTrue();
    expect(flow.stage()).toBe('idle');
    expect(flow.failure()).toBeNull();
  });

  it('reports a job it can no longer follow', async () => {
    api.uploadIngestFile.and.resolveTo(sampleJob());
    api.ingestJob.and.rejectWith(new TypeError('Failed to fetch'));
    expect(await flow.start(file, request)).toBeNull();
    expect(flow.stage()).toBe('error');
    expect(flow.failure()?.during).toBe('follow');
  });

  it('stops polling when its component goes away', async () => {
    api.uploadIngestFile.and.resolveTo(sampleJob());
    api.ingestJob.and.resolveTo(sampleJob());
    const started = flow.start(file, request);
    await new Promise((resolve) => setTimeout(resolve, 20));
    TestBed.resetTestingModule();
    expect(await started).toBeNull();
    const calls = api.ingestJob.calls.count();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(api.ingestJob.calls.count()).toBe(calls);
  });
});
