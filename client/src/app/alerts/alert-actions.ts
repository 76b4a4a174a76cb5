import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { AuthSession } from '../auth/auth-session';
import { I18n } from '../shared/i18n/i18n';
import type { AlertDetail, WorkflowAction } from './alert.types';
import { allowedActions, mayReview } from './alert-workflow';
import { AlertsTPipe } from './alerts-t.pipe';
import { WorkflowDialog } from './workflow-dialog';

/**
 * The workflow actions one alert allows from its status, each opening its form. Shown to the roles
 * that may act (管理员, 财经委工作人员); auditors and deputies see none, as the server would refuse them.
 */
@Component({
  selector: 'bw-alert-actions',
  imports: [NzButtonModule, AlertsTPipe, WorkflowDialog],
  templateUrl: './alert-actions.html',
  styleUrl: './alert-actions.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'alert-actions' },
})
export class AlertActions {
  private readonly auth = inject(AuthSession);
  private readonly i18n = inject(I18n);

  readonly alert = input.required<AlertDetail>();
  /** The alert changed: its detail and the list are to be fetched again. */
  readonly changed = output<void>();

  protected readonly actions = computed(() =>
    mayReview(this.auth.user()?.role) ? allowedActions(this.alert().status) : [],
  );
  /** The form open, if any; closed when another alert is shown. */
  protected readonly active = linkedSignal<string, WorkflowAction | null>({
    source: () => this.alert().id,
    computation: () => null,
  });
  /** Equal by id, so that the detail fetched again does not reset an open form. */
  protected readonly ids = computed(() => [this.alert().id], { equal: (a, b) => a[0] === b[0] });
  protected readonly subject = computed(() => {
    const alert = this.alert();
    return `${alert.ruleCode} ${this.i18n.lang() === 'zh-CN' ? alert.ruleNameZh : alert.ruleNameEn} · ${alert.entityKey} · ${alert.period}`;
  });

  protected open(action: WorkflowAction): void {
    this.active.set(action);
  }

  protected onDone(): void {
    this.active.set(null);
    this.changed.emit();
  }
}
