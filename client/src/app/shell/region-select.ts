import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzTreeSelectComponent } from 'ng-zorro-antd/tree-select';
import { TPipe } from '../shared/i18n/t.pipe';
import { ReferenceData } from '../shared/state/reference-data';
import { RegionYearSelection } from '../shared/state/region-year-selection';
import { toRegionTreeNodes } from './region-tree-nodes';

/** The region tree selector (行政区划): picking a region navigates to it. */
@Component({
  selector: 'bw-region-select',
  imports: [FormsModule, NzTreeSelectComponent, TPipe],
  template: `
    <nz-tree-select
      data-testid="region-select"
      class="region-select"
      [nzNodes]="nodes()"
      [ngModel]="selection.current().regionCode"
      (ngModelChange)="selectRegion($event)"
      [nzPlaceHolder]="'shell.regionPlaceholder' | t"
      [attr.aria-label]="'shell.region' | t"
      nzShowSearch
      [nzDropdownMatchSelectWidth]="false"
      [nzDropdownStyle]="{ 'max-height': '420px', 'min-width': '260px', overflow: 'auto' }"
    />
  `,
  styles: `
    .region-select {
      width: 220px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionSelect {
  private readonly reference = inject(ReferenceData);
  protected readonly selection = inject(RegionYearSelection);
  protected readonly nodes = computed(() => toRegionTreeNodes(this.reference.summary()?.regions ?? []));

  protected selectRegion(regionCode: string | null): void {
    if (regionCode && regionCode !== this.selection.current().regionCode) {
      void this.selection.select({ regionCode });
    }
  }
}
