import type { ComponentFixture } from '@angular/core/testing';

/** Spec helpers for the workflow form, which nz-modal renders in the overlay container, outside the fixture. */

function inDocument<E extends HTMLElement>(testId: string): E {
  const found = document.querySelector<E>(`[data-testid="${testId}"]`);
  if (!found) throw new Error(`no ${testId} in the document`);
  return found;
}

/** The text of a node of the form, whitespace collapsed; '' when it is not there. */
export function workflowText(testId: string): string {
  return document.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Types into the input or textarea with the test id (a date input takes 'YYYY-MM-DD'), as the user would. */
export async function fillIn<T>(fixture: ComponentFixture<T>, testId: string, value: string): Promise<void> {
  const field = inDocument<HTMLInputElement | HTMLTextAreaElement>(testId);
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await fixture.whenStable();
}
