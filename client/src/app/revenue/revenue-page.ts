import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, resource } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { Chart } from '../shared/charts/chart';
import { formatPercent } from '../shared/format/format-percent';
import { I18n } from '../shared/i18n/i18n';
import { translate } from '../shared/i18n/translate';
import { SectionFrame, type SectionFact } from '../shared/section/section-frame';
import { pageState } from '../shared/state/page-state';
import { RegionYearSelection } from '../shared/state/region-year-selection';
import { buildBookCardViews } from './book-card-views';
import { buildCompositionChartOptions, hasComposition } from './composition-chart-options';
import { buildCompositionFacts } from './composition-facts';
import { hasRevenueData } from './has-revenue-data';
import { buildMonthlyRevenueChartOptions, hasMonthlyRevenue } from './monthly-revenue-chart-options';
import { provideRevenueCharts } from './provide-revenue-charts';
import { buildRegionPaceChartOptions, regionPaceChartHeight } from './region-pace-chart-options';
import { RevenueApi } from './revenue-api';
import { BOOK_PARAM, readRevenueBook } from './revenue-book-param';
import { RevenueBookCard } from './revenue-book-card';
import { RevenueCodeTable } from './revenue-code-table';
import { formatLinePoints, throughText } from './revenue-format';
import { RevenueRegionTable } from './revenue-region-table';
import { RevenueTPipe } from './revenue-t.pipe';
import { revenueText } from './revenue-translate';
import type { RevenueBook, RevenueScope } from './revenue.types';

const sameScope = (a: RevenueScope | null, b: RevenueScope | null) =>
  a === b || (a !== null && b !== null && a.regionCode === b.regionCode && a.fiscalYear === b.fiscalYear);

/**
 * 收入: revenue of the region and year in scope against its annual budget and time progress: the
 * four books, then one book (in the URL, `?book=`) by month, sub-region and revenue code, and the
 * tax / non-tax make-up of 一般公共预算收入 against last year.
 */
@Component({
  selector: 'bw-revenue-page',
  imports: [
    NzCardModule,
    NzEmptyModule,
    NzResultModule,
    NzSkeletonModule,
    NzTagModule,
    SectionFrame,
    Chart,
    RevenueBookCard,
    RevenueCodeTable,
    RevenueRegionTable,
    RevenueTPipe,
  ],
  templateUrl: './revenue-page.html',
  styleUrls: ['./revenue-page.vendor.css', './revenue-page.css'],
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideRevenueCharts()],
  host: { 'data-testid': 'revenue-page' },
})
export class RevenuePage {
  private readonly api = inject(RevenueApi);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly selection = inject(RegionYearSelection);
  protected readonly lang = this.i18n.lang;

  private readonly scope = computed<RevenueScope | null>(
    () => {
      const { regionCode, fiscalYear } = this.selection.current();
      return regionCode !== null && fiscalYear !== null ? { regionCode, fiscalYear } : null;
    },
    { equal: sameScope },
  );
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly book = computed(() => readRevenueBook(this.params()));
  private readonly bookScope = computed(() => {
    const scope = this.scope();
    return scope === null ? undefined : { ...scope, book: this.book() };
  });

  protected readonly summary = resource({
    params: () => this.scope() ?? undefined,
    loader: ({ params, abortSignal }) => this.api.summary(params, abortSignal),
  });
  protected readonly composition = resource({
    params: () => this.scope() ?? undefined,
    loader: ({ params, abortSignal }) => this.api.composition(params, abortSignal),
  });
  protected readonly monthly = resource({
    params: () => this.bookScope(),
    loader: ({ params, abortSignal }) => this.api.monthly(params, abortSignal),
  });
  protected readonly regions = resource({
    params: () => this.bookScope(),
    loader: ({ params, abortSignal }) => this.api.regions(params, abortSignal),
  });
  protected readonly codes = resource({
    params: () => this.bookScope(),
    loader: ({ params, abortSignal }) => this.api.codes(params, abortSignal),
  });

  private readonly data = computed(() => (this.summary.hasValue() ? this.summary.value() : null));

  protected readonly state = computed(() => pageState(this.summary.status(), this.data(), hasRevenueData));

  protected readonly title = computed(() => {
    const data = this.data();
    return data
      ? revenueText(this.lang(), 'revenue.title', { region: data.regionName, year: data.fiscalYear })
      : revenueText(this.lang(), 'revenue.titlePending');
  });
  protected readonly facts = computed((): SectionFact[] => {
    const data = this.data();
    const lang = this.lang();
    return [
      {
        label: revenueText(lang, 'revenue.through'),
        value: data ? throughText(data.fiscalYear, data.throughMonth, lang) : '',
        testId: 'revenue-through',
      },
      {
        label: revenueText(lang, 'revenue.timeProgress'),
        value: formatPercent(data?.timeProgress ?? null),
        testId: 'revenue-time-progress',
      },
    ];
  });
  protected readonly emptyText = computed(() => {
    const data = this.data();
    return data ? revenueText(this.lang(), 'revenue.empty', { region: data.regionName, year: data.fiscalYear }) : '';
  });
  protected readonly bookName = computed(() => translate(this.lang(), `book.${this.book()}`));

  protected readonly cards = computed(() => {
    const data = this.data();
    return data ? buildBookCardViews(data, this.book(), this.lang()) : [];
  });
  protected readonly monthlyChart = computed(() => {
    if (!this.monthly.hasValue()) return null;
    const monthly = this.monthly.value();
    return hasMonthlyRevenue(monthly) ? buildMonthlyRevenueChartOptions(monthly, this.lang()) : null;
  });
  protected readonly compositionFacts = computed(() =>
    this.composition.hasValue() && hasComposition(this.composition.value())
      ? buildCompositionFacts(this.composition.value(), this.lang())
      : null,
  );
  protected readonly compositionChart = computed(() =>
    this.compositionFacts() === null ? null : buildCompositionChartOptions(this.composition.value()!, this.lang()),
  );
  protected readonly regionChart = computed(() =>
    this.regions.hasValue() && this.regions.value().regions.length > 0
      ? buildRegionPaceChartOptions(this.regions.value(), this.lang())
      : null,
  );
  protected readonly regionChartHeight = computed(() =>
    regionPaceChartHeight(this.regions.hasValue() ? this.regions.value().regions.length : 0),
  );
  protected readonly paceLinePoints = computed(() =>
    this.regions.hasValue() ? formatLinePoints(this.regions.value().paceLine) : '',
  );

  /** The failure of a resource in the current language, '' when it has not failed. */
  protected errorOf(part: { status(): string; error(): unknown }): string {
    return part.status() === 'error' ? apiErrorMessage(part.error(), this.lang()) : '';
  }

  /** Shows another book below the cards, as a new history entry keeping the shell's region and year. */
  protected selectBook(book: RevenueBook): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { [BOOK_PARAM]: book },
      queryParamsHandling: 'merge',
    });
  }

  protected retry(): void {
    this.summary.reload();
    this.composition.reload();
    this.monthly.reload();
    this.regions.reload();
    this.codes.reload();
  }
}
