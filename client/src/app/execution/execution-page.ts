import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzBreadCrumbModule } from 'ng-zorro-antd/breadcrumb';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { formatDate } from '../shared/format/format-date';
import { formatPercent } from '../shared/format/format-percent';
import { I18n } from '../shared/i18n/i18n';
import { TPipe } from '../shared/i18n/t.pipe';
import { ExecutionAgencyView } from './execution-agency-view';
import { buildCrumbs } from './execution-crumbs';
import { ExecutionRegionView } from './execution-region-view';
import { ExecutionState } from './execution-state';
import { ExecutionTPipe } from './execution-t.pipe';
import { PaymentList } from './payment-list';
import { provideExecutionCharts } from './provide-execution-charts';

/**
 * 执行监控: spending of the region and year in scope against time progress, drilled down from the
 * agencies to an agency's budget lines and to each payment. The level and the payment list's
 * filters live in the URL; the breadcrumb leads back up.
 */
@Component({
  selector: 'bw-execution-page',
  imports: [
    RouterLink,
    NzBreadCrumbModule,
    NzCardModule,
    NzPageHeaderModule,
    NzResultModule,
    NzTagModule,
    TPipe,
    ExecutionTPipe,
    ExecutionAgencyView,
    ExecutionRegionView,
    PaymentList,
  ],
  templateUrl: './execution-page.html',
  styleUrls: ['./execution-page.vendor.css', './execution-page.css'],
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ExecutionState, provideExecutionCharts()],
  host: { 'data-testid': 'execution-page' },
})
export class ExecutionPage {
  private readonly i18n = inject(I18n);
  protected readonly state = inject(ExecutionState);

  protected readonly scope = this.state.scope;
  protected readonly view = this.state.view;
  private readonly ranking = computed(() => (this.state.ranking.hasValue() ? this.state.ranking.value() : null));
  /** The region's name once the ranking has come; its code until then. */
  protected readonly regionName = computed(() => this.ranking()?.regionName ?? this.scope()?.regionCode ?? '');
  protected readonly asOf = computed(() => formatDate(this.ranking()?.asOf ?? null, this.i18n.lang()));
  protected readonly timeProgress = computed(() => formatPercent(this.ranking()?.timeProgress ?? null));
  protected readonly hasFacts = computed(() => this.ranking() !== null);
  protected readonly crumbs = computed(() =>
    buildCrumbs(this.view(), { region: this.regionName(), agency: this.state.agencyName() }, this.i18n.lang()).map(
      (crumb) => ({ ...crumb, params: crumb.target === null ? null : this.state.queryParams(crumb.target) }),
    ),
  );
}
