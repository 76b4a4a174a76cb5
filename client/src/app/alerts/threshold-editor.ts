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
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { apiErrorIssues, apiErrorMessage } from '../shared/api/api-error-message';
import { I18n } from '../shared/i18n/i18n';
import type { DetectionSummary, RuleWithThresholds } from './alert.types';
import { AlertsApi } from './alerts-api';
import { AlertsTPipe } from './alerts-t.pipe';
import { alertsText } from './alerts-translate';
import { DetectionRun } from './detection-run';
import type { RegionRef } from './region-ancestry';
import {
  buildThresholdForm,
  ownOverride,
  thresholdParamsToSave,
  thresholdProblems,
  type ThresholdForm,
} from './threshold-form';

/** What was last done here, offered with a detection run. */
type ThresholdChange = 'saved' | 'cleared';

/**
 * The thresholds of one rule for the region in scope: one field per parameter (typed by its
 * default), saved as the region's own setting or removed so that it inherits again. The server
 * checks the ranges; its bilingual refusal is shown as is.
 */
@Component({
  selector: 'bw-threshold-editor',
  imports: [
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzEmptyModule,
    NzInputModule,
    NzPopconfirmModule,
    NzTableModule,
    AlertsTPipe,
    DetectionRun,
  ],
  templateUrl: './threshold-editor.html',
  styleUrl: './threshold-editor.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'threshold-editor' },
})
export class ThresholdEditor {
  private readonly api = inject(AlertsApi);
  private readonly i18n = inject(I18n);

  readonly rule = input.required<RuleWithThresholds>();
  /** The region to set the thresholds of, then its ancestors (nearest first). */
  readonly ancestry = input.required<readonly RegionRef[]>();
  readonly changed = output<void>();
  readonly detected = output<DetectionSummary>();

  protected readonly form = linkedSignal<ThresholdForm>(() => buildThresholdForm(this.rule(), this.ancestry()));
  protected readonly region = computed(() => this.ancestry()[0] ?? { code: '', name: '' });
  protected readonly own = computed(() => ownOverride(this.rule(), this.region().code));
  protected readonly busy = signal(false);
  /** Problems are shown once a save was attempted, not while the user is still typing. */
  protected readonly attempted = linkedSignal({ source: () => this.form(), computation: () => false });
  protected readonly failure = signal<{ change: ThresholdChange; error: unknown } | null>(null);
  /** Kept while the catalog is fetched again after the change, reset for another rule or region. */
  protected readonly done = linkedSignal<string, ThresholdChange | null>({
    source: () => `${this.rule().code}@${this.region().code}`,
    computation: () => null,
  });

  protected readonly problems = computed(() =>
    this.attempted()
      ? thresholdProblems(this.form()).map((problem) =>
          alertsText(this.i18n.lang(), problem.key, { field: problem.field }),
        )
      : [],
  );
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    if (failure === null) return null;
    const message = apiErrorMessage(failure.error, this.i18n.lang());
    return alertsText(
      this.i18n.lang(),
      failure.change === 'saved' ? 'alerts.threshold.saveFailed' : 'alerts.threshold.clearFailed',
      { message },
    );
  });
  protected readonly failureIssues = computed(() =>
    apiErrorIssues(this.failure()?.error).map((issue) => `${issue.path}: ${issue.message}`),
  );

  protected setValue(key: string, text: string): void {
    this.form.update((form) => ({ ...form, values: { ...form.values, [key]: text } }));
  }

  protected async save(): Promise<void> {
    this.attempted.set(true);
    const form = this.form();
    if (thresholdProblems(form).length > 0 || this.busy()) return;
    await this.change('saved', () =>
      this.api.setThreshold({
        ruleCode: form.ruleCode,
        regionCode: form.regionCode,
        params: thresholdParamsToSave(form, this.own()),
      }),
    );
  }

  protected async clear(): Promise<void> {
    if (this.busy()) return;
    await this.change('cleared', () =>
      this.api.clearThreshold({ ruleCode: this.rule().code, regionCode: this.region().code }),
    );
  }

  private async change(change: ThresholdChange, call: () => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    this.done.set(null);
    try {
      await call();
      this.done.set(change);
      this.changed.emit();
    } catch (error) {
      this.failure.set({ change, error });
    } finally {
      this.busy.set(false);
    }
  }
}
