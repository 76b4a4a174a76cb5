import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18n } from '../shared/i18n/i18n';
import type { MessageParams } from '../shared/i18n/translate';
import type { RevenueMessageKey } from './revenue-messages.zh-cn';
import { revenueText } from './revenue-translate';

/** `{{ 'revenue.through' | rt }}`: the `t` pipe for the page's own dictionary (impure for the same reason). */
@Pipe({ name: 'rt', pure: false })
export class RevenueTPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: RevenueMessageKey, params?: MessageParams): string {
    return revenueText(this.i18n.lang(), key, params);
  }
}
