import { Injectable, computed, inject, resource } from '@angular/core';
import { RegionYearSelection } from '../shared/state/region-year-selection';
import { DebtApi } from './debt-api';
import type { DebtScope } from './debt.types';

const sameScope = (a: DebtScope | null, b: DebtScope | null) =>
  a === b || (a !== null && b !== null && a.regionCode === b.regionCode && a.fiscalYear === b.fiscalYear);

/**
 * The figures of one 政府债务 page for the region and year in the URL: positions (the page's own
 * state: loading, empty or ready), the bonds' maturities and the special bond projects, each loaded
 * on its own so that a slow or failed part leaves the others standing. Provided by the page.
 */
@Injectable()
export class DebtState {
  private readonly api = inject(DebtApi);
  private readonly selection = inject(RegionYearSelection);

  readonly scope = computed<DebtScope | null>(
    () => {
      const { regionCode, fiscalYear } = this.selection.current();
      return regionCode !== null && fiscalYear !== null ? { regionCode, fiscalYear } : null;
    },
    { equal: sameScope },
  );

  readonly positions = resource({
    params: () => this.scope() ?? undefined,
    loader: ({ params, abortSignal }) => this.api.positions(params, abortSignal),
  });
  readonly maturities = resource({
    params: () => this.scope() ?? undefined,
    loader: ({ params, abortSignal }) => this.api.maturities(params, abortSignal),
  });
  readonly projects = resource({
    params: () => this.scope() ?? undefined,
    loader: ({ params, abortSignal }) => this.api.projects(params, abortSignal),
  });
}
