import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, input, output } from '@angular/core';
import { ReloadOutline } from '@ant-design/icons-angular/icons';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule, NzIconService } from 'ng-zorro-antd/icon';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import type { PageState } from '../state/page-state';

/** One figure of the page header, e.g. 数据截至 2026年10月. */
export interface SectionFact {
  readonly label: string;
  readonly value: string;
  /** The value's data-testid. */
  readonly testId: string;
  /** A class of the value, for the page to style it. */
  readonly class?: string;
}

/**
 * The frame of a section page: the page header (title, subtitle, the figures of the loaded data)
 * and what stands instead of the page's content until its main query has data to show: a request
 * for a scope, skeleton cards, the error with a retry button, or the empty state. The page projects
 * its content, which it renders only when the state is 'ready' (projected content is created
 * whether shown or not).
 *
 * Texts come in translated, so each section keeps its own dictionary. The states' data-testids are
 * `<section>-idle`, `-loading`, `-error` and `-empty`.
 *
 * Encapsulation is off (the styles must reach the ng-zorro components), so the rules are scoped by
 * the element; they also lay out the page's content: `.cards` (a grid of cards at least
 * `--section-card-min` wide, `--section-card-fit` auto-fit or auto-fill), `.charts` (a grid of
 * charts at least `--section-chart-min` wide) and `.section` (a block), each 16 px above the next.
 * The ng-zorro styles come with each page (its vendor.css).
 */
@Component({
  selector: 'bw-section-frame',
  imports: [
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzIconModule,
    NzPageHeaderModule,
    NzResultModule,
    NzSkeletonModule,
  ],
  templateUrl: './section-frame.html',
  styleUrl: './section-frame.css',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SectionFrame {
  /** The prefix of the states' data-testids, e.g. 'revenue'. */
  readonly section = input.required<string>();
  readonly state = input.required<PageState>();
  readonly title = input.required<string>();
  readonly subtitle = input('');
  /** Shown once the data has come (ready or empty); none to show none. */
  readonly facts = input<readonly SectionFact[]>([]);

  /** The request for a region and year, before there is a scope. */
  readonly idleText = input('');
  /** How many skeleton cards stand in a row while loading, and their lines. */
  readonly loadingCards = input(4);
  readonly loadingRows = input(4);
  /** The lines of each wide skeleton panel below the cards (none by default). */
  readonly loadingPanels = input<readonly number[]>([]);
  readonly errorTitle = input('');
  /** The server's message. */
  readonly errorMessage = input('');
  readonly retryLabel = input('');
  /** The empty state: what is missing, then what to do about it. */
  readonly emptyTitle = input('');
  readonly emptyHint = input('');

  /** The retry button of the error state. */
  readonly retry = output();

  protected readonly showFacts = computed(() => {
    const state = this.state();
    return (state === 'ready' || state === 'empty') && this.facts().length > 0;
  });
  protected readonly placeholders = computed(() => Array.from({ length: this.loadingCards() }, (_, i) => i));

  constructor() {
    // Registered directly, not with provideNzIconsPatch: a patch provided here would stand before the
    // page's own for the page's content (view providers too, for content inside @if), so its icons would be missing.
    inject(NzIconService).addIcon(ReloadOutline);
  }
}
