import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { DownloadOutline, ReloadOutline } from '@ant-design/icons-angular/icons';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { formatCount } from '../shared/format/format-count';
import { I18n } from '../shared/i18n/i18n';
import { AlertDetailPanel } from './alert-detail-panel';
import { ALERT_PAGE_SIZES, NO_ALERT_FILTERS, alertListInput, hasAlertFilters, type AlertFilters, type AlertScope } from './alert-filters';
import { buildAlertRows } from './alert-rows';
import type { AlertStatus, RuleWithThresholds, Severity } from './alert.types';
import { ALERT_STATUSES, SEVERITIES, SEVERITY_TAGS } from './alert-vocabulary';
import { AlertsApi } from './alerts-api';
import { alertsExportUrl } from './alerts-export-url';
import { AlertsTPipe } from './alerts-t.pipe';
import { alertsText } from './alerts-translate';

/**
 * 预警清单: the alerts of the scope, most severe first, filtered by rule, severity and status, with
 * the open counts per severity and the export of the same selection; an alert opens in a drawer.
 */
@Component({
  selector: 'bw-alert-list',
  imports: [
    FormsModule,
    NzButtonModule,
    NzCheckboxModule,
    NzDrawerModule,
    NzEmptyModule,
    NzIconModule,
    NzResultModule,
    NzSelectModule,
    NzSkeletonModule,
    NzTableModule,
    NzTagModule,
    NzTooltipModule,
    AlertsTPipe,
    AlertDetailPanel,
  ],
  templateUrl: './alert-list.html',
  styleUrl: './alert-list.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideNzIconsPatch([DownloadOutline, ReloadOutline])],
})
export class AlertList {
  private readonly api = inject(AlertsApi);
  private readonly i18n = inject(I18n);

  readonly scope = input.required<AlertScope>();
  /** The rule catalog, for the rule filter's choices. */
  readonly rules = input<readonly RuleWithThresholds[]>([]);
  /** Bumped after a detection run, so the list is fetched again. */
  readonly version = input(0);

  protected readonly filters = signal<AlertFilters>(NO_ALERT_FILTERS);
  protected readonly pageSize = signal(ALERT_PAGE_SIZES[0]!);
  /** Back to the first page whenever the scope, the filters or the page size change. */
  protected readonly pageIndex = linkedSignal({ source: () => [this.scope(), this.filters(), this.pageSize()] as const, computation: () => 1 });
  protected readonly selectedId = signal<string | null>(null);
  protected readonly pageSizes = [...ALERT_PAGE_SIZES];

  protected readonly page = resource({
    params: () => ({ query: alertListInput(this.scope(), this.filters(), this.pageIndex(), this.pageSize()), version: this.version() }),
    loader: ({ params, abortSignal }) => this.api.alerts(params.query, abortSignal),
  });
  protected readonly detail = resource({
    params: () => this.selectedId() ?? undefined,
    loader: ({ params, abortSignal }) => this.api.alert(params, abortSignal),
  });

  private readonly lang = this.i18n.lang;
  protected readonly rows = computed(() => (this.page.hasValue() ? buildAlertRows(this.page.value().items, this.lang()) : []));
  protected readonly total = computed(() => (this.page.hasValue() ? this.page.value().total : 0));
  protected readonly totalText = computed(() => formatCount(this.total(), this.lang()));
  protected readonly severityCounts = computed(() => {
    const counts = this.page.hasValue() ? this.page.value().bySeverity : null;
    return SEVERITIES.map((severity) => ({
      severity,
      color: SEVERITY_TAGS[severity].color,
      label: alertsText(this.lang(), SEVERITY_TAGS[severity].labelKey),
      title: alertsText(this.lang(), 'alerts.severity.count', { severity: alertsText(this.lang(), SEVERITY_TAGS[severity].labelKey) }),
      count: counts === null ? '—' : formatCount(counts[severity], this.lang()),
    }));
  });
  protected readonly errorMessage = computed(() => (this.page.status() === 'error' ? apiErrorMessage(this.page.error(), this.lang()) : ''));
  protected readonly detailError = computed(() => (this.detail.status() === 'error' ? apiErrorMessage(this.detail.error(), this.lang()) : ''));
  protected readonly filtered = computed(() => hasAlertFilters(this.filters()));

  protected readonly ruleOptions = computed(() =>
    this.rules().map((rule) => ({ value: rule.code, label: `${rule.code} ${this.lang() === 'zh-CN' ? rule.nameZh : rule.nameEn}` })),
  );
  protected readonly severityOptions = SEVERITIES.map((severity) => ({ severity, labelKey: SEVERITY_TAGS[severity].labelKey }));
  protected readonly statusOptions = (Object.keys(ALERT_STATUSES) as AlertStatus[]).map((status) => ({ status, labelKey: ALERT_STATUSES[status].labelKey }));

  protected readonly csvUrl = computed(() => alertsExportUrl('csv', this.lang(), this.scope(), this.filters()));
  protected readonly xlsxUrl = computed(() => alertsExportUrl('xlsx', this.lang(), this.scope(), this.filters()));

  protected filterRules(ruleCodes: string[]): void {
    this.filters.update((filters) => ({ ...filters, ruleCodes }));
  }

  protected filterSeverities(severities: Severity[]): void {
    this.filters.update((filters) => ({ ...filters, severities }));
  }

  protected filterStatuses(statuses: AlertStatus[]): void {
    this.filters.update((filters) => ({ ...filters, statuses }));
  }

  protected includeResolved(includeResolved: boolean): void {
    this.filters.update((filters) => ({ ...filters, includeResolved }));
  }

  protected resetFilters(): void {
    this.filters.set(NO_ALERT_FILTERS);
  }

  protected open(id: string): void {
    this.selectedId.set(id);
  }

  protected close(): void {
    this.selectedId.set(null);
  }
}
