import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { CloudUploadOutline, DeleteOutline, DownloadOutline, FileTextOutline, InboxOutline } from '@ant-design/icons-angular/icons';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { ApiClient } from '../shared/api/api-client';
import type { IngestJob } from '../shared/api/api.types';
import { HttpApiError } from '../shared/api/http-api-error';
import type { UploadProgress } from '../shared/api/post-file';
import { I18n, LANG_STORAGE_KEY } from '../shared/i18n/i18n';
import { refusedBatchDetail, sampleBatchDetail, sampleCatalog, sampleJob, samplePreset } from '../testing/ingest-fixtures';
import { chooseOption } from '../testing/nz-select';
import { waitFor } from '../testing/wait-for';
import { INGEST_POLL_INTERVAL_MS } from './ingest-upload-flow';
import { IngestUpload } from './ingest-upload';

type Api = jasmine.SpyObj<Pick<ApiClient, 'mappingPresets' | 'uploadIngestFile' | 'ingestJob' | 'ingestBatch'>>;

describe('IngestUpload', () => {
  let api: Api;
  let fixture: ComponentFixture<IngestUpload>;
  let element: HTMLElement;
  const finished: IngestJob[] = [];

  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const text = (id: string) => byTestId(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  function pickFile(name: string, content = 'region_code,region_name,level\n390198,新区,功能区\n'): File {
    const file = new File([content], name, { type: 'text/csv' });
    const transfer = new DataTransfer();
    transfer.items.add(file);
    byTestId('drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    return file;
  }

  async function startUpload(): Promise<File> {
    await chooseOption(fixture, 'upload-feed', 'regions');
    const file = pickFile('新增区划.csv');
    await fixture.whenStable();
    byTestId('upload-start')!.click();
    return file;
  }

  beforeEach(async () => {
    localStorage.removeItem(LANG_STORAGE_KEY);
    finished.length = 0;
    api = jasmine.createSpyObj<Api>('ApiClient', ['mappingPresets', 'uploadIngestFile', 'ingestJob', 'ingestBatch']);
    api.mappingPresets.and.resolveTo([samplePreset()]);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideNzIcons([CloudUploadOutline, DeleteOutline, DownloadOutline, FileTextOutline, InboxOutline]),
        { provide: ApiClient, useValue: api },
        { provide: INGEST_POLL_INTERVAL_MS, useValue: 1 },
      ],
    });
    fixture = TestBed.createComponent(IngestUpload);
    fixture.componentRef.setInput('catalog', sampleCatalog());
    fixture.componentInstance.finished.subscribe((job) => finished.push(job));
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => {
    fixture.destroy();
    document.documentElement.lang = 'zh-CN';
  });

  it('waits for a feed and a file before it can start, and offers the feed’s presets', async () => {
    expect((byTestId('upload-start') as HTMLButtonElement).disabled).toBeTrue();
    await chooseOption(fixture, 'upload-feed', 'regions');
    expect(api.mappingPresets).toHaveBeenCalledWith('regions', jasmine.any(AbortSignal));
    expect((byTestId('upload-start') as HTMLButtonElement).disabled).toBeTrue();
    pickFile('新增区划.csv');
    await fixture.whenStable();
    expect(text('chosen-file')).toContain('新增区划.csv');
    expect((byTestId('upload-start') as HTMLButtonElement).disabled).toBeFalse();
  });

  it('refuses a file type the readers do not understand', async () => {
    pickFile('报表.pdf');
    await fixture.whenStable();
    expect(text('file-refused')).toContain('不支持的文件类型：报表.pdf');
    expect(byTestId('chosen-file')).toBeNull();
  });

  it('shows upload bytes, then follows the job through its phases to the result', async () => {
    let reportUpload: (progress: UploadProgress) => void = () => undefined;
    let acceptUpload: (job: IngestJob) => void = () => undefined;
    api.uploadIngestFile.and.callFake((_file, _request, onProgress) => {
      reportUpload = onProgress!;
      return new Promise<IngestJob>((resolve) => (acceptUpload = resolve));
    });
    const jobs = [
      sampleJob({}, { phase: 'checking', bytesRead: 1024, totalBytes: 2048, rowsParsed: 600, rowsValid: 600 }),
      sampleJob({ state: 'done', status: 'succeeded', batchId: '42' }, { phase: 'done', bytesRead: 2048, totalBytes: 2048, rowsParsed: 1234, rowsValid: 1234, rowsStored: 1234 }),
    ];
    api.ingestJob.and.callFake(() => Promise.resolve(jobs.shift() ?? jobs[jobs.length - 1]!));
    api.ingestBatch.and.resolveTo(sampleBatchDetail());

    const file = await startUpload();
    await waitFor(fixture, () => byTestId('upload-progress') !== null, 'the progress panel');
    reportUpload({ loaded: file.size / 2, total: file.size });
    await fixture.whenStable();
    expect(byTestId('upload-progress')!.querySelector('.ant-progress-text')!.textContent.trim()).toBe('50%');

    acceptUpload(sampleJob());
    await waitFor(fixture, () => byTestId('batch-result') !== null, 'the result');
    expect(api.uploadIngestFile).toHaveBeenCalledWith(file, { feed: 'regions', mode: 'strict', preset: null, fileName: '新增区划.csv' }, jasmine.any(Function), jasmine.any(AbortSignal));
    expect(api.ingestJob).toHaveBeenCalledWith(sampleJob().id, jasmine.any(AbortSignal));
    expect(api.ingestBatch).toHaveBeenCalledWith('42', jasmine.any(AbortSignal));
    expect(text('rows-stored')).toBe('1,234');
    expect(text('result-status')).toBe('导入成功');
    expect(text('count-read')).toContain('1,234');
    expect(text('count-inserted')).toContain('1,200');
    expect(byTestId('job-phase')!.querySelectorAll('.ant-steps-item-finish').length).toBe(4);
    expect(finished.map((job) => job.status)).toEqual(['succeeded']);
  });

  it('shows the row errors and the report link of a file refused in strict mode', async () => {
    api.uploadIngestFile.and.resolveTo(sampleJob({ state: 'done', status: 'failed', batchId: '42' }, { phase: 'done' }));
    api.ingestBatch.and.resolveTo(refusedBatchDetail());
    await startUpload();
    await waitFor(fixture, () => byTestId('error-table') !== null, 'the error table');
    expect(text('result-status')).toBe('导入失败');
    expect(byTestId('strict-refused')).not.toBeNull();
    const rows = [...element.querySelectorAll('[data-testid="error-row"]')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent.trim()));
    expect(rows).toEqual([
      ['3', 'level', '街道', '级次“街道”无效'],
      ['4', 'region_code', '39', '行政区划代码须为6、9或12位数字'],
    ]);
    expect(byTestId('errors-csv')!.getAttribute('href')).toBe('/api/ingest/batches/42/errors.csv');
    expect(byTestId('job-phase')!.querySelector('.ant-steps-item-error')!.textContent).toContain('失败');
  });

  it('shows why an upload was refused, in the current language', async () => {
    TestBed.inject(I18n).setLang('en');
    api.uploadIngestFile.and.rejectWith(new HttpApiError(413, { messageZh: '文件超过上传上限 1 MB', messageEn: 'the file exceeds the upload limit of 1 MB' }));
    await startUpload();
    await waitFor(fixture, () => byTestId('upload-error') !== null, 'the upload error');
    expect(text('upload-error')).toContain('Upload failed');
    expect(text('upload-error')).toContain('the file exceeds the upload limit of 1 MB');
    expect(api.ingestJob).not.toHaveBeenCalled();
    expect(finished).toEqual([]);
    expect((byTestId('upload-start') as HTMLButtonElement).disabled).toBeFalse();
  });
});
