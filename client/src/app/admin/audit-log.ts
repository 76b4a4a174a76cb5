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
import { DownloadOutline, ReloadOutline } from '@ant-design/icons-angular/icons';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { formatCount } from '../shared/format/format-count';
import { I18n } from '../shared/i18n/i18n';
import { AdminApi } from './admin-api';
import { AdminTPipe } from './admin-t.pipe';
import { adminText } from './admin-text';
import { AUDIT_ACTIONS, auditActionLabel } from './audit-actions';
import { auditCsvUrl } from './audit-export-url';
import {
  AUDIT_PAGE_SIZES,
  NO_AUDIT_FILTERS,
  auditListInput,
  hasAuditFilters,
  type AuditFilters,
} from './audit-filters';
import { buildAuditRows } from './audit-rows';

/**
 * 审计日志: who did what and when, newest first, filtered by action, username and Beijing days,
 * a page at a time, with the CSV export of the same selection. The days are the browser's own date
 * fields: ng-zorro's date picker would pull date-fns into the initial bundle through the shared
 * ng-zorro-antd/i18n module (≈ 90 kB).
 */
@Component({
  selector: 'bw-audit-log',
  imports: [
    FormsModule,
    NzButtonModule,
    NzEmptyModule,
    NzIconModule,
    NzInputModule,
    NzResultModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    NzTooltipModule,
    AdminTPipe,
  ],
  templateUrl: './audit-log.html',
  styleUrl: './audit-log.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideNzIconsPatch([DownloadOutline, ReloadOutline])],
})
export class AuditLog {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18n);

  /** Bumped when an account changed on the users tab: the log is fetched again. */
  readonly version = input(0);

  protected readonly filters = signal<AuditFilters>(NO_AUDIT_FILTERS);
  /** The username as typed; applied on Enter or when the field is left. */
  protected readonly usernameDraft = linkedSignal(() => this.filters().username);
  protected readonly pageSize = signal(AUDIT_PAGE_SIZES[0]!);
  /** Back to the first page whenever the filters or the page size change. */
  protected readonly pageIndex = linkedSignal({
    source: () => [this.filters(), this.pageSize()] as const,
    computation: () => 1,
  });
  protected readonly pageSizes = [...AUDIT_PAGE_SIZES];

  protected readonly page = resource({
    params: () => ({
      query: auditListInput(this.filters(), this.pageIndex(), this.pageSize()),
      version: this.version(),
    }),
    loader: ({ params, abortSignal }) => this.api.audit(params.query, abortSignal),
  });

  private readonly lang = this.i18n.lang;
  protected readonly rows = computed(() =>
    this.page.hasValue() ? buildAuditRows(this.page.value().items, this.lang()) : [],
  );
  protected readonly total = computed(() => (this.page.hasValue() ? this.page.value().total : 0));
  protected readonly totalText = computed(() =>
    adminText(this.lang(), 'admin.audit.total', { total: formatCount(this.total(), this.lang()) }),
  );
  protected readonly errorMessage = computed(() =>
    this.page.status() === 'error' ? apiErrorMessage(this.page.error(), this.lang()) : '',
  );
  protected readonly filtered = computed(() => hasAuditFilters(this.filters()));
  protected readonly csvUrl = computed(() => auditCsvUrl(this.filters()));

  protected readonly actionOptions = computed(() =>
    AUDIT_ACTIONS.map((action) => ({ value: action, label: auditActionLabel(action, this.lang()) })),
  );
  protected filterAction(action: string | null): void {
    this.filters.update((filters) => ({ ...filters, action: action || null }));
  }

  protected applyUsername(): void {
    const username = this.usernameDraft();
    if (username.trim() !== this.filters().username.trim())
      this.filters.update((filters) => ({ ...filters, username }));
  }

  /** A day from a date field ('YYYY-MM-DD', or '' once cleared). */
  protected filterDay(bound: 'from' | 'to', day: string): void {
    this.filters.update((filters) => ({ ...filters, [bound]: day || null }));
  }

  protected resetFilters(): void {
    this.filters.set(NO_AUDIT_FILTERS);
  }
}
