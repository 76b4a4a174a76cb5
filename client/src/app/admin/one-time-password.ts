import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, input, linkedSignal } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { AdminTPipe } from './admin-t.pipe';

/**
 * A one-time password the server gave for a new or reset account, with a copy button and the
 * warning that it will not be shown again. The page keeps it only while this panel is open.
 */
@Component({
  selector: 'bw-one-time-password',
  imports: [NzAlertModule, NzButtonModule, NzIconModule, AdminTPipe],
  template: `
    <nz-alert
      class="warning"
      nzType="warning"
      nzShowIcon
      data-testid="otp-warning"
      [nzMessage]="'admin.password.warning' | adminT"
    />
    <div class="secret">
      <span class="label" id="otp-label">{{ 'admin.password.label' | adminT }}</span>
      <code class="password" data-testid="otp-password" aria-labelledby="otp-label">{{ password() }}</code>
      <button nz-button type="button" data-testid="otp-copy" (click)="copy()">
        <nz-icon nzType="copy" />{{ 'admin.password.copy' | adminT }}
      </button>
    </div>
    @if (copied() !== null) {
      <p class="copy-result" data-testid="otp-copied" role="status" [class.failed]="!copied()">
        {{ (copied() ? 'admin.password.copied' : 'admin.password.copyFailed') | adminT }}
      </p>
    }
  `,
  styles: `
    :host {
      display: block;
    }

    .warning {
      margin-bottom: 16px;
    }

    .secret {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
    }

    .label {
      color: rgba(0, 0, 0, 0.65);
    }

    .password {
      padding: 4px 12px;
      font-family: SFMono-Regular, Consolas, 'Liberation Mono', Menlo, monospace;
      font-size: 18px;
      letter-spacing: 1px;
      background: #fafafa;
      border: 1px solid #d9d9d9;
      border-radius: 2px;
      user-select: all;
    }

    .copy-result {
      margin: 8px 0 0;
      color: #52c41a;
    }

    .copy-result.failed {
      color: #ff4d4f;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'one-time-password' },
})
export class OneTimePassword {
  private readonly clipboard = inject(Clipboard);

  readonly password = input.required<string>();
  /** Whether the last copy worked; null until the button is used (again, for another password). */
  protected readonly copied = linkedSignal<string, boolean | null>({
    source: () => this.password(),
    computation: () => null,
  });

  protected copy(): void {
    this.copied.set(this.clipboard.copy(this.password()));
  }
}
