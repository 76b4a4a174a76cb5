import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { BookCardView } from './book-card-views';
import { RevenueTPipe } from './revenue-t.pipe';

/** One book's collection against its budget and time progress; a button that shows the book below. */
@Component({
  selector: 'bw-revenue-book-card',
  imports: [NzProgressModule, NzTagModule, RevenueTPipe],
  template: `
    @let card = view();
    <button
      type="button"
      class="card"
      role="radio"
      [class.selected]="card.selected"
      [attr.aria-checked]="card.selected"
      [attr.data-testid]="'revenue-book-' + card.book"
      (click)="pick.emit()"
    >
      <span class="head">
        <span class="name">{{ card.name }}</span>
        @if (card.pace === 'flagged') {
          <nz-tag nzColor="orange" data-testid="revenue-book-behind">{{ 'revenue.card.behindTag' | rt }}</nz-tag>
        }
      </span>
      <span class="figures">
        <span>
          <span class="label">{{ 'revenue.card.actual' | rt }}</span>
          <span class="amount" data-testid="revenue-book-actual">{{ card.actual }}</span>
        </span>
        <span>
          <span class="label">{{ 'revenue.card.budget' | rt }}</span>
          <span class="amount muted" data-testid="revenue-book-budget">{{ card.budget }}</span>
        </span>
      </span>
      <span class="rate">
        <span class="label">{{ 'revenue.card.rate' | rt }}</span>
        <span class="rate-value" data-testid="revenue-book-rate">{{ card.rate }}</span>
      </span>
      <span class="bar">
        <nz-progress
          [nzPercent]="card.ratePercent ?? 0"
          [nzShowInfo]="false"
          [nzStrokeColor]="card.pace === 'flagged' ? '#fa8c16' : '#1677ff'"
          nzSize="small"
        />
        @if (card.timeProgressPercent !== null) {
          <span class="marker" [style.left.%]="card.timeProgressPercent"></span>
        }
      </span>
      <span [class]="'pace pace-' + card.pace" data-testid="revenue-book-pace">{{ card.paceText }}</span>
      <span class="growth" [class.down]="card.growthDown" data-testid="revenue-book-growth">{{ card.growth }}</span>
    </button>
  `,
  styleUrl: './revenue-book-card.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevenueBookCard {
  readonly view = input.required<BookCardView>();
  readonly pick = output();
}
