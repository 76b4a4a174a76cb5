import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { amountUnitLabel } from '../shared/format/format-amount';
import { I18n } from '../shared/i18n/i18n';
import { buildBondProjectRows } from './bond-project-views';
import { DebtState } from './debt-state';
import { DebtTPipe } from './debt-t.pipe';

/** Each special bond project, least spent first, with its spending bar and DEBT-IDLE's verdict. */
@Component({
  selector: 'bw-bond-project-table',
  imports: [NzCardModule, NzTableModule, NzTagModule, DebtTPipe],
  templateUrl: './bond-project-table.html',
  styleUrl: './bond-project-table.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BondProjectTable {
  private readonly i18n = inject(I18n);
  private readonly state = inject(DebtState);

  private readonly data = computed(() => (this.state.projects.hasValue() ? this.state.projects.value() : null));
  protected readonly rows = computed(() => {
    const data = this.data();
    return data === null ? [] : buildBondProjectRows(data, this.i18n.lang());
  });
  /** Shown when the server listed fewer projects than it counted. */
  protected readonly truncated = computed(() => {
    const data = this.data();
    return data !== null && data.projects.length < data.total.projects ? data.projects.length : null;
  });
  protected readonly wan = computed(() => amountUnitLabel('wan', this.i18n.lang()));
}
