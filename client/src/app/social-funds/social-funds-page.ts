import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, resource } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { Chart } from '../shared/charts/chart';
import { I18n } from '../shared/i18n/i18n';
import { SectionFrame, type SectionFact } from '../shared/section/section-frame';
import { pageState } from '../shared/state/page-state';
import { RegionYearSelection } from '../shared/state/region-year-selection';
import { FundCard } from './fund-card';
import { buildFundCardViews } from './fund-card-views';
import { buildFundMonthlyChartOptions, hasFundMonths } from './fund-monthly-chart-options';
import { FundRegionTable } from './fund-region-table';
import { hasFundData } from './has-fund-data';
import {
  buildMonthsPayableChartOptions,
  hasMonthsPayable,
  monthsPayableChartHeight,
} from './months-payable-chart-options';
import { provideSocialFundsCharts } from './provide-social-funds-charts';
import { SocialFundsApi } from './social-funds-api';
import { FUND_PARAM, readFund, throughText } from './social-funds-format';
import { SocialFundsTPipe } from './social-funds-t.pipe';
import { socialFundsText } from './social-funds-translate';
import type { SocialFundScope } from './social-funds.types';

const sameScope = (a: SocialFundScope | null, b: SocialFundScope | null) =>
  a === b || (a !== null && b !== null && a.regionCode === b.regionCode && a.fiscalYear === b.fiscalYear);

/**
 * 社保基金: each social insurance fund of the region and year in scope: income against spending year
 * to date (SIF-DEFICIT), the reserve in months of spending against the SIF-MONTHS lines, then one
 * fund, or all of them (in the URL, `?fund=`), by month and by sub-region.
 */
@Component({
  selector: 'bw-social-funds-page',
  imports: [
    NzCardModule,
    NzEmptyModule,
    NzResultModule,
    NzSkeletonModule,
    SectionFrame,
    Chart,
    FundCard,
    FundRegionTable,
    SocialFundsTPipe,
  ],
  templateUrl: './social-funds-page.html',
  styleUrls: ['./social-funds-page.vendor.css', './social-funds-page.css'],
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideSocialFundsCharts()],
  host: { 'data-testid': 'social-funds-page' },
})
export class SocialFundsPage {
  private readonly api = inject(SocialFundsApi);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly selection = inject(RegionYearSelection);
  protected readonly lang = this.i18n.lang;

  private readonly scope = computed<SocialFundScope | null>(
    () => {
      const { regionCode, fiscalYear } = this.selection.current();
      return regionCode !== null && fiscalYear !== null ? { regionCode, fiscalYear } : null;
    },
    { equal: sameScope },
  );
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly fund = computed(() => readFund(this.params()));
  private readonly fundScope = computed(() => {
    const scope = this.scope();
    const fund = this.fund();
    if (scope === null) return undefined;
    return fund === null ? scope : { ...scope, fundType: fund };
  });

  protected readonly overview = resource({
    params: () => this.scope() ?? undefined,
    loader: ({ params, abortSignal }) => this.api.overview(params, abortSignal),
  });
  protected readonly monthly = resource({
    params: () => this.fundScope(),
    loader: ({ params, abortSignal }) => this.api.monthly(params, abortSignal),
  });
  protected readonly regions = resource({
    params: () => this.fundScope(),
    loader: ({ params, abortSignal }) => this.api.regions(params, abortSignal),
  });

  private readonly data = computed(() => (this.overview.hasValue() ? this.overview.value() : null));

  protected readonly state = computed(() => pageState(this.overview.status(), this.data(), hasFundData));

  protected readonly title = computed(() => {
    const data = this.data();
    return data
      ? socialFundsText(this.lang(), 'socialFunds.title', { region: data.regionName, year: data.fiscalYear })
      : socialFundsText(this.lang(), 'socialFunds.titlePending');
  });
  protected readonly facts = computed((): SectionFact[] => {
    const data = this.data();
    const lang = this.lang();
    return [
      {
        label: socialFundsText(lang, 'socialFunds.through'),
        value: data ? throughText(data.fiscalYear, data.latestMonth, lang) : '',
        testId: 'social-funds-through',
      },
      {
        label: socialFundsText(lang, 'socialFunds.lines'),
        value: data
          ? socialFundsText(lang, 'socialFunds.linesValue', {
              yellow: data.lines.yellowBelow,
              red: data.lines.redBelow,
            })
          : '',
        testId: 'social-funds-lines',
        class: 'lines',
      },
    ];
  });
  protected readonly linesParams = computed(() => {
    const data = this.data();
    return { yellow: data?.lines.yellowBelow ?? '', red: data?.lines.redBelow ?? '' };
  });
  protected readonly emptyText = computed(() => {
    const data = this.data();
    return data
      ? socialFundsText(this.lang(), 'socialFunds.empty', { region: data.regionName, year: data.fiscalYear })
      : '';
  });
  protected readonly fundName = computed(() => this.fund() ?? socialFundsText(this.lang(), 'socialFunds.allFunds'));

  protected readonly cards = computed(() => {
    const data = this.data();
    return data ? buildFundCardViews(data, this.fund(), this.lang()) : [];
  });
  protected readonly monthsChart = computed(() => {
    const data = this.data();
    return data && hasMonthsPayable(data) ? buildMonthsPayableChartOptions(data, this.lang()) : null;
  });
  protected readonly monthsChartHeight = computed(() => monthsPayableChartHeight(this.data()?.funds.length ?? 0));
  protected readonly monthlyChart = computed(() => {
    if (!this.monthly.hasValue()) return null;
    const monthly = this.monthly.value();
    return hasFundMonths(monthly) ? buildFundMonthlyChartOptions(monthly, this.lang()) : null;
  });

  /** The failure of a resource in the current language, '' when it has not failed. */
  protected errorOf(part: { status(): string; error(): unknown }): string {
    return part.status() === 'error' ? apiErrorMessage(part.error(), this.lang()) : '';
  }

  /** Shows one fund (null: all of them) below the cards, as a new history entry keeping the region and year. */
  protected selectFund(fundType: string | null): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { [FUND_PARAM]: fundType },
      queryParamsHandling: 'merge',
    });
  }

  protected retry(): void {
    this.overview.reload();
    this.monthly.reload();
    this.regions.reload();
  }
}
