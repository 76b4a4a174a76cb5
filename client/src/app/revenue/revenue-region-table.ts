import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { amountUnitLabel } from '../shared/format/format-amount';
import { I18n } from '../shared/i18n/i18n';
import { buildRegionRows } from './region-rows';
import { RevenueTPipe } from './revenue-t.pipe';
import type { RevenueRegions } from './revenue.types';

/** The region's own rows and each sub-region: budget, collection, pace against time and last year. */
@Component({
  selector: 'bw-revenue-region-table',
  imports: [NzTableModule, NzTagModule, RevenueTPipe],
  template: `
    <nz-table
      #table
      data-testid="revenue-region-table"
      nzSize="middle"
      [nzData]="rows()"
      [nzShowPagination]="false"
      [nzFrontPagination]="false"
      [nzScroll]="{ x: '1080px' }"
    >
      <thead>
        <tr>
          <th scope="col">{{ 'revenue.col.region' | rt }}</th>
          <th scope="col" nzWidth="140px" nzAlign="right">{{ 'revenue.col.budget' | rt: { unit: wan() } }}</th>
          <th scope="col" nzWidth="140px" nzAlign="right">{{ 'revenue.col.actual' | rt: { unit: wan() } }}</th>
          <th scope="col" nzWidth="110px" nzAlign="right">{{ 'revenue.col.rate' | rt }}</th>
          <th scope="col" nzWidth="180px" nzAlign="right">{{ 'revenue.col.gap' | rt }}</th>
          <th scope="col" nzWidth="140px" nzAlign="right">{{ 'revenue.col.lastYear' | rt: { unit: wan() } }}</th>
          <th scope="col" nzWidth="90px" nzAlign="right">{{ 'revenue.col.growth' | rt }}</th>
          <th scope="col" nzWidth="130px">{{ 'revenue.col.latest' | rt }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of table.data; track row.regionCode) {
          <tr data-testid="revenue-region-row" [attr.data-region-code]="row.regionCode">
            <td class="name">{{ row.name }}</td>
            <td nzAlign="right" class="number" [attr.title]="row.budget.exact">{{ row.budget.text }}</td>
            <td nzAlign="right" class="number" data-testid="cell-actual" [attr.title]="row.actual.exact">
              {{ row.actual.text }}
            </td>
            <td nzAlign="right" class="number" data-testid="cell-rate">{{ row.rate }}</td>
            <td nzAlign="right" class="number" data-testid="cell-gap">
              @if (row.behindPace) {
                <nz-tag nzColor="orange">{{ row.gap }}</nz-tag>
              } @else {
                {{ row.gap }}
              }
            </td>
            <td nzAlign="right" class="number muted" [attr.title]="row.lastYear.exact">{{ row.lastYear.text }}</td>
            <td nzAlign="right" class="number" [class.down]="row.growthDown">{{ row.growth }}</td>
            <td [class.lagging]="row.lagging">{{ row.latest }}</td>
          </tr>
        }
      </tbody>
    </nz-table>
  `,
  styles: `
    :host {
      display: block;
    }
    .name {
      font-weight: 500;
    }
    .number {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .number nz-tag {
      margin: 0;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .down,
    .lagging {
      color: #cf1322;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevenueRegionTable {
  private readonly i18n = inject(I18n);

  readonly regions = input.required<RevenueRegions>();

  protected readonly wan = computed(() => amountUnitLabel('wan', this.i18n.lang()));
  protected readonly rows = computed(() => buildRegionRows(this.regions(), this.i18n.lang()));
}
