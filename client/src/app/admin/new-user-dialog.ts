import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { NzTreeNodeOptions } from 'ng-zorro-antd/core/tree';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzTreeSelectModule } from 'ng-zorro-antd/tree-select';
import { authText } from '../auth/auth-text';
import { ROLE_LABEL_KEYS } from '../auth/role-labels';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { I18n } from '../shared/i18n/i18n';
import { AdminApi } from './admin-api';
import { AdminTPipe } from './admin-t.pipe';
import { adminText } from './admin-text';
import type { CreatedUser } from './admin.types';
import { ACCOUNT_ROLES, emptyNewUserForm, newUserInput, newUserProblems, type NewUserForm } from './new-user-form';

/**
 * The 新增用户 form, shown in a modal: username, name, role and region. Problems show once a
 * submit was attempted; the server's refusal (name taken, region outside the administrator's)
 * is shown in the current language. On success the parent shows the one-time password.
 */
@Component({
  selector: 'bw-new-user-dialog',
  imports: [
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzInputModule,
    NzRadioModule,
    NzTreeSelectModule,
    AdminTPipe,
  ],
  templateUrl: './new-user-dialog.html',
  styleUrl: './new-user-dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'new-user-dialog' },
})
export class NewUserDialog {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18n);

  /** The regions the administrator may give an account. */
  readonly regionNodes = input.required<NzTreeNodeOptions[]>();
  /** The region the form starts with: the one the administrator is looking at. */
  readonly defaultRegion = input<string | null>(null);
  readonly created = output<CreatedUser>();
  readonly cancelled = output<void>();

  protected readonly form = signal<NewUserForm>(emptyNewUserForm(null));
  protected readonly attempted = signal(false);
  protected readonly busy = signal(false);
  protected readonly failure = signal<unknown>(null);

  protected readonly regionCode = computed(() => this.form().regionCode ?? this.defaultRegion());
  protected readonly roles = computed(() =>
    ACCOUNT_ROLES.map((role) => ({ role, label: authText(this.i18n.lang(), ROLE_LABEL_KEYS[role]) })),
  );
  protected readonly problems = computed(() =>
    this.attempted()
      ? newUserProblems({ ...this.form(), regionCode: this.regionCode() }).map((key) =>
          adminText(this.i18n.lang(), key),
        )
      : [],
  );
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    return failure === null
      ? null
      : adminText(this.i18n.lang(), 'admin.form.failed', { message: apiErrorMessage(failure, this.i18n.lang()) });
  });

  protected update(changes: Partial<NewUserForm>): void {
    this.form.update((form) => ({ ...form, ...changes }));
  }

  protected async submit(): Promise<void> {
    this.attempted.set(true);
    const form = { ...this.form(), regionCode: this.regionCode() };
    if (newUserProblems(form).length > 0 || this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    try {
      const created = await this.api.createUser(newUserInput(form));
      // Ready for the next account, even if this instance is shown again before the modal is gone.
      this.form.set(emptyNewUserForm(null));
      this.attempted.set(false);
      this.created.emit(created);
    } catch (error) {
      this.failure.set(error);
    } finally {
      this.busy.set(false);
    }
  }
}
