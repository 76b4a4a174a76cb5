import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { TPipe } from '../shared/i18n/t.pipe';
import { ACCEPT_ATTRIBUTE, isAcceptedFile } from './accepted-files';

/**
 * The file picker as Ant Design's dragger: click to browse, or drop a file on it. Emits accepted
 * files, and the names of others so that the form can say why nothing happened.
 */
@Component({
  selector: 'bw-file-drop-zone',
  imports: [NzIconModule, TPipe],
  template: `
    <label
      class="zone"
      data-testid="drop-zone"
      [class.dragging]="dragging()"
      [class.disabled]="disabled()"
      (dragover)="dragOver($event)"
      (dragleave)="dragging.set(false)"
      (drop)="drop($event)"
    >
      <input #picker class="picker" type="file" data-testid="upload-file-input" [accept]="accept" [disabled]="disabled()" (change)="pick(picker)" />
      <nz-icon class="icon" nzType="inbox" />
      <span class="text">{{ 'ingest.upload.drop' | t }}</span>
      <span class="hint">{{ 'ingest.upload.formats' | t }}</span>
    </label>
  `,
  styles: `
    .zone {
      position: relative;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 8px;
      min-height: 180px;
      padding: 24px 16px;
      border: 1px dashed #d9d9d9;
      border-radius: 2px;
      background: #fafafa;
      text-align: center;
      cursor: pointer;
      transition: border-color 0.3s;
    }

    .zone:hover,
    .zone:focus-within,
    .zone.dragging {
      border-color: #1890ff;
    }

    .zone.dragging {
      background: #e6f7ff;
    }

    .zone.disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }

    .picker {
      position: absolute;
      width: 1px;
      height: 1px;
      opacity: 0;
    }

    .icon {
      color: #1890ff;
      font-size: 48px;
    }

    .text {
      color: rgba(0, 0, 0, 0.85);
      font-size: 16px;
    }

    .hint {
      color: rgba(0, 0, 0, 0.45);
      font-size: 13px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FileDropZone {
  readonly disabled = input(false);
  readonly fileChosen = output<File>();
  /** The name of a file whose type the readers do not understand. */
  readonly fileRefused = output<string>();

  protected readonly accept = ACCEPT_ATTRIBUTE;
  protected readonly dragging = signal(false);

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    if (!this.disabled()) this.dragging.set(true);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    const file = event.dataTransfer?.files[0];
    if (file && !this.disabled()) this.choose(file);
  }

  protected pick(picker: HTMLInputElement): void {
    const file = picker.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires change again.
    picker.value = '';
    if (file) this.choose(file);
  }

  private choose(file: File): void {
    if (isAcceptedFile(file.name)) this.fileChosen.emit(file);
    else this.fileRefused.emit(file.name);
  }
}
