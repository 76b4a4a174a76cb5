import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18n } from '../shared/i18n/i18n';
import type { MessageParams } from '../shared/i18n/translate';
import type { ExecutionMessageKey } from './execution-messages.zh-cn';
import { executionText } from './execution-translate';

/** `{{ 'execution.asOf' | et }}`: the `t` pipe for the page's own dictionary (impure for the same reason). */
@Pipe({ name: 'et', pure: false })
export class ExecutionTPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: ExecutionMessageKey, params?: MessageParams): string {
    return executionText(this.i18n.lang(), key, params);
  }
}
