import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18n } from '../shared/i18n/i18n';
import type { MessageParams } from '../shared/i18n/translate';
import type { SocialFundsMessageKey } from './social-funds-messages.zh-cn';
import { socialFundsText } from './social-funds-translate';

/** `{{ 'socialFunds.through' | st }}`: the `t` pipe for the page's own dictionary (impure for the same reason). */
@Pipe({ name: 'st', pure: false })
export class SocialFundsTPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: SocialFundsMessageKey, params?: MessageParams): string {
    return socialFundsText(this.i18n.lang(), key, params);
  }
}
