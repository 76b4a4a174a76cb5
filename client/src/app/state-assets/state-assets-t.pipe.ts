import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18n } from '../shared/i18n/i18n';
import type { MessageParams } from '../shared/i18n/translate';
import type { StateAssetsMessageKey } from './state-assets-messages.zh-cn';
import { stateAssetsText } from './state-assets-translate';

/** `{{ 'stateAssets.subtitle' | sat }}`: the `t` pipe for the page's own dictionary (impure for the same reason). */
@Pipe({ name: 'sat', pure: false })
export class StateAssetsTPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: StateAssetsMessageKey, params?: MessageParams): string {
    return stateAssetsText(this.i18n.lang(), key, params);
  }
}
