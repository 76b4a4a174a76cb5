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
import { buildFunctionTreemapChartOptions, hasFunctionSpending } from './function-treemap-chart-options';

/** 按支出功能分类: where the region's or the drilled agency's money went, 类 opening onto 款. */
@Component({
  selector: 'bw-function-treemap-card',
  imports: [NzButtonModule, NzCardModule, NzEmptyModule, NzResultModule, NzSkeletonModule, Chart, ExecutionTPipe],
  template: `
    <nz-card nzSize="small" [nzTitle]="'execution.chart.functions' | et" [nzExtra]="hint">
      <ng-template #hint><span class="hint">{{ 'execution.chart.functionsHint' | et }}</span></ng-template>
      @if (functions.status() === 'error') {
        <nz-result nzStatus="warning" [nzTitle]="'execution.error.functions' | et" [nzSubTitle]="errorMessage()">
          <div nz-result-extra>
            <button nz-button type="button" (click)="functions.reload()">{{ 'execution.retry' | et }}</button>
          </div>
        </nz-result>
      } @else if (options(); as chart) {
        <bw-chart
          data-testid="execution-chart-functions"
          [options]="chart"
          [height]="320"
          [label]="'execution.chart.functions' | et"
        />
      } @else if (functions.hasValue()) {
        <nz-empty class="empty" nzNotFoundImage="simple" [nzNotFoundContent]="'execution.chart.functionsEmpty' | et" />
      } @else {
        <nz-skeleton nzActive [nzParagraph]="{ rows: 7 }" />
      }
    </nz-card>
  `,
  styles: `
    :host {
      display: block;
    }

    .hint {
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }

    .empty {
      padding: 96px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FunctionTreemapCard {
  private readonly api = inject(ExecutionApi);
  private readonly i18n = inject(I18n);
  private readonly state = inject(ExecutionState);

  protected readonly functions = resource({
    params: () => {
      const scope = this.state.scope();
      const agencyCode = this.state.agencyCode();
      if (scope === null) return undefined;
      return agencyCode === null ? scope : { ...scope, agencyCode };
    },
    loader: ({ params, abortSignal }) => this.api.functions(params, abortSignal),
  });

  protected readonly options = computed(() => {
    if (!this.functions.hasValue()) return null;
    const breakdown = this.functions.value();
    return hasFunctionSpending(breakdown) ? buildFunctionTreemapChartOptions(breakdown, this.i18n.lang()) : null;
  });
  protected readonly errorMessage = computed(() =>
    this.functions.status() === 'error' ? apiErrorMessage(this.functions.error(), this.i18n.lang()) : '',
  );
}
