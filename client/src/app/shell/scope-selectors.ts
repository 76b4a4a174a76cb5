import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';
import { RegionSelect } from './region-select';
import { YearSelect } from './year-select';

/** Region and year pickers together, loaded as one deferred chunk by the shell. */
@Component({
  selector: 'bw-scope-selectors',
  imports: [RegionSelect, YearSelect],
  template: `<bw-region-select /><bw-year-select />`,
  styleUrls: ['./scope-selectors.vendor.css'],
  // Unencapsulated so that the ng-zorro styles reach the select components and their overlays.
  styles: `
    bw-scope-selectors {
      display: flex;
      align-items: center;
      gap: 12px;
    }
  `,
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScopeSelectors {}
