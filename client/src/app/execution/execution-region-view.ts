import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTableModule } from 'ng-zorro-antd/table';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { Chart } from '../shared/charts/chart';
import { amountUnitLabel } from '../shared/format/format-amount';
import { I18n } from '../shared/i18n/i18n';
import {
  RANKING_CHART_LIMIT,
  buildAgencyRankingChartOptions,
  chartedAgencies,
  rankingChartHeight,
} from './agency-ranking-chart-options';
import { buildAgencyRows } from './agency-rows';
import { ExecutionState } from './execution-state';
import { ExecutionTPipe } from './execution-t.pipe';
import { agencyView } from './execution-view';
import { FunctionTreemapCard } from './function-treemap-card';
import { MonthlyExecutionCard } from './monthly-execution-card';

/**
 * The region level: which agencies lag behind time progress (the 20 furthest behind as bars), the
 * region's spending month by month and by function, and every agency ranked; an agency opens its
 * budget lines.
 */
@Component({
  selector: 'bw-execution-region-view',
  imports: [
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzResultModule,
    NzSkeletonModule,
    NzTableModule,
    Chart,
    ExecutionTPipe,
    FunctionTreemapCard,
    MonthlyExecutionCard,
  ],
  templateUrl: './execution-region-view.html',
  styleUrl: './execution-region-view.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExecutionRegionView {
  private readonly i18n = inject(I18n);
  protected readonly state = inject(ExecutionState);

  protected readonly ranking = this.state.ranking;
  /** The table lists the first 20 like the chart until asked for all. */
  protected readonly showAll = signal(false);
  protected readonly topCount = RANKING_CHART_LIMIT;
  protected readonly wan = computed(() => amountUnitLabel('wan', this.i18n.lang()));

  private readonly data = computed(() => (this.ranking.hasValue() ? this.ranking.value() : null));
  protected readonly allRows = computed(() => {
    const data = this.data();
    return data === null ? [] : buildAgencyRows(data.agencies, this.i18n.lang());
  });
  protected readonly rows = computed(() => (this.showAll() ? this.allRows() : this.allRows().slice(0, this.topCount)));
  protected readonly charted = computed(() => {
    const data = this.data();
    return data === null ? 0 : chartedAgencies(data).length;
  });
  protected readonly chart = computed(() => {
    const data = this.data();
    return data === null || this.charted() === 0 ? null : buildAgencyRankingChartOptions(data, this.i18n.lang());
  });
  protected readonly chartHeight = computed(() => rankingChartHeight(this.charted()));
  protected readonly errorMessage = computed(() =>
    this.ranking.status() === 'error' ? apiErrorMessage(this.ranking.error(), this.i18n.lang()) : '',
  );

  protected agencyParams(agencyCode: string) {
    return this.state.queryParams(agencyView(agencyCode));
  }

  protected open(agencyCode: string): void {
    void this.state.go(agencyView(agencyCode));
  }
}
