import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { amountUnitLabel } from '../shared/format/format-amount';
import { I18n } from '../shared/i18n/i18n';
import { RATIO_KEYS } from './debt-cards';
import { buildDebtRegionRows } from './debt-region-rows';
import { DebtTPipe } from './debt-t.pipe';
import { debtText } from './debt-translate';
import type { DebtPositions } from './debt.types';

/** Each region's limits, balances, 综合财力 and the four ratios, coloured by the rung they reach. */
@Component({
  selector: 'bw-debt-region-table',
  imports: [NzTableModule, NzTagModule, DebtTPipe],
  templateUrl: './debt-region-table.html',
  styleUrl: './debt-region-table.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DebtRegionTable {
  private readonly i18n = inject(I18n);
  readonly positions = input.required<DebtPositions>();

  protected readonly ratioKeys = RATIO_KEYS;
  protected readonly ratioColumns = computed(() =>
    RATIO_KEYS.map((key) => ({ key, title: debtText(this.i18n.lang(), `debt.ratio.${key}`) })),
  );
  protected readonly rows = computed(() => buildDebtRegionRows(this.positions(), this.i18n.lang()));
  protected readonly wan = computed(() => amountUnitLabel('wan', this.i18n.lang()));
}
