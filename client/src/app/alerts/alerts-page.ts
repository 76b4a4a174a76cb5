import {
  ChangeDetectionStrategy,
  Component,
  ViewEncapsulation,
  computed,
  inject,
  resource,
  signal,
} from '@angular/core';
import { AlertOutline, ReloadOutline, SettingOutline } from '@ant-design/icons-angular/icons';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { I18n } from '../shared/i18n/i18n';
import { TPipe } from '../shared/i18n/t.pipe';
import { ReferenceData } from '../shared/state/reference-data';
import { RegionYearSelection } from '../shared/state/region-year-selection';
import { AlertList } from './alert-list';
import type { AlertScope } from './alert-filters';
import { AlertsApi } from './alerts-api';
import { AlertsTPipe } from './alerts-t.pipe';
import { regionAncestry, type RegionRef } from './region-ancestry';
import { RuleCatalog } from './rule-catalog';

/**
 * 预警: the anomalies the rules found in the region and year in scope, with their evidence and
 * export, and the rule catalog where a region tunes its thresholds. One tab each.
 */
@Component({
  selector: 'bw-alerts-page',
  imports: [
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzPageHeaderModule,
    NzResultModule,
    NzSkeletonModule,
    NzTabsModule,
    NzTagModule,
    TPipe,
    AlertsTPipe,
    AlertList,
    RuleCatalog,
  ],
  templateUrl: './alerts-page.html',
  styleUrls: ['./alerts-page.vendor.css', './alerts-page.css'],
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Each component registers the icons it shows, with the page's chunk rather than the initial bundle.
  providers: [provideNzIconsPatch([AlertOutline, ReloadOutline, SettingOutline])],
  host: { 'data-testid': 'alerts-page' },
})
export class AlertsPage {
  private readonly api = inject(AlertsApi);
  private readonly i18n = inject(I18n);
  private readonly selection = inject(RegionYearSelection);
  private readonly reference = inject(ReferenceData);

  protected readonly selectedTab = signal(0);
  /** Bumped after a detection run started here: the list is fetched again. */
  protected readonly alertsVersion = signal(0);

  protected readonly scope = computed<AlertScope | null>(() => {
    const { regionCode, fiscalYear } = this.selection.current();
    return regionCode !== null && fiscalYear !== null ? { regionCode, fiscalYear } : null;
  });
  /** The region in scope and its ancestors, nearest first; the code alone until the region tree is loaded. */
  protected readonly ancestry = computed<RegionRef[]>(() => {
    const scope = this.scope();
    if (scope === null) return [];
    const summary = this.reference.summary();
    const found = summary ? regionAncestry(summary.regions, scope.regionCode) : [];
    return found.length > 0 ? found : [{ code: scope.regionCode, name: scope.regionCode }];
  });
  protected readonly regionName = computed(() => this.ancestry()[0]?.name ?? '');

  protected readonly rules = resource({ loader: ({ abortSignal }) => this.api.rules(abortSignal) });
  protected readonly ruleList = computed(() => (this.rules.hasValue() ? this.rules.value() : []));
  protected readonly rulesError = computed(() =>
    this.rules.status() === 'error' ? apiErrorMessage(this.rules.error(), this.i18n.lang()) : '',
  );

  constructor() {
    // The shell loads the region tree too; this only makes sure the names are there for the title.
    void this.reference.load();
  }

  protected onThresholdsChanged(): void {
    this.rules.reload();
  }

  protected onDetected(): void {
    this.alertsVersion.update((version) => version + 1);
    this.rules.reload();
  }
}
