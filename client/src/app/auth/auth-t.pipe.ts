import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18n } from '../shared/i18n/i18n';
import type { MessageParams } from '../shared/i18n/translate';
import type { AuthMessageKey } from './auth-messages.zh-cn';
import { authText } from './auth-text';

/** `{{ 'login.username' | authT }}`: the `t` pipe for the sign-in pages' own dictionary (impure for the same reason). */
@Pipe({ name: 'authT', pure: false })
export class AuthTPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: AuthMessageKey, params?: MessageParams): string {
    return authText(this.i18n.lang(), key, params);
  }
}
