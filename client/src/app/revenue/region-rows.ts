import { formatPercent } from '../shared/format/format-percent';
import type { Lang } from '../shared/i18n/lang';
import { branchName } from './region-pace-chart-options';
import { formatGrowth, formatPoints } from './revenue-format';
import { monthLabel } from '../shared/format/month-label';
import { amountCell, type AmountCell } from '../shared/format/amount-cell';
import { revenueText } from './revenue-translate';
import type { RevenueRegions } from './revenue.types';

/** A row of the sub-region table, formatted. */
export interface RegionRow {
  regionCode: string;
  name: string;
  budget: AmountCell;
  actual: AmountCell;
  rate: string;
  gap: string;
  behindPace: boolean;
  lastYear: AmountCell;
  growth: string;
  growthDown: boolean;
  /** "10月", or "仅报送至9月" when the branch's latest month is before the scope's. */
  latest: string;
  lagging: boolean;
}

export function buildRegionRows(regions: RevenueRegions, lang: Lang): RegionRow[] {
  return regions.regions.map((region) => {
    const lagging = region.latestMonth < regions.throughMonth;
    const month = region.latestMonth === 0 ? '—' : monthLabel(region.latestMonth, lang);
    return {
      regionCode: region.regionCode,
      name: branchName(region, lang),
      budget: amountCell(region.budget, lang),
      actual: amountCell(region.actual, lang),
      rate: formatPercent(region.rate),
      gap: formatPoints(region.paceGap),
      behindPace: region.behindPace,
      lastYear: amountCell(region.lastYearActual, lang),
      growth: formatGrowth(region.growth),
      growthDown: region.growth?.startsWith('-') ?? false,
      latest: lagging ? revenueText(lang, 'revenue.regions.lagging', { month }) : month,
      lagging,
    };
  });
}
