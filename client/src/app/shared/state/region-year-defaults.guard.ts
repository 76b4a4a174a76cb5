import { inject } from '@angular/core';
import { RedirectCommand, Router, type CanActivateFn } from '@angular/router';
import { REGION_PARAM, YEAR_PARAM, readRegionYear, treeHasRegion } from './region-year';
import { ReferenceData } from './reference-data';

/**
 * Completes a URL that lacks region or year with the server's defaults (the committee's own region,
 * the latest year with budgets), replacing the history entry, so that every page's URL is shareable.
 * A region outside the user's tree is replaced the same way. When the defaults cannot be had
 * (server down, empty database) the page opens and says why.
 */
export const regionYearDefaultsGuard: CanActivateFn = async (route, state) => {
  const router = inject(Router);
  const reference = inject(ReferenceData);
  const { regionCode, fiscalYear } = readRegionYear(route.queryParamMap);
  const summary = await reference.load();
  // A region outside the user's tree (a link shared by a colleague of another district) gives way
  // to the user's default, rather than opening a page the server refuses.
  const known = regionCode !== null && (summary === null || treeHasRegion(summary.regions, regionCode));
  if (known && fiscalYear !== null) return true;

  const region = (known ? regionCode : null) ?? summary?.defaultRegionCode ?? null;
  const year = fiscalYear ?? summary?.defaultFiscalYear ?? null;
  if (region === null || year === null) return true;

  const target = router.parseUrl(state.url);
  target.queryParams = { ...target.queryParams, [REGION_PARAM]: region, [YEAR_PARAM]: String(year) };
  return new RedirectCommand(target, { replaceUrl: true });
};
