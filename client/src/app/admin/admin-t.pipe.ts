import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18n } from '../shared/i18n/i18n';
import type { MessageParams } from '../shared/i18n/translate';
import type { AdminMessageKey } from './admin-messages.zh-cn';
import { adminText } from './admin-text';

/** `{{ 'admin.tab.users' | adminT }}`: the `t` pipe for the page's own dictionary (impure for the same reason). */
@Pipe({ name: 'adminT', pure: false })
export class AdminTPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: AdminMessageKey, params?: MessageParams): string {
    return adminText(this.i18n.lang(), key, params);
  }
}
