import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { amountUnitLabel } from '../shared/format/format-amount';
import { I18n } from '../shared/i18n/i18n';
import { buildEnterpriseRows } from './enterprise-rows';
import { StateAssetsTPipe } from './state-assets-t.pipe';
import type { StateAssets } from './state-assets.types';

/** Every enterprise: balance sheet, leverage, the year's results and state capital revenue, coloured by the rungs reached. */
@Component({
  selector: 'bw-enterprise-table',
  imports: [NzCardModule, NzTableModule, NzTagModule, StateAssetsTPipe],
  templateUrl: './enterprise-table.html',
  styleUrl: './enterprise-table.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnterpriseTable {
  private readonly i18n = inject(I18n);
  readonly data = input.required<StateAssets>();

  protected readonly rows = computed(() => buildEnterpriseRows(this.data(), this.i18n.lang()));
  protected readonly wan = computed(() => amountUnitLabel('wan', this.i18n.lang()));
}
