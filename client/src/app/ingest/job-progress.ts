import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzStepsModule } from 'ng-zorro-antd/steps';
import { TPipe } from '../shared/i18n/t.pipe';
import type { JobProgressView } from './job-progress-view';

/** The upload's bytes, then the load's phase (读取 → 校验 → 入库 → 完成), bytes read and row counts. */
@Component({
  selector: 'bw-job-progress',
  imports: [NzProgressModule, NzStepsModule, TPipe],
  template: `
    @let progress = view();
    <nz-steps class="steps" data-testid="job-phase" nzSize="small" [nzCurrent]="progress.step" [nzStatus]="progress.stepStatus">
      @for (key of progress.stepKeys; track $index) {
        <nz-step [nzTitle]="key | t" />
      }
    </nz-steps>
    <div class="bars">
      <div class="bar" data-testid="upload-progress">
        <span class="bar-label">{{ 'ingest.progress.upload' | t }}</span>
        <nz-progress
          [nzPercent]="progress.uploadPercent"
          [nzStatus]="progress.uploadPercent < 100 ? 'active' : 'success'"
          nzSize="small"
        />
        <span class="bar-detail">{{ progress.uploadBytes }}</span>
      </div>
      <div class="bar" data-testid="read-progress">
        <span class="bar-label">{{ 'ingest.progress.read' | t }}</span>
        <nz-progress
          [nzPercent]="progress.readPercent"
          [nzStatus]="progress.stepStatus === 'error' ? 'exception' : progress.readPercent < 100 ? 'active' : 'success'"
          nzSize="small"
        />
        <span class="bar-detail">{{ progress.readBytes }}</span>
      </div>
    </div>
    <dl class="rows">
      <div>
        <dt>{{ 'ingest.progress.rowsParsed' | t }}</dt>
        <dd data-testid="rows-parsed">{{ progress.rowsParsed }}</dd>
      </div>
      <div>
        <dt>{{ 'ingest.progress.rowsValid' | t }}</dt>
        <dd data-testid="rows-valid">{{ progress.rowsValid }}</dd>
      </div>
      <div>
        <dt>{{ 'ingest.progress.rowsStored' | t }}</dt>
        <dd data-testid="rows-stored">{{ progress.rowsStored }}</dd>
      </div>
    </dl>
  `,
  styles: `
    :host {
      display: block;
    }

    .steps {
      margin-bottom: 20px;
    }

    .bars {
      display: grid;
      gap: 8px;
    }

    .bar {
      display: grid;
      grid-template-columns: 88px 1fr 160px;
      align-items: center;
      gap: 12px;
    }

    .bar-label {
      color: rgba(0, 0, 0, 0.65);
    }

    .bar-detail {
      color: rgba(0, 0, 0, 0.45);
      font-variant-numeric: tabular-nums;
      text-align: right;
    }

    .rows {
      display: grid;
      grid-template-columns: repeat(3, 1fr);
      gap: 16px;
      margin: 16px 0 0;
    }

    .rows div {
      padding: 12px 16px;
      background: #fafafa;
      border: 1px solid #f0f0f0;
    }

    .rows dt {
      color: rgba(0, 0, 0, 0.45);
      font-size: 13px;
    }

    .rows dd {
      margin: 4px 0 0;
      font-size: 22px;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JobProgress {
  readonly view = input.required<JobProgressView>();
}
