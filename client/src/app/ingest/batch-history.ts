import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ApiClient } from '../shared/api/api-client';
import type { BatchStatus, FeedName } from '../shared/api/api.types';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { formatCount } from '../shared/format/format-count';
import { I18n } from '../shared/i18n/i18n';
import { TPipe } from '../shared/i18n/t.pipe';
import { BatchResult } from './batch-result';
import { buildBatchHistoryRows } from './batch-history-rows';
import { BATCH_STATUSES, feedLabel } from './ingest-vocabulary';

const PAGE_SIZE = 20;

/** 导入记录: every load, newest first, filtered by feed and status; a batch opens in a drawer. */
@Component({
  selector: 'bw-batch-history',
  imports: [
    FormsModule,
    NzButtonModule,
    NzDrawerModule,
    NzEmptyModule,
    NzIconModule,
    NzResultModule,
    NzSelectModule,
    NzSkeletonModule,
    NzTableModule,
    NzTagModule,
    TPipe,
    BatchResult,
  ],
  templateUrl: './batch-history.html',
  styleUrl: './batch-history.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BatchHistory {
  private readonly api = inject(ApiClient);
  private readonly i18n = inject(I18n);

  readonly feeds = input.required<readonly FeedName[]>();
  /** Bumped after each load the page started, so the list is fetched again. */
  readonly version = input(0);

  protected readonly feed = signal<FeedName | null>(null);
  protected readonly status = signal<BatchStatus | null>(null);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = PAGE_SIZE;
  protected readonly selectedId = signal<string | null>(null);

  protected readonly page = resource({
    params: () => ({
      query: { feed: this.feed() ?? undefined, status: this.status() ?? undefined, limit: PAGE_SIZE, offset: (this.pageIndex() - 1) * PAGE_SIZE },
      version: this.version(),
    }),
    loader: ({ params, abortSignal }) => this.api.ingestBatches(params.query, abortSignal),
  });
  protected readonly detail = resource({
    params: () => this.selectedId() ?? undefined,
    loader: ({ params, abortSignal }) => this.api.ingestBatch(params, abortSignal),
  });

  private readonly lang = this.i18n.lang;
  protected readonly rows = computed(() => (this.page.hasValue() ? buildBatchHistoryRows(this.page.value().batches, this.lang()) : []));
  protected readonly total = computed(() => (this.page.hasValue() ? this.page.value().total : 0));
  protected readonly totalText = computed(() => formatCount(this.total(), this.lang()));
  protected readonly errorMessage = computed(() => (this.page.status() === 'error' ? apiErrorMessage(this.page.error(), this.lang()) : ''));
  protected readonly detailError = computed(() => (this.detail.status() === 'error' ? apiErrorMessage(this.detail.error(), this.lang()) : ''));
  protected readonly feedOptions = computed(() => this.feeds().map((feed) => ({ value: feed, label: feedLabel(feed, this.lang()) })));
  protected readonly statusOptions = (Object.keys(BATCH_STATUSES) as BatchStatus[]).map((status) => ({ status, labelKey: BATCH_STATUSES[status].labelKey }));
  protected readonly drawerTitle = computed(() => {
    const detail = this.detail.hasValue() ? this.detail.value() : null;
    return detail ? this.i18n.t('ingest.history.detailTitle', { id: detail.id, file: detail.fileName }) : this.i18n.t('ingest.history.detail');
  });

  protected filterFeed(feed: FeedName | null): void {
    this.feed.set(feed);
    this.pageIndex.set(1);
  }

  protected filterStatus(status: BatchStatus | null): void {
    this.status.set(status);
    this.pageIndex.set(1);
  }

  protected open(id: string): void {
    this.selectedId.set(id);
  }

  protected close(): void {
    this.selectedId.set(null);
  }
}
