import { registerLocaleData } from '@angular/common';
import localeZh from '@angular/common/locales/zh';
import { LOCALE_ID, provideZonelessChangeDetection, type ApplicationConfig } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import {
  AccountBookOutline,
  AlertOutline,
  ApartmentOutline,
  AuditOutline,
  BankOutline,
  CloudUploadOutline,
  DashboardOutline,
  GlobalOutline,
  LineChartOutline,
  ReloadOutline,
  SafetyCertificateOutline,
} from '@ant-design/icons-angular/icons';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
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
    // Icons are registered statically: ng-zorro would otherwise fetch unknown ones over HTTP.
    provideNzIcons([
      DashboardOutline,
      LineChartOutline,
      AccountBookOutline,
      BankOutline,
      ApartmentOutline,
      SafetyCertificateOutline,
      AlertOutline,
      AuditOutline,
      CloudUploadOutline,
      GlobalOutline,
      ReloadOutline,
    ]),
  ],
};
