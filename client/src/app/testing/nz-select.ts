import type { ComponentFixture } from '@angular/core/testing';
import { waitFor } from './wait-for';

/** Opens the nz-select with the test id and clicks the option whose text contains `label`. */
export async function chooseOption<T>(fixture: ComponentFixture<T>, testId: string, label: string): Promise<void> {
  const select = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid="${testId}"] .ant-select-selector`);
  if (!select) throw new Error(`no select ${testId}`);
  select.click();
  const option = () =>
    [...document.querySelectorAll<HTMLElement>('.cdk-overlay-container .ant-select-item-option')].find((item) => item.textContent?.includes(label));
  await waitFor(fixture, () => option() !== undefined, `option ${label} of ${testId}`);
  option()!.click();
  await fixture.whenStable();
}
