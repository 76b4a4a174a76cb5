import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { ReloadOutline } from '@ant-design/icons-angular/icons';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { I18n } from '../shared/i18n/i18n';
import type { DetectionSummary } from './alert.types';
import { AlertsApi } from './alerts-api';
import { AlertsTPipe } from './alerts-t.pipe';
import { alertsText } from './alerts-translate';
import { summarizeDetection } from './summarize-detection';

/** 重新检测: runs a rule again over the region and its sub-regions, and says what changed. */
@Component({
  selector: 'bw-detection-run',
  imports: [NzButtonModule, NzIconModule, AlertsTPipe],
  template: `
    <div class="run">
      <button
        nz-button
        nzSize="small"
        type="button"
        data-testid="run-detection"
        [nzLoading]="running()"
        (click)="run()"
      >
        <nz-icon nzType="reload" />{{ 'alerts.run.button' | at }}
      </button>
      @if (outcome(); as text) {
        <span data-testid="run-outcome" [class.failed]="failed()">{{ text }}</span>
      }
    </div>
  `,
  styles: `
    .run {
      display: flex;
      align-items: center;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 8px;
    }

    .failed {
      color: #cf1322;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideNzIconsPatch([ReloadOutline])],
})
export class DetectionRun {
  private readonly api = inject(AlertsApi);
  private readonly i18n = inject(I18n);

  readonly regionCode = input.required<string>();
  readonly ruleCode = input.required<string>();
  readonly detected = output<DetectionSummary>();

  protected readonly running = signal(false);
  private readonly summary = signal<DetectionSummary | null>(null);
  private readonly error = signal<unknown>(null);

  protected readonly failed = computed(() => this.error() !== null);
  protected readonly outcome = computed(() => {
    const lang = this.i18n.lang();
    if (this.error() !== null)
      return alertsText(lang, 'alerts.run.failed', { message: apiErrorMessage(this.error(), lang) });
    const summary = this.summary();
    return summary === null
      ? null
      : alertsText(lang, 'alerts.run.done', { asOf: summary.asOf, ...summarizeDetection(summary) });
  });

  protected async run(): Promise<void> {
    if (this.running()) return;
    this.running.set(true);
    this.error.set(null);
    try {
      const summary = await this.api.runDetection({ regionCode: this.regionCode(), ruleCodes: [this.ruleCode()] });
      this.summary.set(summary);
      this.detected.emit(summary);
    } catch (error) {
      this.error.set(error);
    } finally {
      this.running.set(false);
    }
  }
}
