import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { I18n } from '../shared/i18n/i18n';
import { AuthFrame } from './auth-frame';
import { AuthSession } from './auth-session';
import { AuthTPipe } from './auth-t.pipe';
import { authText } from './auth-text';
import { landingUrl } from './return-url';

/**
 * 登录: username and password, Enter or the button to sign in. The server's refusal (wrong
 * password, too many attempts) is shown in the current language; on success the user goes back to
 * the page they had asked for (returnUrl, this app's paths only) or to their role's first section.
 */
@Component({
  selector: 'bw-login-page',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzFormModule, NzInputModule, AuthFrame, AuthTPipe],
  templateUrl: './login-page.html',
  styles: `
    .hint {
      margin: 0 0 16px;
      color: rgba(0, 0, 0, 0.45);
    }

    .error {
      margin-bottom: 16px;
    }

    .submit {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'login-page' },
})
export class LoginPage {
  private readonly session = inject(AuthSession);
  private readonly i18n = inject(I18n);

  /** The `returnUrl` query parameter (withComponentInputBinding); checked before use. */
  readonly returnUrl = input<string>();

  protected readonly username = signal('');
  protected readonly password = signal('');
  protected readonly signingIn = signal(false);
  /** Required-field tips wait for a first attempt rather than greet the user. */
  protected readonly attempted = signal(false);
  private readonly failure = signal<unknown>(null);

  protected readonly heading = computed(() => authText(this.i18n.lang(), 'login.heading'));
  protected readonly usernameMissing = computed(() => this.attempted() && this.username().trim() === '');
  protected readonly passwordMissing = computed(() => this.attempted() && this.password() === '');
  protected readonly errorMessage = computed(() => {
    const failure = this.failure();
    return failure === null ? null : apiErrorMessage(failure, this.i18n.lang());
  });

  protected async signIn(): Promise<void> {
    this.attempted.set(true);
    if (this.signingIn() || this.usernameMissing() || this.passwordMissing()) return;
    this.signingIn.set(true);
    this.failure.set(null);
    try {
      const user = await this.session.login(this.username().trim(), this.password());
      await this.session.open(landingUrl(user, this.returnUrl()));
    } catch (error) {
      this.failure.set(error);
      // The server's reason is the message; an emptied field is no new mistake to point out.
      this.password.set('');
      this.attempted.set(false);
    } finally {
      this.signingIn.set(false);
    }
  }
}
