import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PLANNED_SECTIONS } from '../sections';
import { waitFor } from '../testing/wait-for';
import { PLANNED_SECTION_ICONS, PlaceholderPage } from './placeholder-page';

describe('PlaceholderPage', () => {
  it('registers the icon of every planned section with its own chunk', () => {
    const registered = PLANNED_SECTION_ICONS.filter((icon) => icon.theme === 'outline').map((icon) => icon.name);
    for (const section of PLANNED_SECTIONS) {
      expect(registered).withContext(section.path).toContain(section.icon);
    }
  });

  for (const section of PLANNED_SECTIONS) {
    it(`draws the menu icon of ${section.path} (outline) with nothing registered at the root`, async () => {
      TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideRouter([])] });
      const fixture = TestBed.createComponent(PlaceholderPage);
      fixture.componentRef.setInput('section', section.path);
      const element = fixture.nativeElement as HTMLElement;
      const svg = () =>
        element.querySelector(`[data-testid="placeholder-${section.path}"] .ant-result-icon > nz-icon > svg`);
      await waitFor(fixture, () => svg() !== null, `the icon of ${section.path}`);
      expect(svg()!.getAttribute('data-icon')).toBe(section.icon);
      expect(svg()!.querySelectorAll('path').length).toBeGreaterThan(0);
      fixture.destroy();
    });
  }
});
