import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, resource } from '@angular/core';
import { PrinterOutline, ReloadOutline, WarningFill } from '@ant-design/icons-angular/icons';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { I18n } from '../shared/i18n/i18n';
import type { Lang } from '../shared/i18n/lang';
import { RegionYearSelection } from '../shared/state/region-year-selection';
import { buildBookScaleChartOptions } from './book-scale-chart-options';
import { buildBookShareChartOptions } from './book-share-chart-options';
import { buildBookRows, buildBooksLead, hasReviewData, lastYearPartialNote } from './book-views';
import { buildFunctionClassChartOptions, functionClassChartHeight } from './function-class-chart-options';
import { buildFunctionHighlights } from './function-highlights';
import { buildDebtView, buildStateAssetView, lineText } from './position-views';
import { provideReviewCharts } from './provide-review-charts';
import { buildReliabilityCards } from './reliability-views';
import { ReviewApi } from './review-api';
import { ReviewChart } from './review-chart';
import { ReviewTPipe } from './review-t.pipe';
import { reviewText } from './review-translate';
import type { BooksReview, ReviewScope } from './review.types';
import { buildSangongChartOptions } from './sangong-chart-options';
import { buildSangongLead, buildSangongRows, hasSangong } from './sangong-views';
import { pageState } from '../shared/state/page-state';

const sameScope = (a: ReviewScope | undefined, b: ReviewScope | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.regionCode === b.regionCode && a.fiscalYear === b.fiscalYear);

/**
 * 会前审查: what a deputy reads before the session, for the region (with the regions below it) and
 * the budget year in the URL. Read-only, in five numbered sections that each start a printed page:
 * the four books, spending by purpose against last year, 三公经费, debt and state assets, and PEFA
 * reliability. 打印 / 导出PDF prints it through the browser; the print stylesheet (review-page.css)
 * leaves out the frame and the controls.
 */
@Component({
  selector: 'bw-review-page',
  imports: [
    NzButtonModule,
    NzEmptyModule,
    NzIconModule,
    NzPageHeaderModule,
    NzResultModule,
    NzSkeletonModule,
    ReviewChart,
    ReviewTPipe,
  ],
  templateUrl: './review-page.html',
  styleUrls: ['./review-page.vendor.css', './review-page.css'],
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideReviewCharts(), provideNzIconsPatch([PrinterOutline, ReloadOutline, WarningFill])],
  host: { 'data-testid': 'review-page' },
})
export class ReviewPage {
  private readonly api = inject(ReviewApi);
  private readonly i18n = inject(I18n);
  private readonly selection = inject(RegionYearSelection);
  private readonly document = inject(DOCUMENT);
  protected readonly lang = this.i18n.lang;

  private readonly scope = computed<ReviewScope | undefined>(
    () => {
      const { regionCode, fiscalYear } = this.selection.current();
      return regionCode !== null && fiscalYear !== null ? { regionCode, fiscalYear } : undefined;
    },
    { equal: sameScope },
  );

  protected readonly books = resource({
    params: () => this.scope(),
    loader: ({ params, abortSignal }) => this.api.books(params, abortSignal),
  });
  protected readonly functions = resource({
    params: () => this.scope(),
    loader: ({ params, abortSignal }) => this.api.functions(params, abortSignal),
  });
  protected readonly sangong = resource({
    params: () => this.scope(),
    loader: ({ params, abortSignal }) => this.api.sangong(params, abortSignal),
  });
  protected readonly positions = resource({
    params: () => this.scope(),
    loader: ({ params, abortSignal }) => this.api.positions(params, abortSignal),
  });
  protected readonly reliability = resource({
    params: () => this.scope(),
    loader: ({ params, abortSignal }) => this.api.reliability(params, abortSignal),
  });

  private readonly data = computed(() => (this.books.hasValue() ? this.books.value() : null));
  protected readonly fiscalYear = computed(() => this.data()?.fiscalYear ?? this.scope()?.fiscalYear ?? 0);

  protected readonly state = computed(() => pageState(this.books.status(), this.data(), hasReviewData));

  protected readonly title = computed(() => {
    const data = this.data();
    return data
      ? reviewText(this.lang(), 'review.title', { region: data.regionName, year: data.fiscalYear })
      : reviewText(this.lang(), 'review.titlePending');
  });
  protected readonly howToRead = computed(() => {
    const data = this.data();
    return data
      ? reviewText(this.lang(), 'review.howToReadText', { region: data.regionName, year: data.fiscalYear })
      : '';
  });
  protected readonly emptyText = computed(() => {
    const data = this.data();
    return data ? reviewText(this.lang(), 'review.empty', { region: data.regionName, year: data.fiscalYear }) : '';
  });
  protected readonly partialNote = computed(() => {
    const data = this.data();
    return data ? lastYearPartialNote(data.lastYearThroughMonth, data.fiscalYear, this.lang()) : null;
  });

  protected readonly bookLead = computed(() => this.fromBooks(buildBooksLead) ?? []);
  protected readonly bookRows = computed(() => this.fromBooks(buildBookRows) ?? []);
  protected readonly scaleChart = computed(() => this.fromBooks(buildBookScaleChartOptions));
  protected readonly shareChart = computed(() => this.fromBooks(buildBookShareChartOptions));

  protected readonly functionChart = computed(() =>
    this.functions.hasValue() && this.functions.value().classes.length > 0
      ? buildFunctionClassChartOptions(this.functions.value(), this.fiscalYear(), this.lang())
      : null,
  );
  private readonly functionClassCount = computed(() =>
    this.functions.hasValue() ? this.functions.value().classes.length : 0,
  );
  protected readonly functionChartHeight = computed(() => functionClassChartHeight(this.functionClassCount()));
  protected readonly functionChartPrintHeight = computed(() =>
    functionClassChartHeight(this.functionClassCount(), 'paper'),
  );
  protected readonly functionHighlights = computed(() =>
    this.functions.hasValue() ? buildFunctionHighlights(this.functions.value(), this.lang()) : null,
  );

  protected readonly sangongChart = computed(() =>
    this.sangong.hasValue() && hasSangong(this.sangong.value())
      ? buildSangongChartOptions(this.sangong.value(), this.lang())
      : null,
  );
  protected readonly sangongLead = computed(() =>
    this.sangong.hasValue() ? buildSangongLead(this.sangong.value(), this.fiscalYear(), this.lang()) : [],
  );
  protected readonly sangongRows = computed(() =>
    this.sangong.hasValue() ? buildSangongRows(this.sangong.value(), this.fiscalYear(), this.lang()) : [],
  );

  protected readonly debt = computed(() => {
    const debt = this.positions.hasValue() ? this.positions.value().debt : null;
    return debt ? { ...buildDebtView(debt, this.lang()), line: lineText(debt.debtRatioLine) } : null;
  });
  protected readonly stateAssets = computed(() => {
    const assets = this.positions.hasValue() ? this.positions.value().stateAssets : null;
    return assets
      ? {
          ...buildStateAssetView(assets, this.lang()),
          industrial: lineText(assets.industrialLine),
          other: lineText(assets.otherLine),
        }
      : null;
  });

  protected readonly reliabilityCards = computed(() =>
    this.reliability.hasValue() ? buildReliabilityCards(this.reliability.value(), this.lang()) : [],
  );

  /** The failure of a resource in the current language, '' when it has not failed. */
  protected errorOf(part: { status(): string; error(): unknown }): string {
    return part.status() === 'error' ? apiErrorMessage(part.error(), this.lang()) : '';
  }

  /** Opens the browser's print dialog: paper, or "Save as PDF". */
  protected print(): void {
    this.document.defaultView?.print();
  }

  protected retry(): void {
    for (const part of [this.books, this.functions, this.sangong, this.positions, this.reliability]) part.reload();
  }

  /** Applies a pure builder to the loaded books in the current language. */
  private fromBooks<T>(build: (review: BooksReview, lang: Lang) => T): T | null {
    const data = this.data();
    return data === null ? null : build(data, this.lang());
  }
}
