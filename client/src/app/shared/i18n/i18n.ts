import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { NzI18nService, en_US, zh_CN } from 'ng-zorro-antd/i18n';
import { DEFAULT_LANG, isLang, type Lang } from './lang';
import { translate, type MessageParams } from './translate';
import type { MessageKey } from './zh-cn-messages';

/** Where the chosen language is kept between visits. */
export const LANG_STORAGE_KEY = 'budgetwatch.lang';

/**
 * The interface language, switched at run time: a signal that templates (through the `t` pipe),
 * chart builders and ng-zorro's own texts follow. The choice survives reloads in localStorage and
 * is mirrored on <html lang> for screen readers and fonts.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly nzI18n = inject(NzI18nService);
  private readonly current = signal<Lang>(this.readStoredLang());

  readonly lang = this.current.asReadonly();

  constructor() {
    this.apply(this.current());
  }

  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.current(), key, params);
  }

  setLang(lang: Lang): void {
    this.current.set(lang);
    this.apply(lang);
    try {
      this.document.defaultView?.localStorage.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // Storage may be disabled (private mode, policy): the choice then lasts for this page only.
    }
  }

  toggle(): void {
    this.setLang(this.current() === 'zh-CN' ? 'en' : 'zh-CN');
  }

  private apply(lang: Lang): void {
    this.document.documentElement.lang = lang;
    this.nzI18n.setLocale(lang === 'zh-CN' ? zh_CN : en_US);
  }

  private readStoredLang(): Lang {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANG_STORAGE_KEY);
      return isLang(stored) ? stored : DEFAULT_LANG;
    } catch {
      return DEFAULT_LANG;
    }
  }
}
