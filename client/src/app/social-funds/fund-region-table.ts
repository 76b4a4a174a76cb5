import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { amountUnitLabel } from '../shared/format/format-amount';
import { I18n } from '../shared/i18n/i18n';
import { buildBranchRows } from './branch-rows';
import { SocialFundsTPipe } from './social-funds-t.pipe';
import type { SocialFundRegions } from './social-funds.types';

/** The region's own rows and each sub-region: the year's income and spending, reserve and months payable. */
@Component({
  selector: 'bw-fund-region-table',
  imports: [NzTableModule, NzTagModule, SocialFundsTPipe],
  template: `
    <nz-table
      #table
      data-testid="fund-region-table"
      nzSize="middle"
      [nzData]="rows()"
      [nzShowPagination]="false"
      [nzFrontPagination]="false"
      [nzScroll]="{ x: '1120px' }"
    >
      <thead>
        <tr>
          <th scope="col">{{ 'socialFunds.col.region' | st }}</th>
          <th scope="col" nzWidth="140px" nzAlign="right">{{ 'socialFunds.col.income' | st: { unit: wan() } }}</th>
          <th scope="col" nzWidth="140px" nzAlign="right">{{ 'socialFunds.col.expenditure' | st: { unit: wan() } }}</th>
          <th scope="col" nzWidth="150px" nzAlign="right">{{ 'socialFunds.col.surplus' | st: { unit: wan() } }}</th>
          <th scope="col" nzWidth="150px" nzAlign="right">{{ 'socialFunds.col.balance' | st: { unit: wan() } }}</th>
          <th scope="col" nzWidth="150px" nzAlign="right">{{ 'socialFunds.col.average' | st: { unit: wan() } }}</th>
          <th scope="col" nzWidth="170px" nzAlign="right">{{ 'socialFunds.col.monthsPayable' | st }}</th>
          <th scope="col" nzWidth="90px">{{ 'socialFunds.col.latest' | st }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of table.data; track row.regionCode) {
          <tr data-testid="fund-region-row" [attr.data-region-code]="row.regionCode">
            <td class="name">{{ row.name }}</td>
            <td nzAlign="right" class="number" [attr.title]="row.income.exact">{{ row.income.text }}</td>
            <td nzAlign="right" class="number" [attr.title]="row.expenditure.exact">{{ row.expenditure.text }}</td>
            <td
              nzAlign="right"
              class="number"
              data-testid="cell-surplus"
              [class.down]="row.deficit"
              [attr.title]="row.surplus.exact"
            >
              @if (row.deficit) {
                <nz-tag nzColor="gold">{{ 'socialFunds.deficit' | st }}</nz-tag>
              }
              {{ row.surplus.text }}
            </td>
            <td nzAlign="right" class="number" data-testid="cell-balance" [attr.title]="row.balance.exact">
              {{ row.balance.text }}
            </td>
            <td nzAlign="right" class="number muted" [attr.title]="row.average.exact">{{ row.average.text }}</td>
            <td nzAlign="right" class="number" data-testid="cell-months">
              @if (row.level === 'yellow' || row.level === 'red') {
                <nz-tag [nzColor]="row.level === 'red' ? 'red' : 'gold'" [attr.title]="row.levelText">{{
                  row.monthsPayable
                }}</nz-tag>
              } @else {
                {{ row.monthsPayable }}
              }
            </td>
            <td>{{ row.latest }}</td>
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
      margin: 0 0 0 4px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .down {
      color: #cf1322;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FundRegionTable {
  private readonly i18n = inject(I18n);

  readonly regions = input.required<SocialFundRegions>();

  protected readonly wan = computed(() => amountUnitLabel('wan', this.i18n.lang()));
  protected readonly rows = computed(() => buildBranchRows(this.regions(), this.i18n.lang()));
}
