import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { TPipe } from '../shared/i18n/t.pipe';
import type { BookCardView } from './book-card-view';

/** One book's headline figures: budget, executed, execution rate against time progress, revenue. */
@Component({
  selector: 'bw-book-card',
  imports: [NzCardModule, NzProgressModule, TPipe],
  templateUrl: './book-card.html',
  styleUrl: './book-card.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-testid]': '"book-card-" + view().book' },
})
export class BookCard {
  readonly view = input.required<BookCardView>();
}
