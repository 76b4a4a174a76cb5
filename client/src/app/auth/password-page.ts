import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { I18n } from '../shared/i18n/i18n';
import { AuthFrame } from './auth-frame';
import type { AuthMessageKey } from './auth-messages.zh-cn';
import { AuthSession } from './auth-session';
import { AuthTPipe } from './auth-t.pipe';
import { authText } from './auth-text';
import { MIN_PASSWORD_LENGTH, passwordProblems } from './password-rules';
import { landingUrl } from './return-url';

/**
 * 修改密码: current password, new one twice. Forced while the account must change it (the server
 * refuses everything else until then), otherwise opened from the user menu. The rules are checked
 * here first; the server's refusal is the final word and is shown as it says it.
 */
@Component({
  selector: 'bw-password-page',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzFormModule, NzInputModule, AuthFrame, AuthTPipe],
  templateUrl: './password-page.html',
  styles: `
    .notice,
    .error {
      margin-bottom: 16px;
    }

    .rules {
      margin: 0 0 16px;
      color: rgba(0, 0, 0, 0.45);
    }

    .actions {
      display: flex;
      gap: 8px;
      justify-content: space-between;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'password-page' },
})
export class PasswordPage {
  protected readonly session = inject(AuthSession);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);

  /** The `returnUrl` query parameter (withComponentInputBinding); checked before use. */
  readonly returnUrl = input<string>();

  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly currentPassword = signal('');
  protected readonly newPassword = signal('');
  protected readonly repeatedPassword = signal('');
  protected readonly saving = signal(false);
  protected readonly signingOut = signal(false);
  /** Problems are shown once a change was attempted, not while the user is still typing. */
  protected readonly attempted = signal(false);
  private readonly failure = signal<unknown>(null);

  protected readonly forced = computed(() => this.session.user()?.mustChangePassword ?? false);
  protected readonly heading = computed(() => authText(this.i18n.lang(), 'password.heading'));
  protected readonly problems = computed(() =>
    passwordProblems({
      username: this.session.user()?.username ?? '',
      currentPassword: this.currentPassword(),
      newPassword: this.newPassword(),
      repeatedPassword: this.repeatedPassword(),
    }),
  );
  /** Each field's problem in the current language, once a change was attempted. */
  protected readonly tips = computed(() => {
    const lang = this.i18n.lang();
    const problems = this.attempted() ? this.problems() : {};
    const tip = (key: AuthMessageKey | undefined) =>
      key === undefined ? null : authText(lang, key, { length: MIN_PASSWORD_LENGTH });
    return {
      currentPassword: tip(problems.currentPassword),
      newPassword: tip(problems.newPassword),
      repeatedPassword: tip(problems.repeatedPassword),
    };
  });
  protected readonly errorMessage = computed(() => {
    const failure = this.failure();
    return failure === null ? null : apiErrorMessage(failure, this.i18n.lang());
  });

  protected async change(): Promise<void> {
    this.attempted.set(true);
    if (this.saving() || Object.keys(this.problems()).length > 0) return;
    this.saving.set(true);
    this.failure.set(null);
    try {
      const user = await this.session.changePassword(this.currentPassword(), this.newPassword());
      await this.router.navigateByUrl(landingUrl(user, this.returnUrl()));
    } catch (error) {
      this.failure.set(error);
    } finally {
      this.saving.set(false);
    }
  }

  /** Back where the user came from, when they were not made to come here. */
  protected async goBack(): Promise<void> {
    const user = this.session.user();
    if (user !== null) await this.router.navigateByUrl(landingUrl(user, this.returnUrl()));
  }

  protected async signOut(): Promise<void> {
    this.signingOut.set(true);
    try {
      await this.session.logout();
    } catch (error) {
      this.failure.set(error);
      this.signingOut.set(false);
    }
  }
}
