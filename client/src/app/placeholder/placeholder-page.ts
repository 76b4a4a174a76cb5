import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { IconDefinition } from '@ant-design/icons-angular';
import {
  AccountBookOutline,
  ApartmentOutline,
  AuditOutline,
  BankOutline,
  LineChartOutline,
  SafetyCertificateOutline,
} from '@ant-design/icons-angular/icons';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { OVERVIEW_SECTION, findSection } from '../sections';
import { TPipe } from '../shared/i18n/t.pipe';

/**
 * The menu icons of the planned sections (sections.ts), drawn large on their page: registered with
 * this chunk, as nothing is registered at the root (app.config.ts). placeholder-page.spec.ts checks
 * that every planned section's icon is here.
 */
export const PLANNED_SECTION_ICONS: readonly IconDefinition[] = [
  AccountBookOutline,
  ApartmentOutline,
  AuditOutline,
  BankOutline,
  LineChartOutline,
  SafetyCertificateOutline,
];

/** A section announced in the menu but built in a later release: says what it will show. */
@Component({
  selector: 'bw-placeholder-page',
  imports: [RouterLink, NzButtonModule, NzIconModule, NzPageHeaderModule, NzResultModule, NzTagModule, TPipe],
  template: `
    @if (descriptor(); as current) {
      <section class="page" [attr.data-testid]="'placeholder-' + current.path">
        <nz-page-header class="page-header" [nzTitle]="current.titleKey | t">
          <nz-page-header-tags>
            <nz-tag nzColor="orange">{{ 'placeholder.status' | t }}</nz-tag>
          </nz-page-header-tags>
        </nz-page-header>
        <!-- Projected rather than [nzIcon], which nz-result draws in the filled theme: the menu's outline icon. -->
        <nz-result
          nzStatus="info"
          [nzTitle]="'placeholder.title' | t"
          [nzSubTitle]="current.summaryKey ? (current.summaryKey | t) : ''"
        >
          <nz-icon nz-result-icon [nzType]="current.icon" />
          <div nz-result-extra>
            <a nz-button nzType="primary" [routerLink]="['/', overviewPath]" queryParamsHandling="preserve">
              {{ 'placeholder.back' | t }}
            </a>
          </div>
        </nz-result>
      </section>
    }
  `,
  styleUrls: ['./placeholder-page.vendor.css'],
  // Unencapsulated so that the ng-zorro styles reach ng-zorro's components; own rules are scoped by the element.
  styles: `
    bw-placeholder-page .page {
      display: block;
      background: #fff;
      border: 1px solid #f0f0f0;
    }

    bw-placeholder-page .page-header {
      border-bottom: 1px solid #f0f0f0;
    }
  `,
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideNzIconsPatch([...PLANNED_SECTION_ICONS])],
})
export class PlaceholderPage {
  /** The section's path, from the route's data. */
  readonly section = input.required<string>();

  protected readonly descriptor = computed(() => findSection(this.section()));
  protected readonly overviewPath = OVERVIEW_SECTION.path;
}
