import { DOCUMENT, Injectable, effect, inject, signal } from '@angular/core';
import { TitleStrategy, type RouterStateSnapshot } from '@angular/router';
import { I18n } from '../shared/i18n/i18n';
import type { MessageKey } from '../shared/i18n/zh-cn-messages';

/**
 * Routes carry a message key as their `title`; the document title is "<section> · <product>" in the
 * current language, and follows a language switch.
 */
@Injectable()
export class I18nTitleStrategy extends TitleStrategy {
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(I18n);
  private readonly sectionKey = signal<MessageKey | null>(null);

  constructor() {
    super();
    effect(() => {
      const key = this.sectionKey();
      const product = this.i18n.t('app.name');
      this.document.title = key ? `${this.i18n.t(key)} · ${product}` : product;
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.sectionKey.set((this.buildTitle(snapshot) as MessageKey | undefined) ?? null);
  }
}
