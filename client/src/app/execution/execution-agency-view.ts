import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { amountUnitLabel } from '../shared/format/format-amount';
import { I18n } from '../shared/i18n/i18n';
import { buildAgencyRows } from './agency-rows';
import { ExecutionState } from './execution-state';
import { ExecutionTPipe } from './execution-t.pipe';
import { paymentsView } from './execution-view';
import { FunctionTreemapCard } from './function-treemap-card';
import { buildLineRows, buildUnattributedRow } from './line-rows';
import { MonthlyExecutionCard } from './monthly-execution-card';

/**
 * The agency level: the agency against time progress, its spending month by month and by function,
 * and each budget line with what was paid on it (plus the payments that name no line); a line
 * opens its payments.
 */
@Component({
  selector: 'bw-execution-agency-view',
  imports: [
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzResultModule,
    NzSkeletonModule,
    NzTableModule,
    NzTagModule,
    ExecutionTPipe,
    FunctionTreemapCard,
    MonthlyExecutionCard,
  ],
  templateUrl: './execution-agency-view.html',
  styleUrl: './execution-agency-view.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExecutionAgencyView {
  private readonly i18n = inject(I18n);
  protected readonly state = inject(ExecutionState);

  protected readonly lines = this.state.lines;
  protected readonly wan = computed(() => amountUnitLabel('wan', this.i18n.lang()));
  /** The agency's figures from the ranking (budget, executed, rate, lag), once loaded. */
  protected readonly summary = computed(() => {
    const agency = this.state.agency();
    return agency === null ? null : buildAgencyRows([agency], this.i18n.lang())[0]!;
  });
  protected readonly rows = computed(() =>
    this.lines.hasValue() ? buildLineRows(this.lines.value(), this.i18n.lang()) : [],
  );
  protected readonly unattributed = computed(() =>
    this.lines.hasValue() ? buildUnattributedRow(this.lines.value(), this.i18n.lang()) : null,
  );
  protected readonly errorMessage = computed(() =>
    this.lines.status() === 'error' ? apiErrorMessage(this.lines.error(), this.i18n.lang()) : '',
  );

  protected paymentsParams(agencyCode: string, lineId: string | null) {
    return this.state.queryParams(paymentsView(agencyCode, lineId));
  }

  /** A line's payments; '' for those naming no line. */
  protected openLine(agencyCode: string, lineId: string): void {
    void this.state.go(paymentsView(agencyCode, lineId));
  }
}
