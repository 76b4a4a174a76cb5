import { TestBed } from '@angular/core/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { NzI18nService } from 'ng-zorro-antd/i18n';
import { I18n, LANG_STORAGE_KEY } from './i18n';

describe('I18n', () => {
  beforeEach(() => {
    localStorage.removeItem(LANG_STORAGE_KEY);
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
  });
  afterEach(() => {
    localStorage.removeItem(LANG_STORAGE_KEY);
    document.documentElement.lang = 'zh-CN';
  });

  it('starts in Chinese, with <html lang> and ng-zorro in Chinese', () => {
    const i18n = TestBed.inject(I18n);
    expect(i18n.lang()).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(TestBed.inject(NzI18nService).getLocaleId()).toBe('zh-cn');
    expect(i18n.t('nav.overview')).toBe('总览');
  });

  it('switches to English everywhere and remembers the choice', () => {
    const i18n = TestBed.inject(I18n);
    i18n.toggle();
    expect(i18n.lang()).toBe('en');
    expect(i18n.t('nav.overview')).toBe('Overview');
    expect(document.documentElement.lang).toBe('en');
    expect(TestBed.inject(NzI18nService).getLocaleId()).toBe('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
  });

  it('restores a stored choice and ignores an unknown one', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    expect(TestBed.inject(I18n).lang()).toBe('en');
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    localStorage.setItem(LANG_STORAGE_KEY, 'fr');
    expect(TestBed.inject(I18n).lang()).toBe('zh-CN');
  });
});
