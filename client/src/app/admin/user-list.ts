import { ChangeDetectionStrategy, Component, computed, inject, output, resource, signal } from '@angular/core';
import { PlusOutline, ReloadOutline } from '@ant-design/icons-angular/icons';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { AuthSession } from '../auth/auth-session';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { formatCount } from '../shared/format/format-count';
import { I18n } from '../shared/i18n/i18n';
import { ReferenceData } from '../shared/state/reference-data';
import { RegionYearSelection } from '../shared/state/region-year-selection';
import { AdminApi } from './admin-api';
import type { AdminMessageKey } from './admin-messages.zh-cn';
import { AdminTPipe } from './admin-t.pipe';
import { adminText } from './admin-text';
import type { CreatedUser } from './admin.types';
import { NewUserDialog } from './new-user-dialog';
import { OneTimePassword } from './one-time-password';
import { accountRegionNodes, regionNameIndex } from './region-names';
import { buildUserRows, type UserRow } from './user-rows';

type AccountChange = 'reset' | 'deactivate' | 'activate';

/** A one-time password on screen: for whom, and whether the account is new or was reset. */
interface ShownPassword {
  kind: 'created' | 'reset';
  username: string;
  password: string;
}

const FAILED: Record<AccountChange, AdminMessageKey> = {
  reset: 'admin.users.resetFailed',
  deactivate: 'admin.users.deactivateFailed',
  activate: 'admin.users.activateFailed',
};

/**
 * 用户: the accounts of the administrator's region and below, with 新增用户, 重设密码 and
 * 停用/启用 (each confirmed). A one-time password, new or reset, is shown once in a modal and
 * forgotten when it closes.
 */
@Component({
  selector: 'bw-user-list',
  imports: [
    NzAlertModule,
    NzButtonModule,
    NzEmptyModule,
    NzIconModule,
    NzModalModule,
    NzPopconfirmModule,
    NzResultModule,
    NzTableModule,
    NzTagModule,
    NzTooltipModule,
    AdminTPipe,
    NewUserDialog,
    OneTimePassword,
  ],
  templateUrl: './user-list.html',
  styleUrl: './user-list.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideNzIconsPatch([PlusOutline, ReloadOutline])],
})
export class UserList {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18n);
  private readonly session = inject(AuthSession);
  private readonly reference = inject(ReferenceData);
  private readonly selection = inject(RegionYearSelection);

  /** An account was created or changed: the audit log has new lines. */
  readonly changed = output<void>();

  protected readonly users = resource({ loader: ({ abortSignal }) => this.api.users(abortSignal) });

  private readonly lang = this.i18n.lang;
  private readonly regions = computed(() => this.reference.summary()?.regions ?? []);
  protected readonly rows = computed(() =>
    this.users.hasValue()
      ? buildUserRows(
          this.users.value(),
          regionNameIndex(this.regions()),
          this.session.user()?.username ?? null,
          this.lang(),
        )
      : [],
  );
  protected readonly totalText = computed(() =>
    adminText(this.lang(), 'admin.users.total', { total: formatCount(this.rows().length, this.lang()) }),
  );
  protected readonly errorMessage = computed(() =>
    this.users.status() === 'error' ? apiErrorMessage(this.users.error(), this.lang()) : '',
  );

  protected readonly regionNodes = computed(() =>
    accountRegionNodes(this.regions(), this.session.user()?.regionCode ?? '', this.lang()),
  );
  protected readonly defaultRegion = computed(() => this.selection.current().regionCode);

  /** The 新增用户 modal is open; its form is drawn afresh each time it opens. */
  protected readonly creating = signal(false);
  protected readonly formShown = signal(false);
  protected readonly shownPassword = signal<ShownPassword | null>(null);
  protected readonly passwordTitle = computed(() => {
    const shown = this.shownPassword();
    if (shown === null) return '';
    return adminText(
      this.lang(),
      shown.kind === 'created' ? 'admin.password.createdTitle' : 'admin.password.resetTitle',
      { user: shown.username },
    );
  });

  /** The account being changed, while its call runs. */
  protected readonly busyUser = signal<string | null>(null);
  private readonly outcome = signal<{ change: AccountChange; username: string; error: unknown } | null>(null);
  protected readonly notice = computed(() => {
    const outcome = this.outcome();
    if (outcome === null) return null;
    const lang = this.lang();
    if (outcome.error !== null) {
      return {
        type: 'error',
        text: adminText(lang, FAILED[outcome.change], {
          user: outcome.username,
          message: apiErrorMessage(outcome.error, lang),
        }),
      };
    }
    if (outcome.change === 'reset') return null;
    return {
      type: 'success',
      text: adminText(lang, outcome.change === 'deactivate' ? 'admin.users.deactivated' : 'admin.users.activated', {
        user: outcome.username,
      }),
    };
  });

  protected openCreate(): void {
    this.outcome.set(null);
    this.formShown.set(true);
    this.creating.set(true);
  }

  protected closeCreate(): void {
    this.creating.set(false);
  }

  protected onCreated(created: CreatedUser): void {
    this.creating.set(false);
    this.shownPassword.set({ kind: 'created', username: created.user.username, password: created.oneTimePassword });
    this.users.reload();
    this.changed.emit();
  }

  /** The password is dropped as the modal closes: it cannot be shown again. */
  protected closePassword(): void {
    this.shownPassword.set(null);
  }

  protected async resetPassword(row: UserRow): Promise<void> {
    await this.change('reset', row.username, async () => {
      const password = await this.api.resetPassword(row.username);
      this.shownPassword.set({ kind: 'reset', username: row.username, password });
    });
  }

  protected async setActive(row: UserRow, active: boolean): Promise<void> {
    await this.change(active ? 'activate' : 'deactivate', row.username, () => this.api.setActive(row.username, active));
  }

  private async change(change: AccountChange, username: string, call: () => Promise<unknown>): Promise<void> {
    if (this.busyUser() !== null) return;
    this.busyUser.set(username);
    this.outcome.set(null);
    try {
      await call();
      this.outcome.set({ change, username, error: null });
      this.users.reload();
      this.changed.emit();
    } catch (error) {
      this.outcome.set({ change, username, error });
    } finally {
      this.busyUser.set(null);
    }
  }
}
