import { ChangeDetectionStrategy, Component, computed, inject, input, output, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { ApiClient } from '../shared/api/api-client';
import type { FeedCatalog, FeedName, IngestJob, IngestMode } from '../shared/api/api.types';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { formatBytes } from '../shared/format/format-bytes';
import { I18n } from '../shared/i18n/i18n';
import { TPipe } from '../shared/i18n/t.pipe';
import { BatchResult } from './batch-result';
import { FileDropZone } from './file-drop-zone';
import { INGEST_MODES, feedLabel } from './ingest-vocabulary';
import { IngestUploadFlow } from './ingest-upload-flow';
import { JobProgress } from './job-progress';
import { buildJobProgressView } from './job-progress-view';

/** 上传数据: pick the feed, preset and mode, send a file, watch it load and read the result. */
@Component({
  selector: 'bw-ingest-upload',
  imports: [
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzIconModule,
    NzRadioModule,
    NzSelectModule,
    TPipe,
    BatchResult,
    FileDropZone,
    JobProgress,
  ],
  templateUrl: './ingest-upload.html',
  styleUrl: './ingest-upload.css',
  providers: [IngestUploadFlow],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IngestUpload {
  private readonly api = inject(ApiClient);
  private readonly i18n = inject(I18n);
  protected readonly flow = inject(IngestUploadFlow);

  readonly catalog = input.required<FeedCatalog>();
  /** Bumped when presets change elsewhere on the page, so the preset choices are fetched again. */
  readonly presetsVersion = input(0);
  /** A load has ended (succeeded or not): the page refreshes its history and feed status. */
  readonly finished = output<IngestJob>();

  protected readonly lang = this.i18n.lang;
  protected readonly feed = signal<FeedName | null>(null);
  protected readonly preset = signal<string | null>(null);
  protected readonly mode = signal<IngestMode>('strict');
  protected readonly file = signal<File | null>(null);
  protected readonly refusedFile = signal<string | null>(null);

  protected readonly modes = (Object.keys(INGEST_MODES) as IngestMode[]).map((mode) => ({ mode, ...INGEST_MODES[mode] }));
  protected readonly feedOptions = computed(() => {
    const lang = this.i18n.lang();
    return this.catalog().feeds.map((feed) => ({ value: feed.name, label: feedLabel(feed.name, lang) }));
  });

  protected readonly presets = resource({
    params: () => {
      const feed = this.feed();
      return feed === null ? undefined : { feed, version: this.presetsVersion() };
    },
    loader: ({ params, abortSignal }) => this.api.mappingPresets(params.feed, abortSignal),
  });
  protected readonly presetOptions = computed(() => (this.presets.hasValue() ? this.presets.value() : []));

  protected readonly fileSize = computed(() => formatBytes(this.file()?.size ?? null));
  protected readonly canStart = computed(() => this.feed() !== null && this.file() !== null && !this.flow.busy());
  protected readonly progressView = computed(() => buildJobProgressView(this.flow.upload(), this.flow.job(), this.i18n.lang()));
  protected readonly failureMessage = computed(() => {
    const failure = this.flow.failure();
    return failure === null ? '' : apiErrorMessage(failure.error, this.i18n.lang());
  });

  protected selectFeed(feed: FeedName | null): void {
    this.feed.set(feed);
    this.preset.set(null);
  }

  protected chooseFile(file: File): void {
    this.file.set(file);
    this.refusedFile.set(null);
    this.flow.reset();
  }

  protected removeFile(): void {
    this.file.set(null);
    this.flow.reset();
  }

  protected async start(): Promise<void> {
    const feed = this.feed();
    const file = this.file();
    if (feed === null || file === null || this.flow.busy()) return;
    const job = await this.flow.start(file, { feed, mode: this.mode(), preset: this.preset(), fileName: file.name });
    if (job !== null) this.finished.emit(job);
  }

  /** After a result: the same choices, a new file. */
  protected uploadAnother(): void {
    this.file.set(null);
    this.flow.reset();
  }
}
