import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { ApiClient } from '../shared/api/api-client';
import { LANG_STORAGE_KEY } from '../shared/i18n/i18n';
import { sampleCatalog, sampleFreshness } from '../testing/ingest-fixtures';
import { serverError } from '../testing/server-error';
import { waitFor } from '../testing/wait-for';
import { IngestPage } from './ingest-page';

type Api = jasmine.SpyObj<Pick<ApiClient, 'ingestFeeds' | 'ingestFreshness' | 'mappingPresets'>>;

describe('IngestPage', () => {
  let api: Api;
  let fixture: ComponentFixture<IngestPage>;
  let element: HTMLElement;

  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const text = (id: string) => byTestId(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  beforeEach(() => {
    localStorage.removeItem(LANG_STORAGE_KEY);
    api = jasmine.createSpyObj<Api>('ApiClient', ['ingestFeeds', 'ingestFreshness', 'mappingPresets']);
    api.ingestFreshness.and.resolveTo(sampleFreshness());
    api.mappingPresets.and.resolveTo([]);
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), { provide: ApiClient, useValue: api }] });
  });

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(IngestPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  afterEach(() => fixture.destroy());

  it('counts the feeds that need attention and lists every feed’s status', async () => {
    api.ingestFeeds.and.resolveTo(sampleCatalog());
    await render();
    await waitFor(fixture, () => byTestId('ingest-facts') !== null, 'the header facts');
    expect(text('facts-stale')).toBe('1');
    expect(text('facts-never')).toBe('1');
    expect(byTestId('tab-upload')).not.toBeNull();

    byTestId('tab-freshness')!.click();
    await waitFor(fixture, () => byTestId('freshness-table') !== null, 'the feed status table');
    expect(byTestId('freshness-row-payments')!.getAttribute('data-staleness')).toBe('stale');
    expect(byTestId('freshness-row-payments')!.querySelector('[data-testid="cell-rows"]')!.textContent.trim()).toBe('1,234,567');
    expect(byTestId('freshness-row-bonds')!.querySelector('[data-testid="cell-age"]')!.textContent.trim()).toBe('从未导入');
  });

  it('says why the page cannot open and retries on demand', async () => {
    api.ingestFeeds.and.rejectWith(serverError('服务器内部错误，请稍后重试', 'Internal server error, please try again later', 'INTERNAL_SERVER_ERROR', 500));
    await render();
    await waitFor(fixture, () => byTestId('ingest-error') !== null, 'the error');
    expect(text('ingest-error')).toContain('无法加载数据接口目录');
    expect(text('ingest-error')).toContain('服务器内部错误，请稍后重试');

    api.ingestFeeds.and.resolveTo(sampleCatalog());
    byTestId('ingest-error')!.querySelector<HTMLButtonElement>('button')!.click();
    await waitFor(fixture, () => byTestId('tab-upload') !== null, 'the tabs after a retry');
    expect(api.ingestFeeds).toHaveBeenCalledTimes(2);
  });
});
