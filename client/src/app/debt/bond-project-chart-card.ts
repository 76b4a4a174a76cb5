import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { Chart } from '../shared/charts/chart';
import { I18n } from '../shared/i18n/i18n';
import { bondProjectSummary, buildProjectRegionChartOptions } from './bond-project-views';
import { DebtState } from './debt-state';
import { DebtTPipe } from './debt-t.pipe';
import { debtText } from './debt-translate';

/** 专项债券项目: bond money allocated and spent per region, with the totals and DEBT-IDLE's lines. */
@Component({
  selector: 'bw-bond-project-chart-card',
  imports: [
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzResultModule,
    NzSkeletonModule,
    NzTagModule,
    Chart,
    DebtTPipe,
  ],
  template: `
    <nz-card nzSize="small" [nzTitle]="'debt.projects.chart' | dt">
      @if (projects.status() === 'error') {
        <nz-result nzStatus="warning" [nzTitle]="'debt.projects.error' | dt" [nzSubTitle]="errorMessage()">
          <div nz-result-extra>
            <button nz-button type="button" (click)="projects.reload()">{{ 'debt.retry' | dt }}</button>
          </div>
        </nz-result>
      } @else if (view(); as v) {
        @if (v.options; as options) {
          <p class="summary" data-testid="debt-projects-summary">
            {{ v.summary.totals }}
            @if (v.summary.idle > 0) {
              <nz-tag nzColor="red">{{ 'debt.projects.idleCount' | dt: { count: v.summary.idle } }}</nz-tag>
            }
          </p>
          <bw-chart
            data-testid="debt-chart-projects"
            [options]="options"
            [height]="268"
            [label]="'debt.projects.chart' | dt"
          />
          <p class="rule">{{ v.summary.idleRule }}</p>
        } @else {
          <nz-empty class="empty" nzNotFoundImage="simple" [nzNotFoundContent]="emptyText()" />
        }
      } @else {
        <nz-skeleton nzActive [nzParagraph]="{ rows: 7 }" />
      }
    </nz-card>
  `,
  styles: `
    :host {
      display: block;
    }

    .summary {
      margin: 0 0 8px;
      color: rgba(0, 0, 0, 0.65);
    }

    .summary nz-tag {
      margin-left: 8px;
    }

    .rule {
      margin: 8px 0 0;
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }

    .empty {
      padding: 96px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BondProjectChartCard {
  private readonly i18n = inject(I18n);
  private readonly state = inject(DebtState);
  protected readonly projects = this.state.projects;

  /** Null while loading; options null when the year has no project. */
  protected readonly view = computed(() => {
    if (!this.projects.hasValue()) return null;
    const data = this.projects.value();
    const lang = this.i18n.lang();
    return {
      summary: bondProjectSummary(data, lang),
      options: data.total.projects > 0 ? buildProjectRegionChartOptions(data, lang) : null,
    };
  });
  protected readonly emptyText = computed(() =>
    debtText(this.i18n.lang(), 'debt.projects.empty', { year: this.state.scope()?.fiscalYear ?? '' }),
  );
  protected readonly errorMessage = computed(() =>
    this.projects.status() === 'error' ? apiErrorMessage(this.projects.error(), this.i18n.lang()) : '',
  );
}
