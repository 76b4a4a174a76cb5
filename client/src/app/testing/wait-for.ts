import type { ComponentFixture } from '@angular/core/testing';

/**
 * Lets the fixture settle until `condition` holds (polling loops and uploads run on timers that
 * whenStable does not wait for); fails the spec with `what` after `timeoutMs`.
 */
export async function waitFor<T>(fixture: ComponentFixture<T>, condition: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await fixture.whenStable();
    fixture.detectChanges();
    if (condition()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
