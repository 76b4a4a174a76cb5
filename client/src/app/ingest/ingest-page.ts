import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, resource, signal } from '@angular/core';
import {
  CloudUploadOutline,
  DatabaseOutline,
  DownloadOutline,
  FileTextOutline,
  HistoryOutline,
  InboxOutline,
  PlusOutline,
  ReloadOutline,
  SafetyOutline,
  SettingOutline,
} from '@ant-design/icons-angular/icons';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { ApiClient } from '../shared/api/api-client';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { I18n } from '../shared/i18n/i18n';
import { TPipe } from '../shared/i18n/t.pipe';
import { BatchHistory } from './batch-history';
import { FeedFreshnessTable } from './feed-freshness-table';
import { countStaleFeeds } from './feed-freshness-rows';
import { STALE_AFTER_DAYS } from './feed-staleness';
import { IngestUpload } from './ingest-upload';
import { PresetList } from './preset-list';
import { QuarantineList } from './quarantine-list';

/**
 * 数据接入: committee staff load the agencies' files and check what arrived. Upload, feed status,
 * load history, quarantined rows and mapping presets, one tab each.
 */
@Component({
  selector: 'bw-ingest-page',
  imports: [
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzPageHeaderModule,
    NzResultModule,
    NzSkeletonModule,
    NzTabsModule,
    TPipe,
    BatchHistory,
    FeedFreshnessTable,
    IngestUpload,
    PresetList,
    QuarantineList,
  ],
  templateUrl: './ingest-page.html',
  styleUrls: ['./ingest-page.vendor.css', './ingest-page.css'],
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Registered with the page's chunk rather than the initial bundle.
  providers: [
    provideNzIconsPatch([
      CloudUploadOutline,
      DatabaseOutline,
      DownloadOutline,
      FileTextOutline,
      HistoryOutline,
      InboxOutline,
      PlusOutline,
      ReloadOutline,
      SafetyOutline,
      SettingOutline,
    ]),
  ],
  host: { 'data-testid': 'ingest-page' },
})
export class IngestPage {
  private readonly api = inject(ApiClient);
  private readonly i18n = inject(I18n);

  /** Bumped after each load started here: history, quarantine and feed status are fetched again. */
  protected readonly loadsVersion = signal(0);
  /** Bumped when a preset is saved or deleted: the upload form's preset choices are fetched again. */
  protected readonly presetsVersion = signal(0);
  protected readonly selectedTab = signal(0);

  protected readonly catalog = resource({ loader: ({ abortSignal }) => this.api.ingestFeeds(abortSignal) });
  protected readonly freshness = resource({
    params: () => ({ version: this.loadsVersion() }),
    loader: ({ abortSignal }) => this.api.ingestFreshness(abortSignal),
  });

  protected readonly feedNames = computed(() => (this.catalog.hasValue() ? this.catalog.value().feeds.map((feed) => feed.name) : []));
  protected readonly attention = computed(() => (this.freshness.hasValue() ? countStaleFeeds(this.freshness.value()) : null));
  protected readonly staleDays = STALE_AFTER_DAYS;
  protected readonly catalogError = computed(() => (this.catalog.status() === 'error' ? apiErrorMessage(this.catalog.error(), this.i18n.lang()) : ''));
  protected readonly freshnessError = computed(() => (this.freshness.status() === 'error' ? apiErrorMessage(this.freshness.error(), this.i18n.lang()) : ''));

  protected onLoadFinished(): void {
    this.loadsVersion.update((version) => version + 1);
  }

  protected onPresetsChanged(): void {
    this.presetsVersion.update((version) => version + 1);
  }
}
