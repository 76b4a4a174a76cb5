import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { Chart } from '../shared/charts/chart';
import { I18n } from '../shared/i18n/i18n';
import { ExecutionApi } from './execution-api';
import { ExecutionState } from './execution-state';
import { ExecutionTPipe } from './execution-t.pipe';
import { buildMonthlyExecutionChartOptions, hasMonthlyData } from './monthly-execution-chart-options';

/** 累计支出进度: the region's or the drilled agency's cumulative spending, this year against last. */
@Component({
  selector: 'bw-monthly-execution-card',
  imports: [NzButtonModule, NzCardModule, NzEmptyModule, NzResultModule, NzSkeletonModule, Chart, ExecutionTPipe],
  template: `
    <nz-card nzSize="small" [nzTitle]="'execution.chart.monthly' | et">
      @if (monthly.status() === 'error') {
        <nz-result nzStatus="warning" [nzTitle]="'execution.error.monthly' | et" [nzSubTitle]="errorMessage()">
          <div nz-result-extra>
            <button nz-button type="button" (click)="monthly.reload()">{{ 'execution.retry' | et }}</button>
          </div>
        </nz-result>
      } @else if (options(); as chart) {
        <bw-chart
          data-testid="execution-chart-monthly"
          [options]="chart"
          [height]="320"
          [label]="'execution.chart.monthly' | et"
        />
      } @else if (monthly.hasValue()) {
        <nz-empty class="empty" nzNotFoundImage="simple" [nzNotFoundContent]="'execution.chart.monthlyEmpty' | et" />
      } @else {
        <nz-skeleton nzActive [nzParagraph]="{ rows: 7 }" />
      }
    </nz-card>
  `,
  styles: `
    :host {
      display: block;
    }

    .empty {
      padding: 96px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonthlyExecutionCard {
  private readonly api = inject(ExecutionApi);
  private readonly i18n = inject(I18n);
  private readonly state = inject(ExecutionState);

  protected readonly monthly = resource({
    params: () => {
      const scope = this.state.scope();
      const agencyCode = this.state.agencyCode();
      if (scope === null) return undefined;
      return agencyCode === null ? scope : { ...scope, agencyCode };
    },
    loader: ({ params, abortSignal }) => this.api.monthly(params, abortSignal),
  });

  /** Null while loading and when there is nothing to draw. */
  protected readonly options = computed(() => {
    if (!this.monthly.hasValue()) return null;
    const monthly = this.monthly.value();
    return hasMonthlyData(monthly) ? buildMonthlyExecutionChartOptions(monthly, this.state.asOf(), this.i18n.lang()) : null;
  });
  protected readonly errorMessage = computed(() =>
    this.monthly.status() === 'error' ? apiErrorMessage(this.monthly.error(), this.i18n.lang()) : '',
  );
}
