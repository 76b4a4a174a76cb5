import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18n } from '../shared/i18n/i18n';
import type { MessageParams } from '../shared/i18n/translate';
import type { AlertsMessageKey } from './alerts-messages.zh-cn';
import { alertsText } from './alerts-translate';

/** `{{ 'alerts.tab.list' | at }}`: the `t` pipe for the page's own dictionary (impure for the same reason). */
@Pipe({ name: 'at', pure: false })
export class AlertsTPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: AlertsMessageKey, params?: MessageParams): string {
    return alertsText(this.i18n.lang(), key, params);
  }
}
