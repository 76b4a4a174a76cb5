import { registerLocaleData } from '@angular/common';
import localeZh from '@angular/common/locales/zh';
import { LOCALE_ID, provideZonelessChangeDetection, type ApplicationConfig } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { routes } from './app.routes';
import { I18nTitleStrategy } from './shell/i18n-title-strategy';

// Angular's own pipes and ng-zorro's date handling use the zh data; our figures go through
// shared/format, which formats both languages itself.
registerLocaleData(localeZh, 'zh-CN');

export const appConfig: ApplicationConfig = {
  providers: [
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: I18nTitleStrategy },
    { provide: LOCALE_ID, useValue: 'zh-CN' },
    // I18n switches ng-zorro to en_US at start-up when English was chosen.
    provideNzI18n(zh_CN),
    // No icons are registered here: whatever the root registers lands in the initial bundle, with
    // ng-zorro's icon service. The frame draws its own (shell/shell-icon.ts); each lazy page
    // registers the ones it uses with provideNzIconsPatch, so that ng-zorro does not fetch them.
  ],
};
