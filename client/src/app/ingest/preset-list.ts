import { ChangeDetectionStrategy, Component, computed, inject, input, output, resource, signal } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ApiClient } from '../shared/api/api-client';
import type { FeedCatalog, MappingPreset } from '../shared/api/api.types';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { NO_VALUE } from '../shared/format/format-percent';
import { I18n } from '../shared/i18n/i18n';
import { TPipe } from '../shared/i18n/t.pipe';
import { feedName } from './ingest-vocabulary';
import { PresetEditor } from './preset-editor';

/** 映射方案: the saved presets, with a modal editor to create or change one and a confirmed delete. */
@Component({
  selector: 'bw-preset-list',
  imports: [NzAlertModule, NzButtonModule, NzEmptyModule, NzIconModule, NzModalModule, NzPopconfirmModule, NzResultModule, NzTableModule, NzTagModule, TPipe, PresetEditor],
  templateUrl: './preset-list.html',
  styleUrl: './preset-list.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PresetList {
  private readonly api = inject(ApiClient);
  private readonly i18n = inject(I18n);

  readonly catalog = input.required<FeedCatalog>();
  /** A preset was saved or deleted: the upload form's choices are out of date. */
  readonly changed = output<void>();

  protected readonly presets = resource({ loader: ({ abortSignal }) => this.api.mappingPresets(undefined, abortSignal) });
  /** The preset in the editor: `{ preset: null }` for a new one; kept while the modal closes, so its form does not collapse. */
  protected readonly editing = signal<{ preset: MappingPreset | null } | null>(null);
  protected readonly editorOpen = signal(false);
  protected readonly deleteError = signal<string | null>(null);

  private readonly lang = this.i18n.lang;
  protected readonly rows = computed(() =>
    (this.presets.hasValue() ? this.presets.value() : []).map((preset) => ({
      preset,
      feedName: feedName(preset.feed, this.lang()),
      mapped: Object.keys(preset.columns).length,
      constants: Object.keys(preset.constants).length,
    })),
  );
  protected readonly noValue = NO_VALUE;
  protected readonly errorMessage = computed(() => (this.presets.status() === 'error' ? apiErrorMessage(this.presets.error(), this.lang()) : ''));
  protected readonly editorTitle = computed(() => {
    const preset = this.editing()?.preset;
    return preset ? this.i18n.t('ingest.preset.editTitle', { name: preset.name }) : this.i18n.t('ingest.preset.createTitle');
  });

  protected create(): void {
    this.openEditor(null);
  }

  protected edit(preset: MappingPreset): void {
    this.openEditor(preset);
  }

  protected closeEditor(): void {
    this.editorOpen.set(false);
  }

  /** Once the modal has closed: the next one starts from a fresh form. */
  protected editorClosed(): void {
    this.editing.set(null);
  }

  protected onSaved(): void {
    this.editorOpen.set(false);
    this.presets.reload();
    this.changed.emit();
  }

  private openEditor(preset: MappingPreset | null): void {
    this.editing.set({ preset });
    this.editorOpen.set(true);
  }

  protected async remove(preset: MappingPreset): Promise<void> {
    this.deleteError.set(null);
    try {
      await this.api.deleteMappingPreset(preset.name);
      this.presets.reload();
      this.changed.emit();
    } catch (error) {
      this.deleteError.set(this.i18n.t('ingest.preset.deleteFailed', { message: apiErrorMessage(error, this.lang()) }));
    }
  }
}
