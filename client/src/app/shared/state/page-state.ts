import type { ResourceStatus } from '@angular/core';

/** What a section page shows for its main query. */
export type PageState = 'idle' | 'loading' | 'error' | 'empty' | 'ready';

/**
 * The page state from its main query's status and value: nothing asked yet (no scope), loading, a
 * failure, nothing loaded for the region and year, or data to show.
 */
export function pageState<T>(status: ResourceStatus, data: T | null, hasData: (data: T) => boolean): PageState {
  if (status === 'idle') return 'idle';
  if (status === 'error') return 'error';
  if (data === null) return 'loading';
  return hasData(data) ? 'ready' : 'empty';
}
