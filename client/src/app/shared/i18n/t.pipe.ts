import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18n } from './i18n';
import type { MessageParams } from './translate';
import type { MessageKey } from './zh-cn-messages';

/**
 * `{{ 'nav.overview' | t }}`, `{{ 'overview.title' | t: { region, year } }}`. Impure so that it
 * re-reads the language signal whenever its view is checked; the signal read also marks the view
 * for checking when the language changes (zoneless, OnPush).
 */
@Pipe({ name: 't', pure: false })
export class TPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: MessageKey, params?: MessageParams): string {
    return this.i18n.t(key, params);
  }
}
