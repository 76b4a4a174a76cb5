import { Injectable, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, type Params } from '@angular/router';
import { map } from 'rxjs';
import { REGION_PARAM, YEAR_PARAM, readRegionYear, type RegionYear } from './region-year';

/**
 * The selected region and year, read from the URL (the single source of truth) so that links are
 * shareable and the back button steps through earlier selections.
 */
@Injectable({ providedIn: 'root' })
export class RegionYearSelection {
  private readonly router = inject(Router);

  /** The root route's query parameters change with every navigation, whatever page is shown. */
  readonly current = toSignal(inject(ActivatedRoute).queryParamMap.pipe(map(readRegionYear)), {
    initialValue: { regionCode: null, fiscalYear: null } satisfies RegionYear,
  });

  /** Navigates to the same page with the changed scope, adding a history entry. */
  select(change: Partial<RegionYear>): Promise<boolean> {
    const queryParams: Params = {};
    if (change.regionCode !== undefined) queryParams[REGION_PARAM] = change.regionCode;
    if (change.fiscalYear !== undefined) queryParams[YEAR_PARAM] = change.fiscalYear;
    return this.router.navigate([], { queryParams, queryParamsHandling: 'merge' });
  }
}
