import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { BatchDetail } from '../shared/api/api.types';
import { I18n } from '../shared/i18n/i18n';
import { TPipe } from '../shared/i18n/t.pipe';
import { buildBatchResultView } from './batch-result-view';

/** What a load did: status, the six row counts, file problems, reference warnings and the first row errors. */
@Component({
  selector: 'bw-batch-result',
  imports: [NzAlertModule, NzButtonModule, NzDescriptionsModule, NzIconModule, NzTableModule, NzTagModule, TPipe],
  templateUrl: './batch-result.html',
  styleUrl: './batch-result.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'batch-result' },
})
export class BatchResult {
  private readonly i18n = inject(I18n);

  readonly detail = input.required<BatchDetail>();
  /** The job's own file-level reasons (bilingual), when the result follows an upload. */
  readonly fileErrors = input<readonly { zh: string; en: string }[] | undefined>(undefined);

  protected readonly view = computed(() => buildBatchResultView(this.detail(), this.i18n.lang(), this.fileErrors()));
}
