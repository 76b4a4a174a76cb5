import { ChangeDetectionStrategy, Component, ViewEncapsulation, input } from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { TPipe } from '../shared/i18n/t.pipe';
import { LangSwitch } from '../shell/lang-switch';

/**
 * The page around the sign-in and password forms, drawn without the dashboard frame: the product's
 * band with the language switch, and one card for the form.
 */
@Component({
  selector: 'bw-auth-frame',
  imports: [NzCardModule, TPipe, LangSwitch],
  template: `
    <header class="auth-band">
      <span class="auth-brand">
        <img src="favicon.svg" alt="" width="28" height="28" />
        <span class="auth-product">{{ 'app.name' | t }}</span>
        <span class="auth-tagline">{{ 'app.tagline' | t }}</span>
      </span>
      <bw-lang-switch />
    </header>
    <main class="auth-main">
      <nz-card class="auth-card" [nzTitle]="heading()">
        <ng-content />
      </nz-card>
    </main>
  `,
  styleUrls: ['./auth-pages.vendor.css'],
  // Unencapsulated so that the ng-zorro styles reach the forms of both pages; own rules are scoped by the element.
  styles: `
    bw-auth-frame {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
    }

    bw-auth-frame .auth-band {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 24px;
      height: 64px;
      padding: 0 24px;
      background: #1d3f72;
      color: #fff;
    }

    bw-auth-frame .auth-brand {
      display: flex;
      align-items: center;
      gap: 12px;
      min-width: 0;
      white-space: nowrap;
    }

    bw-auth-frame .auth-product {
      font-size: 18px;
      font-weight: 600;
      letter-spacing: 0.04em;
    }

    bw-auth-frame .auth-tagline {
      overflow: hidden;
      text-overflow: ellipsis;
      color: rgba(255, 255, 255, 0.65);
      font-size: 13px;
    }

    bw-auth-frame .auth-main {
      display: flex;
      flex: 1;
      align-items: flex-start;
      justify-content: center;
      padding: 12vh 16px 48px;
    }

    bw-auth-frame .auth-card {
      width: 100%;
      max-width: 400px;
    }

    @media (max-width: 600px) {
      bw-auth-frame .auth-tagline {
        display: none;
      }
    }
  `,
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuthFrame {
  /** The card's title, already in the current language. */
  readonly heading = input.required<string>();
}
