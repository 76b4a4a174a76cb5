import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { ApiClient } from '../shared/api/api-client';
import type { FeedName } from '../shared/api/api.types';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { formatCount } from '../shared/format/format-count';
import { I18n } from '../shared/i18n/i18n';
import { TPipe } from '../shared/i18n/t.pipe';
import { feedLabel } from './ingest-vocabulary';
import { buildQuarantineRows } from './quarantine-rows';

const PAGE_SIZE = 20;

/** 隔离数据: rows a quarantine-mode load set aside, with their raw cells and reasons. */
@Component({
  selector: 'bw-quarantine-list',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzEmptyModule, NzIconModule, NzResultModule, NzSelectModule, NzTableModule, TPipe],
  template: `
    <nz-alert class="note" nzType="info" nzShowIcon [nzMessage]="'ingest.quarantine.note' | t" />
    <div class="toolbar">
      <nz-select
        class="filter"
        data-testid="quarantine-feed"
        nzAllowClear
        nzShowSearch
        [nzPlaceHolder]="'ingest.history.allFeeds' | t"
        [attr.aria-label]="'ingest.batch.feed' | t"
        [ngModel]="feed()"
        (ngModelChange)="filterFeed($event)"
      >
        @for (option of feedOptions(); track option.value) {
          <nz-option [nzValue]="option.value" [nzLabel]="option.label" />
        }
      </nz-select>
      <span class="spacer"></span>
      <button nz-button type="button" (click)="page.reload()"><nz-icon nzType="reload" />{{ 'ingest.refresh' | t }}</button>
    </div>
    @if (page.status() === 'error') {
      <nz-result nzStatus="error" [nzTitle]="'ingest.quarantine.error' | t" [nzSubTitle]="errorMessage()">
        <div nz-result-extra>
          <button nz-button nzType="primary" type="button" (click)="page.reload()">{{ 'ingest.retry' | t }}</button>
        </div>
      </nz-result>
    } @else {
      <nz-table
        #table
        data-testid="quarantine-table"
        nzSize="middle"
        [nzData]="rows()"
        [nzFrontPagination]="false"
        [nzTotal]="total()"
        [nzPageSize]="pageSize"
        [nzPageIndex]="pageIndex()"
        (nzPageIndexChange)="pageIndex.set($event)"
        [nzLoading]="page.isLoading()"
        [nzShowTotal]="totalTemplate"
        [nzNoResult]="emptyQuarantine"
      >
        <thead>
          <tr>
            <th scope="col" nzWidth="80px">{{ 'ingest.quarantine.batch' | t }}</th>
            <th scope="col" nzWidth="200px">{{ 'ingest.quarantine.file' | t }}</th>
            <th scope="col" nzAlign="right" nzWidth="80px">{{ 'ingest.quarantine.row' | t }}</th>
            <th scope="col">{{ 'ingest.quarantine.raw' | t }}</th>
            <th scope="col" nzWidth="360px">{{ 'ingest.quarantine.reasons' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of table.data; track row.id) {
            <tr data-testid="quarantine-row">
              <td class="number">#{{ row.batchId }}</td>
              <td class="file" [attr.title]="row.fileName">{{ row.fileName }}</td>
              <td nzAlign="right" class="number">{{ row.rowNumber }}</td>
              <td>
                <dl class="raw">
                  @for (cell of row.raw; track cell.header) {
                    <div class="cell">
                      <dt>{{ cell.header }}</dt>
                      <dd>{{ cell.value }}</dd>
                    </div>
                  }
                </dl>
              </td>
              <td>
                <ul class="reasons">
                  @for (reason of row.reasons; track $index) {
                    <li>
                      @if (reason.column) {
                        <code>{{ reason.column }}</code>
                      }
                      {{ reason.text }}
                    </li>
                  }
                </ul>
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #emptyQuarantine><nz-empty nzNotFoundImage="simple" [nzNotFoundContent]="'ingest.quarantine.empty' | t" /></ng-template>
      <ng-template #totalTemplate>{{ 'ingest.total' | t: { total: totalText() } }}</ng-template>
    }
  `,
  styles: `
    :host {
      display: block;
    }

    .note,
    .toolbar {
      margin-bottom: 16px;
    }

    .toolbar {
      display: flex;
      align-items: center;
      gap: 12px;
    }

    .filter {
      width: 260px;
    }

    .spacer {
      flex: 1;
    }

    .number {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }

    .file {
      max-width: 200px;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }

    .raw {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 6px;
      margin: 0;
    }

    .cell {
      display: inline-flex;
      border: 1px solid #f0f0f0;
      border-radius: 2px;
      font-size: 12px;
    }

    .cell dt {
      padding: 0 6px;
      background: #fafafa;
      color: rgba(0, 0, 0, 0.45);
    }

    .cell dd {
      margin: 0;
      padding: 0 6px;
      word-break: break-all;
    }

    .reasons {
      margin: 0;
      padding-left: 16px;
      color: #cf1322;
    }

    code {
      padding: 0 4px;
      background: #f5f5f5;
      border-radius: 2px;
      color: rgba(0, 0, 0, 0.65);
      font-size: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuarantineList {
  private readonly api = inject(ApiClient);
  private readonly i18n = inject(I18n);

  readonly feeds = input.required<readonly FeedName[]>();
  readonly version = input(0);

  protected readonly feed = signal<FeedName | null>(null);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = PAGE_SIZE;

  protected readonly page = resource({
    params: () => ({
      query: { feed: this.feed() ?? undefined, limit: PAGE_SIZE, offset: (this.pageIndex() - 1) * PAGE_SIZE },
      version: this.version(),
    }),
    loader: ({ params, abortSignal }) => this.api.ingestQuarantine(params.query, abortSignal),
  });

  private readonly lang = this.i18n.lang;
  protected readonly rows = computed(() => (this.page.hasValue() ? buildQuarantineRows(this.page.value().rows, this.lang()) : []));
  protected readonly total = computed(() => (this.page.hasValue() ? this.page.value().total : 0));
  protected readonly totalText = computed(() => formatCount(this.total(), this.lang()));
  protected readonly errorMessage = computed(() => (this.page.status() === 'error' ? apiErrorMessage(this.page.error(), this.lang()) : ''));
  protected readonly feedOptions = computed(() => this.feeds().map((feed) => ({ value: feed, label: feedLabel(feed, this.lang()) })));

  protected filterFeed(feed: FeedName | null): void {
    this.feed.set(feed);
    this.pageIndex.set(1);
  }
}
