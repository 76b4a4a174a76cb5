import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { AuthSession } from '../auth/auth-session';
import { sectionsFor } from '../sections';
import { TPipe } from '../shared/i18n/t.pipe';
import { ShellIcon } from './shell-icon';

/**
 * The section menu of the sider, drawn like ng-zorro's inline menu. Plain links rather than
 * nz-menu, whose submenu overlay (@angular/cdk/overlay, ~100 kB) would sit in the initial bundle
 * for submenus this menu does not have. Lists only what the signed-in user's role may open.
 */
@Component({
  selector: 'bw-side-nav',
  imports: [RouterLink, RouterLinkActive, TPipe, ShellIcon],
  templateUrl: './side-nav.html',
  styleUrl: './side-nav.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SideNav {
  /** Icons only, for the collapsed sider; the label stays as the link's accessible name. */
  readonly collapsed = input(false);

  private readonly user = inject(AuthSession).user;

  /** The sections the user's role may open; the others are not even listed. */
  protected readonly sections = computed(() => {
    const user = this.user();
    return user === null ? [] : sectionsFor(user.role);
  });
}
