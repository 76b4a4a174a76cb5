import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { formatCount } from '../shared/format/format-count';
import { I18n } from '../shared/i18n/i18n';
import type { AlertStatus, WorkflowAction } from './alert.types';
import { commonActions } from './alert-workflow';
import { AlertsTPipe } from './alerts-t.pipe';
import { alertsText } from './alerts-translate';
import { WorkflowDialog } from './workflow-dialog';

/** A selected alert: what a bulk action needs to know of it. */
export interface SelectedAlert {
  id: string;
  status: AlertStatus;
}

/**
 * The actions every selected alert allows (a bulk call is all or none), each opening the same form
 * as for one alert. On success the host clears the selection; on a refusal the dialog shows the
 * server's message and the selection stays, so the user can adjust it and try again.
 */
@Component({
  selector: 'bw-alert-bulk-bar',
  imports: [NzButtonModule, AlertsTPipe, WorkflowDialog],
  templateUrl: './alert-bulk-bar.html',
  styleUrl: './alert-bulk-bar.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'bulk-bar' },
})
export class AlertBulkBar {
  private readonly i18n = inject(I18n);

  readonly selected = input.required<readonly SelectedAlert[]>();
  /** The server changed the selected alerts. */
  readonly changed = output<string[]>();
  /** The server refused: nothing changed, but the list may be stale. */
  readonly refused = output<void>();
  readonly cleared = output<void>();

  protected readonly actions = computed(() => commonActions(this.selected().map((alert) => alert.status)));
  /** Equal by content, so that the list fetched again does not reset an open form. */
  protected readonly ids = computed(() => this.selected().map((alert) => alert.id), {
    equal: (a, b) => a.length === b.length && a.every((id, index) => id === b[index]),
  });
  protected readonly active = linkedSignal<readonly string[], WorkflowAction | null>({
    source: this.ids,
    computation: () => null,
  });
  protected readonly countText = computed(() =>
    alertsText(this.i18n.lang(), 'alerts.bulk.selected', { count: formatCount(this.ids().length, this.i18n.lang()) }),
  );

  protected open(action: WorkflowAction): void {
    this.active.set(action);
  }

  protected onDone(ids: string[]): void {
    this.active.set(null);
    this.changed.emit(ids);
  }
}
