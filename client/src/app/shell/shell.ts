import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, signal } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { I18n } from '../shared/i18n/i18n';
import { TPipe } from '../shared/i18n/t.pipe';
import { ReferenceData } from '../shared/state/reference-data';
import { LangSwitch } from './lang-switch';
import { ScopeSelectors } from './scope-selectors';
import { SideNav } from './side-nav';

/** The application frame: header with product name and scope selectors, side menu, page outlet. */
@Component({
  selector: 'bw-root',
  imports: [
    RouterOutlet,
    RouterLink,
    NzIconModule,
    TPipe,
    SideNav,
    ScopeSelectors,
    LangSwitch,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly i18n = inject(I18n);
  private readonly reference = inject(ReferenceData);

  /** Starts collapsed on narrow screens (below Ant Design's lg breakpoint). */
  protected readonly siderCollapsed = signal(inject(DOCUMENT).defaultView?.matchMedia('(max-width: 991.98px)').matches ?? false);
  protected readonly siderWidth = computed(() => (this.siderCollapsed() ? 80 : 208));
  protected readonly referenceError = computed(() => {
    const error = this.reference.error();
    return error === null ? null : this.i18n.t('shell.referenceError', { message: apiErrorMessage(error, this.i18n.lang()) });
  });

  constructor() {
    void this.reference.load();
  }
}
