import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { FundCardView } from './fund-card-views';
import { SocialFundsTPipe } from './social-funds-t.pipe';

/** One fund's (or every fund's) reserve in months of spending, its level, and the year's income and spending. */
@Component({
  selector: 'bw-fund-card',
  imports: [NzTagModule, SocialFundsTPipe],
  template: `
    @let card = view();
    <button
      type="button"
      role="radio"
      [class]="'card level-' + card.level"
      [class.selected]="card.selected"
      [class.total]="card.fundType === null"
      [attr.aria-checked]="card.selected"
      data-testid="fund-card"
      [attr.data-fund]="card.fundType ?? ''"
      (click)="pick.emit()"
    >
      <span class="head">
        <span class="name">{{ card.name }}</span>
        <nz-tag [nzColor]="levelColor[card.level]" data-testid="fund-level">{{ card.levelText }}</nz-tag>
      </span>
      <span class="months">
        <span class="label">{{ 'socialFunds.card.monthsPayable' | st }}</span>
        <span class="months-value" data-testid="fund-months">{{ card.monthsPayable }}</span>
        @if (card.level !== 'none') {
          <span class="months-unit">{{ 'socialFunds.card.monthsUnit' | st }}</span>
        }
      </span>
      <span class="average">{{ card.average }}</span>
      <span class="figures">
        <span>
          <span class="label">{{ 'socialFunds.card.balance' | st }}</span>
          <span class="amount" data-testid="fund-balance">{{ card.balance }}</span>
        </span>
        <span>
          <span class="label">{{ 'socialFunds.card.surplus' | st }}</span>
          <span class="amount" [class.down]="card.deficit" data-testid="fund-surplus">{{ card.surplus }}</span>
        </span>
        <span>
          <span class="label">{{ 'socialFunds.card.income' | st }}</span>
          <span class="amount small">{{ card.income }}</span>
        </span>
        <span>
          <span class="label">{{ 'socialFunds.card.expenditure' | st }}</span>
          <span class="amount small">{{ card.expenditure }}</span>
        </span>
      </span>
      <span class="foot">
        @if (card.deficit) {
          <nz-tag nzColor="gold" data-testid="fund-deficit">{{ 'socialFunds.deficit' | st }}</nz-tag>
        }
        @if (card.latest) {
          <span class="latest">{{ card.latest }}</span>
        }
      </span>
    </button>
  `,
  styleUrl: './fund-card.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FundCard {
  readonly view = input.required<FundCardView>();
  readonly pick = output();

  protected readonly levelColor: Record<FundCardView['level'], string> = {
    normal: 'green',
    yellow: 'gold',
    red: 'red',
    none: 'default',
  };
}
