import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { Chart } from '../shared/charts/chart';
import { formatAmount } from '../shared/format/format-amount';
import { I18n } from '../shared/i18n/i18n';
import { DebtState } from './debt-state';
import { DebtTPipe } from './debt-t.pipe';
import { debtText } from './debt-translate';
import { buildMaturityChartOptions, hasMaturities } from './maturity-chart-options';

/** 债券到期分布: what the bonds outstanding at the year's end will demand in each of the next ten years. */
@Component({
  selector: 'bw-debt-maturity-card',
  imports: [NzButtonModule, NzCardModule, NzEmptyModule, NzResultModule, NzSkeletonModule, Chart, DebtTPipe],
  template: `
    <nz-card nzSize="small" [nzTitle]="title()" [nzExtra]="outstandingNote">
      <ng-template #outstandingNote
        ><span class="hint" data-testid="debt-maturity-outstanding">{{ outstanding() }}</span></ng-template
      >
      @if (maturities.status() === 'error') {
        <nz-result nzStatus="warning" [nzTitle]="'debt.maturity.error' | dt" [nzSubTitle]="errorMessage()">
          <div nz-result-extra>
            <button nz-button type="button" (click)="maturities.reload()">{{ 'debt.retry' | dt }}</button>
          </div>
        </nz-result>
      } @else if (options(); as chart) {
        <bw-chart data-testid="debt-chart-maturities" [options]="chart" [height]="320" [label]="title()" />
      } @else if (maturities.hasValue()) {
        <nz-empty class="empty" nzNotFoundImage="simple" [nzNotFoundContent]="emptyText()" />
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
export class DebtMaturityCard {
  private readonly i18n = inject(I18n);
  private readonly state = inject(DebtState);
  protected readonly maturities = this.state.maturities;

  private readonly data = computed(() => (this.maturities.hasValue() ? this.maturities.value() : null));
  private readonly year = computed(() => this.data()?.fiscalYear ?? this.state.scope()?.fiscalYear ?? 0);

  protected readonly title = computed(() =>
    debtText(this.i18n.lang(), 'debt.maturity.title', { from: this.year() + 1, to: this.year() + 10 }),
  );
  protected readonly options = computed(() => {
    const data = this.data();
    return data && hasMaturities(data) ? buildMaturityChartOptions(data, this.i18n.lang()) : null;
  });
  protected readonly outstanding = computed(() => {
    const data = this.data();
    if (!data || !hasMaturities(data)) return '';
    const lang = this.i18n.lang();
    const { total, bonds } = data.outstanding;
    return debtText(lang, 'debt.maturity.outstanding', {
      year: data.fiscalYear,
      amount: formatAmount(total, lang),
      count: bonds,
    });
  });
  protected readonly emptyText = computed(() =>
    debtText(this.i18n.lang(), 'debt.maturity.empty', { year: this.year() }),
  );
  protected readonly errorMessage = computed(() =>
    this.maturities.status() === 'error' ? apiErrorMessage(this.maturities.error(), this.i18n.lang()) : '',
  );
}
