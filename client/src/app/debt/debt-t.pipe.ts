import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18n } from '../shared/i18n/i18n';
import type { MessageParams } from '../shared/i18n/translate';
import type { DebtMessageKey } from './debt-messages.zh-cn';
import { debtText } from './debt-translate';

/** `{{ 'debt.subtitle' | dt }}`: the `t` pipe for the page's own dictionary (impure for the same reason). */
@Pipe({ name: 'dt', pure: false })
export class DebtTPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: DebtMessageKey, params?: MessageParams): string {
    return debtText(this.i18n.lang(), key, params);
  }
}
