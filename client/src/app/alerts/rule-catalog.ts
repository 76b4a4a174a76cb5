import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { SettingOutline } from '@ant-design/icons-angular/icons';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { I18n } from '../shared/i18n/i18n';
import type { DetectionSummary, RuleWithThresholds } from './alert.types';
import { AlertsTPipe } from './alerts-t.pipe';
import type { RegionRef } from './region-ancestry';
import { buildRuleCatalogRows } from './rule-catalog-rows';
import { ThresholdEditor } from './threshold-editor';

/**
 * 规则与阈值: every rule with its defaults and the parameters in force for the region in scope; a
 * rule opens in a drawer with its basis, the regional settings and the editor of the region's own.
 */
@Component({
  selector: 'bw-rule-catalog',
  imports: [
    NzButtonModule,
    NzDescriptionsModule,
    NzDrawerModule,
    NzEmptyModule,
    NzIconModule,
    NzTableModule,
    NzTagModule,
    AlertsTPipe,
    ThresholdEditor,
  ],
  templateUrl: './rule-catalog.html',
  styleUrl: './rule-catalog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideNzIconsPatch([SettingOutline])],
  host: { 'data-testid': 'rule-catalog' },
})
export class RuleCatalog {
  private readonly i18n = inject(I18n);

  readonly rules = input.required<readonly RuleWithThresholds[]>();
  /** The region in scope and its ancestors, nearest first. */
  readonly ancestry = input.required<readonly RegionRef[]>();
  /** A threshold was saved or removed: the catalog is to be fetched again. */
  readonly changed = output<void>();
  /** Detection ran after a change: the alert list is to be fetched again. */
  readonly detected = output<DetectionSummary>();

  protected readonly selectedCode = signal<string | null>(null);

  protected readonly rows = computed(() => buildRuleCatalogRows(this.rules(), this.ancestry(), this.i18n.lang()));
  protected readonly regionName = computed(() => this.ancestry()[0]?.name ?? '');
  protected readonly selectedRule = computed(
    () => this.rules().find((rule) => rule.code === this.selectedCode()) ?? null,
  );
  protected readonly selectedRow = computed(() => this.rows().find((row) => row.code === this.selectedCode()) ?? null);
  protected readonly drawerTitle = computed(() => {
    const row = this.selectedRow();
    return row ? `${row.code} ${row.name}` : '';
  });

  protected open(code: string): void {
    this.selectedCode.set(code);
  }

  protected close(): void {
    this.selectedCode.set(null);
  }
}
