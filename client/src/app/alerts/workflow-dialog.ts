import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { I18n } from '../shared/i18n/i18n';
import type { WorkflowAction } from './alert.types';
import { workflowAction } from './alert-workflow';
import { AlertsApi } from './alerts-api';
import { AlertsTPipe } from './alerts-t.pipe';
import { alertsText } from './alerts-translate';
import {
  COMMENT_MAX_LENGTH,
  EMPTY_WORKFLOW_FORM,
  UNIT_MAX_LENGTH,
  beijingToday,
  transitionInput,
  workflowFormProblems,
  workflowProblemText,
  type WorkflowForm,
  type WorkflowProblem,
} from './workflow-form';

let nextDialog = 0;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The form of one workflow action (开始核实, 交办 …) on one alert or a selection, in a modal: the
 * fields the action needs, checked here as the server checks them, then one alerts.transition
 * call. The server's refusal (409 when an alert stands elsewhere by now) stays in the dialog, in
 * the current language; success closes it through the host, which is told the ids changed.
 *
 * The deadline is picked with the browser's date input, not nz-date-picker: ng-zorro's picker
 * keeps the date-fns half of ng-zorro-antd/core/time alive, and since ng-zorro-antd/i18n (in the
 * initial bundle) imports that module too, about 85 kB would land in the initial bundle.
 */
@Component({
  selector: 'bw-workflow-dialog',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzFormModule, NzInputModule, NzModalModule, AlertsTPipe],
  templateUrl: './workflow-dialog.html',
  styleUrl: './workflow-dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkflowDialog {
  private readonly api = inject(AlertsApi);
  private readonly i18n = inject(I18n);

  /** The action to take; null while the dialog is closed. */
  readonly action = input<WorkflowAction | null>(null);
  readonly ids = input.required<readonly string[]>();
  /** What the action applies to, shown above the fields: the alert, or how many are selected. */
  readonly subject = input('');
  /** The server changed these alerts. */
  readonly done = output<string[]>();
  /** The server refused (nothing changed: the call is all or none). */
  readonly failed = output<unknown>();
  readonly closed = output<void>();

  protected readonly id = `workflow-${nextDialog++}`;
  protected readonly commentMax = COMMENT_MAX_LENGTH;
  protected readonly unitMax = UNIT_MAX_LENGTH;
  protected readonly step = computed(() => {
    const action = this.action();
    return action === null ? null : workflowAction(action);
  });
  protected readonly title = computed(() => {
    const step = this.step();
    return step === null ? '' : alertsText(this.i18n.lang(), step.labelKey);
  });

  /** Everything below starts afresh whenever the dialog opens for another action or other alerts. */
  private readonly opened = computed(() => ({ action: this.action(), ids: this.ids() }));
  protected readonly form = linkedSignal<unknown, WorkflowForm>({
    source: this.opened,
    computation: () => EMPTY_WORKFLOW_FORM,
  });
  /** Read when the dialog opens: the clock stays out of the form's checks. */
  protected readonly today = linkedSignal({ source: this.opened, computation: () => beijingToday(new Date()) });
  /** Problems are shown once a submit was attempted, not while the user is still typing. */
  protected readonly attempted = linkedSignal({ source: this.opened, computation: () => false });
  protected readonly failure = linkedSignal<unknown, { error: unknown } | null>({
    source: this.opened,
    computation: () => null,
  });
  protected readonly busy = signal(false);

  private readonly problems = computed<WorkflowProblem[]>(() => {
    const step = this.step();
    return step === null ? [] : workflowFormProblems(step, this.form(), this.today());
  });
  /** The first problem of each field, in the current language, once a submit was attempted. */
  protected readonly fieldErrors = computed(() => {
    const errors: Partial<Record<WorkflowProblem['field'], string>> = {};
    if (!this.attempted()) return errors;
    for (const problem of this.problems()) errors[problem.field] ??= workflowProblemText(problem, this.i18n.lang());
    return errors;
  });
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    return failure === null
      ? null
      : alertsText(this.i18n.lang(), 'alerts.workflow.failed', {
          message: apiErrorMessage(failure.error, this.i18n.lang()),
        });
  });

  protected setComment(comment: string): void {
    this.form.update((form) => ({ ...form, comment }));
  }

  protected setUnit(assigneeUnit: string): void {
    this.form.update((form) => ({ ...form, assigneeUnit }));
  }

  /** The date input gives 'YYYY-MM-DD', or '' while the day is incomplete or cleared. */
  protected setDeadline(value: string): void {
    this.form.update((form) => ({ ...form, deadline: ISO_DATE.test(value) ? value : null }));
  }

  protected async submit(): Promise<void> {
    const step = this.step();
    this.attempted.set(true);
    if (step === null || this.busy() || this.problems().length > 0) return;
    this.busy.set(true);
    this.failure.set(null);
    try {
      const result = await this.api.transition(transitionInput(this.ids(), step, this.form()));
      this.done.emit(result.ids);
    } catch (error) {
      this.failure.set({ error });
      this.failed.emit(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected cancel(): void {
    if (!this.busy()) this.closed.emit();
  }
}
