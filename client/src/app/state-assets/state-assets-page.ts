import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, resource } from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { linePercent } from '../shared/format/percent-text';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { Chart } from '../shared/charts/chart';
import { I18n } from '../shared/i18n/i18n';
import { SectionFrame, type SectionFact } from '../shared/section/section-frame';
import { pageState } from '../shared/state/page-state';
import { RegionYearSelection } from '../shared/state/region-year-selection';
import { buildDividendChartOptions, dividendEnterprises } from './dividend-chart-options';
import { EnterpriseTable } from './enterprise-table';
import { asChartOption, buildLeverageChartOptions } from './leverage-chart-options';
import { buildPreservationChartOptions, preservedEnterprises, rowChartHeight } from './preservation-chart-options';
import { provideStateAssetsCharts } from './provide-state-assets-charts';
import { buildSoeCards } from './soe-cards';
import { StateAssetsApi } from './state-assets-api';
import { StateAssetsTPipe } from './state-assets-t.pipe';
import { stateAssetsText } from './state-assets-translate';

/**
 * 国有资产: the state-owned enterprises of the region and year in the URL — leverage against the
 * warning and key-supervision lines, losses, preservation of state capital and the state capital
 * revenue due and paid — each judged by the lines of its SOE rule in force.
 */
@Component({
  selector: 'bw-state-assets-page',
  imports: [NzCardModule, NzEmptyModule, NzTagModule, SectionFrame, Chart, EnterpriseTable, StateAssetsTPipe],
  templateUrl: './state-assets-page.html',
  styleUrls: ['./state-assets-page.vendor.css', './state-assets-page.css'],
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Registered with the page's chunk, as nothing is registered at the root (app.config.ts).
  providers: [provideStateAssetsCharts()],
  host: { 'data-testid': 'state-assets-page' },
})
export class StateAssetsPage {
  private readonly api = inject(StateAssetsApi);
  private readonly i18n = inject(I18n);
  private readonly selection = inject(RegionYearSelection);
  private readonly lang = this.i18n.lang;

  protected readonly stateAssets = resource({
    params: () => {
      const { regionCode, fiscalYear } = this.selection.current();
      return regionCode !== null && fiscalYear !== null ? { regionCode, fiscalYear } : undefined;
    },
    loader: ({ params, abortSignal }) => this.api.enterprises(params, abortSignal),
  });
  protected readonly data = computed(() => (this.stateAssets.hasValue() ? this.stateAssets.value() : null));

  protected readonly pageState = computed(() => pageState(this.stateAssets.status(), this.data(), (data) => data.enterprises.length > 0));

  protected readonly title = computed(() => {
    const data = this.data();
    return data
      ? stateAssetsText(this.lang(), 'stateAssets.title', { region: data.regionName, year: data.fiscalYear })
      : stateAssetsText(this.lang(), 'stateAssets.titlePending');
  });
  /** Only with enterprises: an empty region and year has none to count. */
  protected readonly facts = computed((): SectionFact[] => {
    const lang = this.lang();
    if (this.pageState() !== 'ready') return [];
    return [
      {
        label: stateAssetsText(lang, 'stateAssets.enterprises'),
        value: stateAssetsText(lang, 'stateAssets.enterpriseCount', { count: this.data()?.summary.enterprises ?? 0 }),
        testId: 'state-assets-count',
      },
    ];
  });
  protected readonly emptyText = computed(() => {
    const data = this.data();
    return data
      ? stateAssetsText(this.lang(), 'stateAssets.empty', { region: data.regionName, year: data.fiscalYear })
      : '';
  });
  protected readonly errorMessage = computed(() =>
    this.stateAssets.status() === 'error' ? apiErrorMessage(this.stateAssets.error(), this.lang()) : '',
  );

  protected readonly cards = computed(() => {
    const data = this.data();
    return data ? buildSoeCards(data, this.lang()) : [];
  });
  protected readonly leverageChart = computed(() => {
    const data = this.data();
    return data && data.enterprises.some((e) => e.leverage.value !== null)
      ? asChartOption(buildLeverageChartOptions(data, this.lang()))
      : null;
  });
  protected readonly preservationCount = computed(() => {
    const data = this.data();
    return data ? preservedEnterprises(data).length : 0;
  });
  protected readonly preservationChart = computed(() => {
    const data = this.data();
    return data && this.preservationCount() > 0 ? buildPreservationChartOptions(data, this.lang()) : null;
  });
  protected readonly preservationHint = computed(() => {
    const data = this.data();
    const period = data?.enterprises.find((e) => e.preservation.value !== null)?.annualPeriod ?? '';
    return data
      ? stateAssetsText(this.lang(), 'stateAssets.chart.preservationHint', {
          period,
          line: linePercent(data.lines.preservation.below),
        })
      : '';
  });
  protected readonly dividendCount = computed(() => {
    const data = this.data();
    return data ? dividendEnterprises(data).length : 0;
  });
  protected readonly dividendChart = computed(() => {
    const data = this.data();
    return data && this.dividendCount() > 0 ? buildDividendChartOptions(data, this.lang()) : null;
  });
  protected readonly dividendHint = computed(() => {
    const data = this.data();
    return data
      ? stateAssetsText(this.lang(), 'stateAssets.chart.dividendsHint', {
          line: linePercent(data.lines.dividend.shortfallAbove),
        })
      : '';
  });
  protected readonly rowChartHeight = rowChartHeight;

  protected retry(): void {
    this.stateAssets.reload();
  }
}
