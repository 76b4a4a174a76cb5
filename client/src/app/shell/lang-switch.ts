import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { I18n } from '../shared/i18n/i18n';
import { TPipe } from '../shared/i18n/t.pipe';
import { ShellIcon } from './shell-icon';

/** 中文 / English: one button naming the other language, as bilingual government sites do. */
@Component({
  selector: 'bw-lang-switch',
  imports: [TPipe, ShellIcon],
  template: `
    <button
      class="lang-switch"
      data-testid="lang-switch"
      type="button"
      [attr.title]="'shell.switchLanguage' | t"
      (click)="i18n.toggle()"
    >
      <bw-shell-icon name="global" />
      <span [attr.lang]="i18n.lang() === 'zh-CN' ? 'en' : 'zh-CN'">{{ 'shell.otherLanguage' | t }}</span>
    </button>
  `,
  styles: `
    .lang-switch {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      height: 32px;
      padding: 0 12px;
      border: 1px solid rgba(255, 255, 255, 0.35);
      border-radius: 2px;
      background: transparent;
      color: #fff;
      font: inherit;
      cursor: pointer;
      transition: border-color 0.2s, background-color 0.2s;
    }

    .lang-switch:hover,
    .lang-switch:focus-visible {
      border-color: #fff;
      background: rgba(255, 255, 255, 0.1);
    }

    .lang-switch:focus-visible {
      outline: 2px solid #91caff;
      outline-offset: 1px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LangSwitch {
  protected readonly i18n = inject(I18n);
}
