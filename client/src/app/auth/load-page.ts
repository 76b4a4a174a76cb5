import { DOCUMENT, InjectionToken, inject } from '@angular/core';

/**
 * Loads a URL of this app as a new page, dropping everything held in memory (the region tree,
 * cached figures): how signing out ends, so that the next user starts from nothing. A token so
 * that specs can stand in for `location.assign`, which cannot be spied on.
 */
export const LOAD_PAGE = new InjectionToken<(url: string) => void>('LOAD_PAGE', {
  providedIn: 'root',
  factory: () => {
    const location = inject(DOCUMENT).location;
    return (url: string) => location.assign(url);
  },
});
