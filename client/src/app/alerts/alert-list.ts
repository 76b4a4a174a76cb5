import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  resource,
  signal,
} from '@angular/core';
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
import { AuthSession } from '../auth/auth-session';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { formatCount } from '../shared/format/format-count';
import { I18n } from '../shared/i18n/i18n';
import { AlertActions } from './alert-actions';
import { AlertBulkBar } from './alert-bulk-bar';
import { AlertDetailPanel } from './alert-detail-panel';
import {
  ALERT_PAGE_SIZES,
  NO_ALERT_FILTERS,
  alertListInput,
  hasAlertFilters,
  type AlertFilters,
  type AlertScope,
} from './alert-filters';
import { buildAlertRows } from './alert-rows';
import {
  NO_SELECTION,
  pageSelectionState,
  selectedAlerts,
  toggleAlert,
  togglePage,
  type AlertSelection,
} from './alert-selection';
import type { AlertStatus, RuleWithThresholds, Severity } from './alert.types';
import { ALERT_STATUSES, SEVERITIES, SEVERITY_TAGS } from './alert-vocabulary';
import { mayReview } from './alert-workflow';
import { AlertsApi } from './alerts-api';
import { alertsExportUrl } from './alerts-export-url';
import { AlertsTPipe } from './alerts-t.pipe';
import { alertsText } from './alerts-translate';

/**
 * 预警清单: the alerts of the scope, most severe first, filtered by rule, severity and status, with
 * the open counts per severity and the export of the same selection; an alert opens in a drawer
 * with its workflow actions, and alerts ticked on the page can be acted on together.
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
    AlertActions,
    AlertBulkBar,
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
  private readonly auth = inject(AuthSession);

  readonly scope = input.required<AlertScope>();
  /** The rule catalog, for the rule filter's choices. */
  readonly rules = input<readonly RuleWithThresholds[]>([]);
  /** Bumped after a detection run, so the list is fetched again. */
  readonly version = input(0);

  protected readonly filters = signal<AlertFilters>(NO_ALERT_FILTERS);
  protected readonly pageSize = signal(ALERT_PAGE_SIZES[0]!);
  /** Back to the first page whenever the scope, the filters or the page size change. */
  protected readonly pageIndex = linkedSignal({
    source: () => [this.scope(), this.filters(), this.pageSize()] as const,
    computation: () => 1,
  });
  /** The alert open in the drawer. */
  protected readonly openedId = signal<string | null>(null);
  /** Alerts ticked for a bulk action: those of the page shown, cleared with another page or filter. */
  protected readonly selection = linkedSignal<unknown, AlertSelection>({
    source: () => [this.scope(), this.filters(), this.pageSize(), this.pageIndex()],
    computation: () => NO_SELECTION,
  });
  /** Auditors and deputies read only: no checkboxes, no actions. */
  protected readonly reviewer = computed(() => mayReview(this.auth.user()?.role));
  protected readonly pageSizes = [...ALERT_PAGE_SIZES];

  protected readonly page = resource({
    params: () => ({
      query: alertListInput(this.scope(), this.filters(), this.pageIndex(), this.pageSize()),
      version: this.version(),
    }),
    loader: ({ params, abortSignal }) => this.api.alerts(params.query, abortSignal),
  });
  protected readonly detail = resource({
    params: () => this.openedId() ?? undefined,
    loader: ({ params, abortSignal }) => this.api.alert(params, abortSignal),
  });

  private readonly lang = this.i18n.lang;
  protected readonly rows = computed(() =>
    this.page.hasValue() ? buildAlertRows(this.page.value().items, this.lang()) : [],
  );
  protected readonly pageIds = computed(() => this.rows().map((row) => row.id));
  protected readonly pageChecked = computed(() => pageSelectionState(this.selection(), this.pageIds()));
  protected readonly selected = computed(() => selectedAlerts(this.rows(), this.selection()));
  protected readonly total = computed(() => (this.page.hasValue() ? this.page.value().total : 0));
  protected readonly totalText = computed(() => formatCount(this.total(), this.lang()));
  protected readonly severityCounts = computed(() => {
    const counts = this.page.hasValue() ? this.page.value().bySeverity : null;
    return SEVERITIES.map((severity) => ({
      severity,
      color: SEVERITY_TAGS[severity].color,
      label: alertsText(this.lang(), SEVERITY_TAGS[severity].labelKey),
      title: alertsText(this.lang(), 'alerts.severity.count', {
        severity: alertsText(this.lang(), SEVERITY_TAGS[severity].labelKey),
      }),
      count: counts === null ? '—' : formatCount(counts[severity], this.lang()),
    }));
  });
  protected readonly errorMessage = computed(() =>
    this.page.status() === 'error' ? apiErrorMessage(this.page.error(), this.lang()) : '',
  );
  protected readonly detailError = computed(() =>
    this.detail.status() === 'error' ? apiErrorMessage(this.detail.error(), this.lang()) : '',
  );
  protected readonly filtered = computed(() => hasAlertFilters(this.filters()));

  protected readonly ruleOptions = computed(() =>
    this.rules().map((rule) => ({
      value: rule.code,
      label: `${rule.code} ${this.lang() === 'zh-CN' ? rule.nameZh : rule.nameEn}`,
    })),
  );
  protected readonly severityOptions = SEVERITIES.map((severity) => ({
    severity,
    labelKey: SEVERITY_TAGS[severity].labelKey,
  }));
  protected readonly statusOptions = (Object.keys(ALERT_STATUSES) as AlertStatus[]).map((status) => ({
    status,
    labelKey: ALERT_STATUSES[status].labelKey,
  }));

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
    this.openedId.set(id);
  }

  protected close(): void {
    this.openedId.set(null);
  }

  protected tick(id: string, checked: boolean): void {
    this.selection.update((selection) => toggleAlert(selection, id, checked));
  }

  protected tickPage(checked: boolean): void {
    this.selection.update((selection) => togglePage(selection, this.pageIds(), checked));
  }

  protected clearSelection(): void {
    this.selection.set(NO_SELECTION);
  }

  /** One alert changed from the drawer: its detail and the list again. */
  protected onAlertChanged(): void {
    this.detail.reload();
    this.page.reload();
  }

  /** A bulk action went through: the selection is done with. */
  protected onBulkChanged(ids: string[]): void {
    this.selection.set(NO_SELECTION);
    this.page.reload();
    const opened = this.openedId();
    if (opened !== null && ids.includes(opened)) this.detail.reload();
  }
}
