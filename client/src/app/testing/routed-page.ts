import { provideZonelessChangeDetection, type Provider, type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { LANG_STORAGE_KEY } from '../shared/i18n/i18n';
import { waitFor } from './wait-for';

/** A node's text, its white space collapsed. */
export const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A section page routed in a spec, and the lookups its specs share. */
export interface RoutedPage {
  /** The harness of the page last opened. */
  readonly harness: RouterTestingHarness;
  readonly root: () => HTMLElement;
  readonly byTestId: (id: string) => HTMLElement | null;
  readonly all: (id: string) => HTMLElement[];
  /** Lets the page settle until `condition` holds (see waitFor). */
  readonly settle: (condition: () => boolean, what: string) => Promise<void>;
  /** Opens `url` and waits for the page. */
  readonly open: (url: string) => Promise<void>;
  /**
   * Opens `url` while its request is pending, until the element `testId` shows: not through the
   * harness, which waits for the page to be stable, which a pending request is not.
   */
  readonly openPending: (url: string, testId: string) => Promise<void>;
}

/**
 * Sets up the specs of a section page (call it in `describe`): before each spec, Chinese, zoneless
 * change detection and `component` routed at `path` with `providers`. A spy made in the spec's own
 * `beforeEach` is provided with `useFactory: () => spy`, which is read when the page asks for it.
 */
export function routedPage(path: string, component: Type<unknown>, providers: Provider[]): RoutedPage {
  let harness: RouterTestingHarness | undefined;
  const current = (): RouterTestingHarness => {
    if (!harness) throw new Error('no page opened yet');
    return harness;
  };
  const root = (): HTMLElement => current().routeNativeElement!;
  const byTestId = (id: string) => root().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const settle = (condition: () => boolean, what: string) => waitFor(current().fixture, condition, what);

  beforeEach(() => {
    localStorage.removeItem(LANG_STORAGE_KEY);
    harness = undefined;
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideRouter([{ path, component }]), ...providers],
    });
  });

  afterEach(() => {
    document.documentElement.lang = 'zh-CN';
  });

  return {
    get harness() {
      return current();
    },
    root,
    byTestId,
    all: (id) => [...root().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)],
    settle,
    open: async (url) => {
      harness = await RouterTestingHarness.create(url);
      await settle(() => current().routeNativeElement !== null, 'the page');
    },
    openPending: async (url, testId) => {
      harness = await RouterTestingHarness.create();
      await TestBed.inject(Router).navigateByUrl(url);
      for (let tries = 0; tries < 200 && byTestId(testId) === null; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        current().fixture.detectChanges();
      }
    },
  };
}
