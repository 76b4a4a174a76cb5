import { Injectable, computed, inject, resource } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { RegionYearSelection } from '../shared/state/region-year-selection';
import { ExecutionApi } from './execution-api';
import { executionQueryParams, readExecutionView, type ExecutionView } from './execution-view';
import type { ExecutionScope } from './execution.types';

const sameScope = (a: ExecutionScope | null, b: ExecutionScope | null) =>
  a === b || (a !== null && b !== null && a.regionCode === b.regionCode && a.fiscalYear === b.fiscalYear);

/**
 * The drill-down of one 执行监控 page: the scope and the view read from the URL (the one source of
 * truth, so links are shareable and the back button steps back), the figures every level shares
 * (the agency ranking with time progress, the agency's lines), and the navigation between levels.
 * Provided by the page, so each visit starts afresh.
 */
@Injectable()
export class ExecutionState {
  private readonly api = inject(ExecutionApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly selection = inject(RegionYearSelection);

  /** Stable between navigations within the scope, so that drilling down refetches nothing shared. */
  readonly scope = computed<ExecutionScope | null>(
    () => {
      const { regionCode, fiscalYear } = this.selection.current();
      return regionCode !== null && fiscalYear !== null ? { regionCode, fiscalYear } : null;
    },
    { equal: sameScope },
  );

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  readonly view = computed(() => readExecutionView(this.params()));
  readonly agencyCode = computed(() => {
    const view = this.view();
    return view.level === 'region' ? null : view.agencyCode;
  });

  /** Agencies of the scope, most behind time progress first; also the as-of date of every level. */
  readonly ranking = resource({
    params: () => this.scope() ?? undefined,
    loader: ({ params, abortSignal }) => this.api.agencies(params, abortSignal),
  });
  /** The drilled agency's budget lines: its level's table, and its name for the breadcrumb. */
  readonly lines = resource({
    params: () => {
      const scope = this.scope();
      const agencyCode = this.agencyCode();
      return scope !== null && agencyCode !== null ? { ...scope, agencyCode } : undefined;
    },
    loader: ({ params, abortSignal }) => this.api.lines(params, abortSignal),
  });

  /** The drilled agency's line in the ranking, once loaded. */
  readonly agency = computed(() => {
    const code = this.agencyCode();
    if (code === null || !this.ranking.hasValue()) return null;
    return this.ranking.value().agencies.find((agency) => agency.agencyCode === code) ?? null;
  });
  readonly asOf = computed(() => (this.ranking.hasValue() ? this.ranking.value().asOf : null));

  /** The agency's name as far as it is known: from its lines, its ranking line, or its code. */
  readonly agencyName = computed(() => {
    const code = this.agencyCode();
    if (code === null) return null;
    if (this.lines.hasValue() && this.lines.value().agencyCode === code) return this.lines.value().agencyName;
    return this.agency()?.agencyName ?? code;
  });

  /** The URL parameters that open `view`, for links. */
  queryParams(view: ExecutionView) {
    return executionQueryParams(view);
  }

  /** Opens `view` as a new history entry, keeping the shell's region and year. */
  go(view: ExecutionView): Promise<boolean> {
    return this.router.navigate([], {
      relativeTo: this.route,
      queryParams: executionQueryParams(view),
      queryParamsHandling: 'merge',
    });
  }
}
