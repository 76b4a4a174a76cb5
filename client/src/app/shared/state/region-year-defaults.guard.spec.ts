import { TestBed } from '@angular/core/testing';
import {
  RedirectCommand,
  convertToParamMap,
  provideRouter,
  type ActivatedRouteSnapshot,
  type RouterStateSnapshot,
} from '@angular/router';
import type { ReferenceSummary } from '../api/api.types';
import { ReferenceData } from './reference-data';
import { regionYearDefaultsGuard } from './region-year-defaults.guard';

/** A county user's tree: the county and one township. */
const COUNTY_SUMMARY = {
  regions: [
    {
      code: '390121',
      name: '清溪县',
      level: 'county',
      children: [{ code: '390121001', name: '城关镇', level: 'township', children: [] }],
    },
  ],
  fiscalYears: [2026, 2025],
  defaultRegionCode: '390121',
  defaultFiscalYear: 2026,
} as unknown as ReferenceSummary;

async function guard(url: string, summary: ReferenceSummary | null): Promise<true | string> {
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({
    providers: [provideRouter([]), { provide: ReferenceData, useValue: { load: () => Promise.resolve(summary) } }],
  });
  const query = new URL(url, 'http://app.invalid').searchParams;
  const route = { queryParamMap: convertToParamMap(Object.fromEntries(query)) } as unknown as ActivatedRouteSnapshot;
  const result = await TestBed.runInInjectionContext(() =>
    regionYearDefaultsGuard(route, { url } as RouterStateSnapshot),
  );
  if (result === true) return true;
  expect(result).toBeInstanceOf(RedirectCommand);
  return (result as RedirectCommand).redirectTo.toString();
}

describe('regionYearDefaultsGuard', () => {
  it('lets a URL with a region of the user and a year through', async () => {
    expect(await guard('/overview?region=390121001&year=2025', COUNTY_SUMMARY)).toBe(true);
  });

  it('completes a URL without region or year with the defaults', async () => {
    expect(await guard('/overview', COUNTY_SUMMARY)).toBe('/overview?region=390121&year=2026');
    expect(await guard('/overview?year=2025', COUNTY_SUMMARY)).toBe('/overview?year=2025&region=390121');
  });

  it("replaces a region outside the user's tree with the user's own, keeping the year", async () => {
    expect(await guard('/alerts?region=390100&year=2025', COUNTY_SUMMARY)).toBe('/alerts?region=390121&year=2025');
  });

  it('opens the page as asked when the tree cannot be had', async () => {
    expect(await guard('/overview?region=390100&year=2025', null)).toBe(true);
  });
});
