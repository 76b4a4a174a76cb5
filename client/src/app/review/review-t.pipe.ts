import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18n } from '../shared/i18n/i18n';
import type { MessageParams } from '../shared/i18n/translate';
import type { ReviewMessageKey } from './review-messages.zh-cn';
import { reviewText } from './review-translate';

/** `{{ 'review.through' | rvt }}`: the `t` pipe for the page's own dictionary (impure for the same reason). */
@Pipe({ name: 'rvt', pure: false })
export class ReviewTPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(key: ReviewMessageKey, params?: MessageParams): string {
    return reviewText(this.i18n.lang(), key, params);
  }
}
