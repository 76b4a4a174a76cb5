import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, resource } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzTableModule, type NzTableQueryParams, type NzTableSortOrder } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { amountUnitLabel, formatYuan } from '../shared/format/format-amount';
import { I18n } from '../shared/i18n/i18n';
import { ExecutionApi } from './execution-api';
import { ExecutionState } from './execution-state';
import { ExecutionTPipe } from './execution-t.pipe';
import type { ExecutionView } from './execution-view';
import type { PaymentPage, PaymentSortField } from './execution.types';
import {
  DEFAULT_PAYMENT_QUERY,
  DEFAULT_PAYMENT_SORT,
  NO_PAYMENT_FILTERS,
  PAYMENT_PAGE_SIZES,
  hasPaymentFilters,
  paymentSearchInput,
  readAmountField,
  readCodeField,
  type FieldValue,
  type PaymentFilters,
  type PaymentQuery,
  type PaymentSort,
} from './payment-query';
import { buildPaymentRows, paymentTotalText } from './payment-rows';

type PaymentsView = Extract<ExecutionView, { level: 'payments' }>;
/** The filters typed into a text field, applied on Enter or when the field is left. */
type TextFilter = 'payee' | 'minAmount' | 'maxAmount' | 'econCode' | 'funcCode';

const READERS: Record<Exclude<TextFilter, 'payee'>, (text: string) => FieldValue> = {
  minAmount: readAmountField,
  maxAmount: readAmountField,
  econCode: readCodeField,
  funcCode: readCodeField,
};

/**
 * 支付明细: an agency's payments (of one line, of none, or all), filtered by day, payee, amount and
 * classification, sorted and paged by the server. Every change is a navigation, so the list is
 * what the URL says and the back button undoes a filter or a page.
 */
@Component({
  selector: 'bw-payment-list',
  imports: [
    FormsModule,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzInputModule,
    NzResultModule,
    NzTableModule,
    NzTagModule,
    ExecutionTPipe,
  ],
  templateUrl: './payment-list.html',
  styleUrl: './payment-list.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentList {
  private readonly api = inject(ExecutionApi);
  private readonly i18n = inject(I18n);
  private readonly state = inject(ExecutionState);

  /** The payments level as the URL has it (the page shows this component at that level only). */
  protected readonly view = computed<PaymentsView | null>(() => {
    const view = this.state.view();
    return view.level === 'payments' ? view : null;
  });
  protected readonly query = computed(() => this.view()?.query ?? DEFAULT_PAYMENT_QUERY);
  protected readonly filters = computed(() => this.query().filters);

  /** Texts as typed; each starts from the URL and follows it when the URL changes (back button). */
  protected readonly drafts = linkedSignal(() => {
    const filters = this.filters();
    return {
      payee: filters.payee,
      minAmount: filters.minAmount ?? '',
      maxAmount: filters.maxAmount ?? '',
      econCode: filters.econCode ?? '',
      funcCode: filters.funcCode ?? '',
    } satisfies Record<TextFilter, string>;
  });
  /** Fields whose text the server would refuse: marked, and not applied. */
  protected readonly invalid = linkedSignal<unknown, ReadonlySet<TextFilter>>({
    source: this.filters,
    computation: () => new Set(),
  });

  /** Compared by value: a navigation that changes nothing of the list does not fetch it again. */
  private readonly input = computed(
    () => {
      const scope = this.state.scope();
      const view = this.view();
      return scope === null || view === null ? undefined : paymentSearchInput(scope, view.agencyCode, view.lineId, view.query);
    },
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  protected readonly page = resource({
    params: () => this.input(),
    loader: ({ params, abortSignal }) => this.api.payments(params, abortSignal),
  });

  /**
   * The page shown: the last one loaded, kept while the next loads (under the table's spinner) so
   * that the pager and the totals stay in place instead of blinking out at every page or sort.
   */
  private readonly shown = linkedSignal<PaymentPage | undefined, PaymentPage | null>({
    source: () => (this.page.hasValue() ? this.page.value() : undefined),
    computation: (loaded, previous) => loaded ?? previous?.value ?? null,
  });

  private readonly lang = this.i18n.lang;
  protected readonly rows = computed(() => {
    const shown = this.shown();
    return shown === null ? [] : buildPaymentRows(shown, this.lang());
  });
  protected readonly total = computed(() => this.shown()?.total ?? 0);
  protected readonly totalText = computed(() => {
    const shown = this.shown();
    return shown === null ? '' : paymentTotalText(shown, this.lang());
  });
  protected readonly totalExact = computed(() => {
    const shown = this.shown();
    return shown === null ? '' : formatYuan(shown.totalAmount);
  });
  /** The line column is shown when the list is not of one line. */
  protected readonly showLine = computed(() => this.view()?.lineId === null);
  protected readonly filtered = computed(() => hasPaymentFilters(this.filters()));
  protected readonly errorMessage = computed(() =>
    this.page.status() === 'error' ? apiErrorMessage(this.page.error(), this.lang()) : '',
  );
  /** The fiscal year's first and last day bound the date fields. */
  protected readonly yearStart = computed(() => `${this.state.scope()?.fiscalYear ?? ''}-01-01`);
  protected readonly yearEnd = computed(() => `${this.state.scope()?.fiscalYear ?? ''}-12-31`);
  protected readonly pageSizes = [...PAYMENT_PAGE_SIZES];
  /** The date column flips between newest and oldest first: "unsorted" would be newest first again. */
  protected readonly dateDirections: NzTableSortOrder[] = ['descend', 'ascend'];
  protected readonly yuanLabel = computed(() => amountUnitLabel('yuan', this.lang()));

  protected sortOrder(field: PaymentSortField): NzTableSortOrder {
    const { sort } = this.query();
    if (sort.field !== field) return null;
    return sort.direction === 'asc' ? 'ascend' : 'descend';
  }

  /**
   * The sort the table's headers ask for, once a click has settled (the table clears the other
   * columns in the same turn); no sorted column means the default, newest first.
   */
  protected sortBy(params: NzTableQueryParams): void {
    const active = params.sort.find((column) => column.value !== null);
    const sort: PaymentSort =
      active === undefined
        ? DEFAULT_PAYMENT_SORT
        : { field: active.key as PaymentSortField, direction: active.value === 'ascend' ? 'asc' : 'desc' };
    const current = this.query().sort;
    if (sort.field !== current.field || sort.direction !== current.direction) this.navigate({ ...this.query(), sort, page: 1 });
  }

  protected goToPage(page: number): void {
    if (page !== this.query().page) this.navigate({ ...this.query(), page });
  }

  protected setPageSize(pageSize: number): void {
    if (pageSize !== this.query().pageSize) this.navigate({ ...this.query(), pageSize, page: 1 });
  }

  protected editDraft(field: TextFilter, text: string): void {
    this.drafts.update((drafts) => ({ ...drafts, [field]: text }));
  }

  /** Applies a typed filter once it reads as the server expects; marks it otherwise. */
  protected applyDraft(field: TextFilter): void {
    const text = this.drafts()[field];
    const read: FieldValue = field === 'payee' ? { valid: true, value: text.trim() } : READERS[field](text);
    this.invalid.update((invalid) => {
      const next = new Set(invalid);
      if (read.valid) next.delete(field);
      else next.add(field);
      return next;
    });
    if (!read.valid) return;
    const value = field === 'payee' ? (read.value ?? '') : read.value;
    if (value !== this.filters()[field]) this.applyFilters({ ...this.filters(), [field]: value });
  }

  /** A day from a date field ('YYYY-MM-DD', or '' once cleared). */
  protected applyDay(bound: 'from' | 'to', day: string): void {
    const value = day === '' ? null : day;
    if (value !== this.filters()[bound]) this.applyFilters({ ...this.filters(), [bound]: value });
  }

  protected resetFilters(): void {
    this.applyFilters(NO_PAYMENT_FILTERS);
  }

  private applyFilters(filters: PaymentFilters): void {
    this.navigate({ ...this.query(), filters, page: 1 });
  }

  private navigate(query: PaymentQuery): void {
    const view = this.view();
    if (view !== null) void this.state.go({ ...view, query });
  }
}
