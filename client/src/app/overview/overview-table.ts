import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NzTableModule } from 'ng-zorro-antd/table';
import { TPipe } from '../shared/i18n/t.pipe';
import type { OverviewTableRow } from './overview-table-rows';

/** The figures of record: every amount in exact yuan, so each number can be checked and quoted. */
@Component({
  selector: 'bw-overview-table',
  imports: [NzTableModule, TPipe],
  template: `
    <nz-table
      #table
      data-testid="overview-table"
      [nzData]="rows()"
      [nzShowPagination]="false"
      [nzFrontPagination]="false"
      nzBordered
      nzSize="middle"
      [nzScroll]="{ x: '960px' }"
    >
      <thead>
        <tr>
          <th scope="col">{{ 'overview.table.book' | t }}</th>
          <th scope="col" nzAlign="right">{{ 'overview.budget' | t }}</th>
          <th scope="col" nzAlign="right">{{ 'overview.executed' | t }}</th>
          <th scope="col" nzAlign="right">{{ 'overview.executionRate' | t }}</th>
          <th scope="col" nzAlign="right">{{ 'overview.revenueBudget' | t }}</th>
          <th scope="col" nzAlign="right">{{ 'overview.revenueActual' | t }}</th>
          <th scope="col" nzAlign="right">{{ 'overview.revenueRate' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of table.data; track row.book) {
          <tr [attr.data-testid]="'overview-row-' + row.book">
            <th scope="row" class="book">{{ row.name }}</th>
            <td nzAlign="right" data-testid="cell-budget">{{ row.budget }}</td>
            <td nzAlign="right" data-testid="cell-executed">{{ row.executed }}</td>
            <td nzAlign="right" data-testid="cell-rate">{{ row.executionRate }}</td>
            <td nzAlign="right" data-testid="cell-revenue-budget">{{ row.revenueBudget }}</td>
            <td nzAlign="right" data-testid="cell-revenue-actual">{{ row.revenueActual }}</td>
            <td nzAlign="right" data-testid="cell-revenue-rate">{{ row.revenueRate }}</td>
          </tr>
        }
      </tbody>
    </nz-table>
  `,
  styles: `
    td {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }

    .book {
      font-weight: 500;
      text-align: left;
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewTable {
  readonly rows = input.required<OverviewTableRow[]>();
}
