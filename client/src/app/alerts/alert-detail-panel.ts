import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { I18n } from '../shared/i18n/i18n';
import { buildAlertDetailView } from './alert-detail-view';
import type { AlertDetail } from './alert.types';
import { AlertsTPipe } from './alerts-t.pipe';

/** One alert: explanation, value against threshold, the rule version and parameters, the evidence and the history. */
@Component({
  selector: 'bw-alert-detail-panel',
  imports: [NzDescriptionsModule, NzEmptyModule, NzTableModule, NzTagModule, NzTimelineModule, AlertsTPipe],
  templateUrl: './alert-detail-panel.html',
  styleUrl: './alert-detail-panel.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'alert-detail' },
})
export class AlertDetailPanel {
  private readonly i18n = inject(I18n);

  readonly detail = input.required<AlertDetail>();

  protected readonly view = computed(() => buildAlertDetailView(this.detail(), this.i18n.lang()));
}
