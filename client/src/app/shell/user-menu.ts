import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthSession } from '../auth/auth-session';
import { AuthTPipe } from '../auth/auth-t.pipe';
import { ROLE_LABEL_KEYS } from '../auth/role-labels';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { I18n } from '../shared/i18n/i18n';

/**
 * The signed-in user in the header: name and role, 修改密码 and 退出登录. Deferred by the shell, with
 * its text in the auth dictionaries, to keep it out of the initial bundle; plain links and buttons
 * rather than an nz-dropdown, whose overlay (@angular/cdk) would weigh on every chunk that shows it.
 */
@Component({
  selector: 'bw-user-menu',
  imports: [RouterLink, AuthTPipe],
  template: `
    @if (session.user(); as user) {
      <div class="user-menu" data-testid="user-menu" role="group" [attr.aria-label]="'menu.account' | authT">
        <span class="who">
          <span class="name" data-testid="user-name">{{ user.displayName }}</span>
          <span class="role" data-testid="user-role">{{ roleLabelKeys[user.role] | authT }}</span>
        </span>
        <a class="action" data-testid="change-password" routerLink="/password">{{ 'menu.changePassword' | authT }}</a>
        <button class="action" data-testid="sign-out" type="button" [disabled]="signingOut()" (click)="signOut()">
          {{ 'menu.signOut' | authT }}
        </button>
        @if (signOutMessage(); as message) {
          <span class="error" data-testid="sign-out-error" role="alert">{{ message }}</span>
        }
      </div>
    }
  `,
  styles: `
    .user-menu {
      display: flex;
      align-items: center;
      gap: 12px;
      padding-left: 12px;
      border-left: 1px solid rgba(255, 255, 255, 0.25);
      line-height: 1.3;
      white-space: nowrap;
    }

    .who {
      display: flex;
      flex-direction: column;
    }

    .role {
      color: rgba(255, 255, 255, 0.65);
      font-size: 12px;
    }

    .action {
      padding: 0;
      border: 0;
      background: transparent;
      color: rgba(255, 255, 255, 0.85);
      font: inherit;
      cursor: pointer;
    }

    .action:hover,
    .action:focus-visible {
      color: #fff;
      text-decoration: underline;
    }

    .action:focus-visible {
      outline: 2px solid #91caff;
      outline-offset: 2px;
    }

    .action:disabled {
      cursor: wait;
    }

    .error {
      color: #ffccc7;
      white-space: normal;
    }

    @media (max-width: 1100px) {
      .role,
      a.action {
        display: none;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserMenu {
  private readonly i18n = inject(I18n);
  protected readonly session = inject(AuthSession);
  protected readonly roleLabelKeys = ROLE_LABEL_KEYS;
  protected readonly signingOut = signal(false);
  private readonly signOutError = signal<unknown>(null);
  protected readonly signOutMessage = computed(() => {
    const error = this.signOutError();
    return error === null ? null : apiErrorMessage(error, this.i18n.lang());
  });

  /** The session ends on the server and the sign-in page loads afresh; a failure leaves the user signed in. */
  protected async signOut(): Promise<void> {
    this.signingOut.set(true);
    this.signOutError.set(null);
    try {
      await this.session.logout();
    } catch (error) {
      this.signOutError.set(error);
      this.signingOut.set(false);
    }
  }
}
