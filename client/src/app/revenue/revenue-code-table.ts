import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { amountUnitLabel } from '../shared/format/format-amount';
import { I18n } from '../shared/i18n/i18n';
import { buildCodeRows, toggleCode } from './code-rows';
import { RevenueTPipe } from './revenue-t.pipe';
import type { RevenueCodes } from './revenue.types';

/** 收入分类 类 → 款 → 项, each row expanding to the level below, with budget, collection and last year. */
@Component({
  selector: 'bw-revenue-code-table',
  imports: [NzTableModule, NzTagModule, RevenueTPipe],
  templateUrl: './revenue-code-table.html',
  styleUrl: './revenue-code-table.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevenueCodeTable {
  private readonly i18n = inject(I18n);

  readonly codes = input.required<RevenueCodes>();
  private readonly expanded = signal<ReadonlySet<string>>(new Set());

  protected readonly wan = computed(() => amountUnitLabel('wan', this.i18n.lang()));
  protected readonly rows = computed(() => buildCodeRows(this.codes(), this.expanded(), this.i18n.lang()));

  protected toggle(code: string): void {
    this.expanded.update((expanded) => toggleCode(expanded, code));
  }
}
