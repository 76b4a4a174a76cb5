import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, resource } from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { ApiClient } from '../shared/api/api-client';
import type { Overview } from '../shared/api/api.types';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { Chart } from '../shared/charts/chart';
import { provideCharts } from '../shared/charts/provide-charts';
import { formatDate } from '../shared/format/format-date';
import { formatPercent } from '../shared/format/format-percent';
import { I18n } from '../shared/i18n/i18n';
import type { Lang } from '../shared/i18n/lang';
import { TPipe } from '../shared/i18n/t.pipe';
import { SectionFrame, type SectionFact } from '../shared/section/section-frame';
import { pageState } from '../shared/state/page-state';
import { RegionYearSelection } from '../shared/state/region-year-selection';
import { BookCard } from './book-card';
import { buildBookCardViews } from './book-card-view';
import { buildBookExecutionChartOptions } from './book-execution-chart-options';
import { buildBudgetVsExecutedChartOptions } from './budget-vs-executed-chart-options';
import { hasOverviewData } from './has-overview-data';
import { OverviewTable } from './overview-table';
import { buildOverviewTableRows } from './overview-table-rows';
import { buildSubRegionExecutionChartOptions, subRegionChartHeight } from './sub-region-execution-chart-options';

/** 总览: the four books of the selected region and year against time progress. */
@Component({
  selector: 'bw-overview-page',
  imports: [NzCardModule, NzEmptyModule, TPipe, SectionFrame, BookCard, Chart, OverviewTable],
  templateUrl: './overview-page.html',
  styleUrls: ['./overview-page.vendor.css', './overview-page.css'],
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Registered with the page's chunk, as nothing is registered at the root (app.config.ts).
  providers: [provideCharts()],
  host: { 'data-testid': 'overview-page' },
})
export class OverviewPage {
  private readonly api = inject(ApiClient);
  private readonly i18n = inject(I18n);
  private readonly selection = inject(RegionYearSelection);

  protected readonly overview = resource({
    params: () => {
      const { regionCode, fiscalYear } = this.selection.current();
      return regionCode !== null && fiscalYear !== null ? { regionCode, fiscalYear } : undefined;
    },
    loader: ({ params, abortSignal }) => this.api.overview(params, abortSignal),
  });

  private readonly data = computed(() => (this.overview.hasValue() ? this.overview.value() : null));
  private readonly lang = this.i18n.lang;

  protected readonly state = computed(() => pageState(this.overview.status(), this.data(), hasOverviewData));

  protected readonly title = computed(() => {
    const data = this.data();
    return data
      ? this.i18n.t('overview.title', { region: data.regionName, year: data.fiscalYear })
      : this.i18n.t('overview.titlePending');
  });
  protected readonly facts = computed((): SectionFact[] => [
    { label: this.i18n.t('overview.asOf'), value: formatDate(this.data()?.asOf ?? null, this.lang()), testId: 'as-of' },
    {
      label: this.i18n.t('overview.timeProgress'),
      value: formatPercent(this.data()?.timeProgress ?? null),
      testId: 'time-progress',
    },
  ]);
  protected readonly errorMessage = computed(() =>
    this.overview.status() === 'error' ? apiErrorMessage(this.overview.error(), this.lang()) : '',
  );

  protected readonly emptyText = computed(() => {
    const data = this.data();
    return data ? this.i18n.t('overview.empty', { region: data.regionName, year: data.fiscalYear }) : '';
  });

  protected readonly cards = computed(() => this.view(buildBookCardViews) ?? []);
  protected readonly rows = computed(() => this.view(buildOverviewTableRows) ?? []);
  protected readonly bookExecutionChart = computed(() => this.view(buildBookExecutionChartOptions));
  protected readonly budgetChart = computed(() => this.view(buildBudgetVsExecutedChartOptions));
  /** Null for a region without sub-regions (a township): the page says so instead of an empty chart. */
  protected readonly subRegionChart = computed(() =>
    this.data()?.subRegions.length ? this.view(buildSubRegionExecutionChartOptions) : null,
  );
  protected readonly subRegionChartHeight = computed(() => subRegionChartHeight(this.data()?.subRegions.length ?? 0));

  protected retry(): void {
    this.overview.reload();
  }

  /** Applies a pure builder to the loaded overview in the current language. */
  private view<T>(build: (overview: Overview, lang: Lang) => T): T | null {
    const data = this.data();
    return data === null ? null : build(data, this.lang());
  }
}
