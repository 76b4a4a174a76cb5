import { ChangeDetectionStrategy, Component, ViewEncapsulation, inject, signal } from '@angular/core';
import { HistoryOutline, ReloadOutline, SafetyCertificateOutline } from '@ant-design/icons-angular/icons';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { TPipe } from '../shared/i18n/t.pipe';
import { ReferenceData } from '../shared/state/reference-data';
import { AdminTPipe } from './admin-t.pipe';
import { AuditLog } from './audit-log';
import { UserList } from './user-list';

/**
 * 系统管理, for administrators: the accounts of their region and below, and the audit log of
 * sign-ins, account changes and the committee's settings and exports. One tab each.
 */
@Component({
  selector: 'bw-admin-page',
  imports: [NzCardModule, NzIconModule, NzPageHeaderModule, NzTabsModule, TPipe, AdminTPipe, AuditLog, UserList],
  templateUrl: './admin-page.html',
  styleUrls: ['./admin-page.vendor.css', './admin-page.css'],
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Registered with the page's chunk, as nothing is registered at the root (app.config.ts).
  providers: [provideNzIconsPatch([HistoryOutline, ReloadOutline, SafetyCertificateOutline])],
  host: { 'data-testid': 'admin-page' },
})
export class AdminPage {
  private readonly reference = inject(ReferenceData);

  protected readonly selectedTab = signal(0);
  /** Bumped after an account changed: the audit log is fetched again. */
  protected readonly auditVersion = signal(0);

  constructor() {
    // The shell loads the region tree too; this only makes sure the users' regions can be named.
    void this.reference.load();
  }

  protected onUsersChanged(): void {
    this.auditVersion.update((version) => version + 1);
  }
}
