import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ApiClient } from '../shared/api/api-client';
import type { FeedCatalog, FeedName, MappingPreset } from '../shared/api/api.types';
import { apiErrorIssues, apiErrorMessage } from '../shared/api/api-error-message';
import { I18n } from '../shared/i18n/i18n';
import { TPipe } from '../shared/i18n/t.pipe';
import { feedLabel } from './ingest-vocabulary';
import { describePresetIssue, emptyPresetForm, formToPreset, presetFormProblems, presetToForm, withPresetFeed, type PresetForm } from './preset-form';

/** The form of one mapping preset: new (preset null) or an existing one, whose name is then its key. */
@Component({
  selector: 'bw-preset-editor',
  imports: [
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzEmptyModule,
    NzFormModule,
    NzInputModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    TPipe,
  ],
  templateUrl: './preset-editor.html',
  styleUrl: './preset-editor.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'preset-editor' },
})
export class PresetEditor {
  private readonly api = inject(ApiClient);
  private readonly i18n = inject(I18n);

  readonly catalog = input.required<FeedCatalog>();
  readonly preset = input<MappingPreset | null>(null);
  readonly saved = output<MappingPreset>();
  readonly cancelled = output<void>();

  protected readonly form = linkedSignal<PresetForm>(() => {
    const preset = this.preset();
    return preset ? presetToForm(preset) : emptyPresetForm();
  });
  protected readonly editing = computed(() => this.preset() !== null);
  protected readonly saving = signal(false);
  /** Problems are shown once a save was attempted, not while the user is still typing. */
  protected readonly attempted = signal(false);
  protected readonly saveError = signal<unknown>(null);

  protected readonly feedOptions = computed(() => this.catalog().feeds.map((feed) => ({ value: feed.name, label: feedLabel(feed.name, this.i18n.lang()) })));
  protected readonly columns = computed(() => this.catalog().feeds.find((feed) => feed.name === this.form().feed)?.columns ?? []);
  protected readonly problems = computed(() => (this.attempted() ? presetFormProblems(this.form()) : []));
  protected readonly saveErrorMessage = computed(() => {
    const error = this.saveError();
    return error === null ? null : apiErrorMessage(error, this.i18n.lang());
  });
  protected readonly saveErrorIssues = computed(() =>
    apiErrorIssues(this.saveError()).map((issue) => describePresetIssue(issue, this.columns(), this.i18n.lang())),
  );

  protected update(change: Partial<Omit<PresetForm, 'feed' | 'sources' | 'constants'>>): void {
    this.form.update((form) => ({ ...form, ...change }));
  }

  protected selectFeed(feed: FeedName): void {
    this.form.update((form) => withPresetFeed(form, feed));
  }

  protected setSource(key: string, text: string): void {
    this.form.update((form) => ({ ...form, sources: { ...form.sources, [key]: text } }));
  }

  protected setConstant(key: string, text: string): void {
    this.form.update((form) => ({ ...form, constants: { ...form.constants, [key]: text } }));
  }

  /** Values an enum column accepts, offered as the constant's placeholder ("GPB / GFB / SCB / SIF"). */
  protected constantPlaceholder(values: Record<string, string[]> | undefined): string {
    return values ? Object.keys(values).join(' / ') : this.i18n.t('ingest.preset.constantPlaceholder');
  }

  protected async save(): Promise<void> {
    this.attempted.set(true);
    const form = this.form();
    if (presetFormProblems(form).length > 0 || form.feed === null || this.saving()) return;
    this.saving.set(true);
    this.saveError.set(null);
    try {
      this.saved.emit(await this.api.saveMappingPreset(formToPreset({ ...form, feed: form.feed })));
    } catch (error) {
      this.saveError.set(error);
    } finally {
      this.saving.set(false);
    }
  }
}
