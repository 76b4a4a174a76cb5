import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { FeedFreshness } from '../shared/api/api.types';
import { NO_VALUE } from '../shared/format/format-percent';
import { I18n } from '../shared/i18n/i18n';
import { TPipe } from '../shared/i18n/t.pipe';
import { buildFreshnessRows } from './feed-freshness-rows';

/** 接入状态: every feed with its size, last successful load and how long ago, and its last failure. */
@Component({
  selector: 'bw-feed-freshness-table',
  imports: [NzTableModule, NzTagModule, TPipe],
  template: `
    <nz-table
      #table
      data-testid="freshness-table"
      nzSize="middle"
      [nzData]="rows()"
      [nzShowPagination]="false"
      [nzFrontPagination]="false"
      [nzScroll]="{ x: '1100px' }"
    >
      <thead>
        <tr>
          <th scope="col" nzWidth="220px">{{ 'ingest.batch.feed' | t }}</th>
          <th scope="col" nzAlign="right" nzWidth="140px">{{ 'ingest.freshness.rows' | t }}</th>
          <th scope="col" nzWidth="180px">{{ 'ingest.freshness.lastLoad' | t }}</th>
          <th scope="col" nzWidth="110px">{{ 'ingest.freshness.source' | t }}</th>
          <th scope="col">{{ 'ingest.freshness.file' | t }}</th>
          <th scope="col" nzWidth="150px">{{ 'ingest.freshness.age' | t }}</th>
          <th scope="col" nzWidth="180px">{{ 'ingest.freshness.lastFailure' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of table.data; track row.feed) {
          <tr [attr.data-testid]="'freshness-row-' + row.feed" [attr.data-staleness]="row.staleness" [class.attention]="row.staleness !== 'fresh'">
            <td class="feed">
              <span class="feed-name">{{ row.name }}</span>
              <span class="feed-key">{{ row.feed }}</span>
            </td>
            <td nzAlign="right" class="number" data-testid="cell-rows">{{ row.rows }}</td>
            <td class="number">{{ row.lastLoad }}</td>
            <td>
              @if (row.source; as source) {
                <nz-tag [nzColor]="source.color">{{ source.label }}</nz-tag>
              } @else {
                {{ noValue }}
              }
            </td>
            <td class="file" [attr.title]="row.fileName">{{ row.fileName }}</td>
            <td>
              <nz-tag data-testid="cell-age" [nzColor]="row.age.color">{{ row.age.label }}</nz-tag>
            </td>
            <td class="number" [class.failure]="row.lastFailure !== null">{{ row.lastFailure ?? noValue }}</td>
          </tr>
        }
      </tbody>
    </nz-table>
  `,
  styles: `
    .feed-name {
      display: block;
      font-weight: 500;
    }

    .feed-key {
      color: rgba(0, 0, 0, 0.45);
      font-family: SFMono-Regular, Consolas, 'Liberation Mono', Menlo, monospace;
      font-size: 12px;
    }

    .number {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }

    .file {
      max-width: 260px;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }

    .attention > * {
      background: #fffbe6;
    }

    .failure {
      color: #cf1322;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeedFreshnessTable {
  private readonly i18n = inject(I18n);

  readonly feeds = input.required<readonly FeedFreshness[]>();

  protected readonly rows = computed(() => buildFreshnessRows(this.feeds(), this.i18n.lang()));
  protected readonly noValue = NO_VALUE;
}
