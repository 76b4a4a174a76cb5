import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject } from '@angular/core';
import { WarningFill } from '@ant-design/icons-angular/icons';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { Chart } from '../shared/charts/chart';
import { provideCharts } from '../shared/charts/provide-charts';
import { amountUnitLabel, formatAmount } from '../shared/format/format-amount';
import { I18n } from '../shared/i18n/i18n';
import { SectionFrame, type SectionFact } from '../shared/section/section-frame';
import { pageState } from '../shared/state/page-state';
import { BondProjectChartCard } from './bond-project-chart-card';
import { BondProjectTable } from './bond-project-table';
import { DebtIndicatorCards } from './debt-indicator-cards';
import { DebtMaturityCard } from './debt-maturity-card';
import {
  buildDebtRatioChartOptions,
  debtRatioChartHeight,
  debtRatioLinesNote,
  hasDebtRatios,
} from './debt-ratio-chart-options';
import { monthEnd } from './debt-region-rows';
import { DebtRegionTable } from './debt-region-table';
import { DebtState } from './debt-state';
import { DebtTPipe } from './debt-t.pipe';
import { debtText } from './debt-translate';
import { hasDebtData } from './has-debt-data';
import { buildLimitBalanceChartOptions } from './limit-balance-chart-options';

/**
 * 政府债务: the limits and balances of general and special debt of the region and year in the URL,
 * its four risk ratios against the warning lines of the debt rules, the bonds falling due in the
 * next ten years and how the special bond projects spend their money.
 */
@Component({
  selector: 'bw-debt-page',
  imports: [
    NzCardModule,
    NzEmptyModule,
    SectionFrame,
    Chart,
    DebtTPipe,
    BondProjectChartCard,
    BondProjectTable,
    DebtIndicatorCards,
    DebtMaturityCard,
    DebtRegionTable,
  ],
  templateUrl: './debt-page.html',
  styleUrls: ['./debt-page.vendor.css', './debt-page.css'],
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Registered with the page's chunk, as nothing is registered at the root (app.config.ts); the cards' warnings use warning-fill.
  providers: [DebtState, provideCharts(), provideNzIconsPatch([WarningFill])],
  host: { 'data-testid': 'debt-page' },
})
export class DebtPage {
  private readonly i18n = inject(I18n);
  private readonly state = inject(DebtState);

  protected readonly positions = this.state.positions;
  protected readonly data = computed(() => (this.positions.hasValue() ? this.positions.value() : null));
  private readonly lang = this.i18n.lang;

  protected readonly pageState = computed(() => pageState(this.positions.status(), this.data(), hasDebtData));

  protected readonly title = computed(() => {
    const data = this.data();
    return data
      ? debtText(this.lang(), 'debt.title', { region: data.regionName, year: data.fiscalYear })
      : debtText(this.lang(), 'debt.titlePending');
  });
  /** Only with figures: an empty region and year has no date or 综合财力 to show. */
  protected readonly facts = computed((): SectionFact[] => {
    const total = this.data()?.total;
    const lang = this.lang();
    if (this.pageState() !== 'ready' || !total) return [];
    return [
      { label: debtText(lang, 'debt.asOf'), value: monthEnd(total.period, lang), testId: 'debt-as-of' },
      {
        label: debtText(lang, 'debt.capacity'),
        value: total.fiscalCapacity === null ? '—' : formatAmount(total.fiscalCapacity, lang),
        testId: 'debt-capacity',
      },
    ];
  });
  protected readonly emptyText = computed(() => {
    const data = this.data();
    return data ? debtText(this.lang(), 'debt.empty', { region: data.regionName, year: data.fiscalYear }) : '';
  });
  protected readonly errorMessage = computed(() =>
    this.positions.status() === 'error' ? apiErrorMessage(this.positions.error(), this.lang()) : '',
  );
  protected readonly wan = computed(() => amountUnitLabel('wan', this.lang()));

  protected readonly limitChart = computed(() => {
    const data = this.data();
    return data && hasDebtData(data) ? buildLimitBalanceChartOptions(data, this.lang()) : null;
  });
  /** Null where no region has 综合财力: the card says so instead of an empty chart. */
  protected readonly ratioChart = computed(() => {
    const data = this.data();
    return data && hasDebtRatios(data) ? buildDebtRatioChartOptions(data, this.lang()) : null;
  });
  protected readonly ratioLines = computed(() => {
    const data = this.data();
    return data ? debtRatioLinesNote(data, this.lang()) : '';
  });
  protected readonly ratioChartHeight = computed(() => debtRatioChartHeight(this.data()?.regions.length ?? 0));

  protected retry(): void {
    this.positions.reload();
  }
}
