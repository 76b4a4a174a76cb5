import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { ResolveEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { AuthSession } from '../auth/auth-session';
import { apiErrorMessage } from '../shared/api/api-error-message';
import { I18n } from '../shared/i18n/i18n';
import { TPipe } from '../shared/i18n/t.pipe';
import { ReferenceData } from '../shared/state/reference-data';
import { isBareRoute } from './bare-route';
import { LangSwitch } from './lang-switch';
import { ScopeSelectors } from './scope-selectors';
import { ShellIcon } from './shell-icon';
import { SideNav } from './side-nav';
import { UserMenu } from './user-menu';

/**
 * The application frame: header with product name, scope selectors and the user, side menu, page
 * outlet. Pages marked `bare` (sign-in, password) get the outlet alone, as does everything until
 * the first navigation has resolved, so that the frame never flashes before the sign-in page.
 */
@Component({
  selector: 'bw-root',
  imports: [RouterOutlet, RouterLink, TPipe, ShellIcon, SideNav, ScopeSelectors, LangSwitch, UserMenu],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly i18n = inject(I18n);
  private readonly reference = inject(ReferenceData);
  private readonly session = inject(AuthSession);

  /** Set before the page is activated, so that the outlet stays where it is and the page is created once. */
  private readonly bare = signal(true);
  protected readonly framed = computed(() => !this.bare() && this.session.user() !== null);

  /** Starts collapsed on narrow screens (below Ant Design's lg breakpoint). */
  protected readonly siderCollapsed = signal(
    inject(DOCUMENT).defaultView?.matchMedia('(max-width: 991.98px)').matches ?? false,
  );
  protected readonly siderWidth = computed(() => (this.siderCollapsed() ? 80 : 208));
  protected readonly referenceError = computed(() => {
    const error = this.reference.error();
    return error === null
      ? null
      : this.i18n.t('shell.referenceError', { message: apiErrorMessage(error, this.i18n.lang()) });
  });

  constructor() {
    // The root component lives as long as the router: no unsubscribing.
    inject(Router).events.subscribe((event) => {
      if (event instanceof ResolveEnd) this.bare.set(isBareRoute(event.state.root));
    });
    // The region tree is the signed-in user's own (their region and below): fetched once they are.
    effect(() => {
      if (this.framed()) untracked(() => void this.reference.load());
    });
  }
}
