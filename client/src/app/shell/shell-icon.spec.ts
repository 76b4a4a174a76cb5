import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { IconDefinition } from '@ant-design/icons-angular';
import {
  AccountBookOutline,
  AlertOutline,
  ApartmentOutline,
  AuditOutline,
  BankOutline,
  CloudUploadOutline,
  DashboardOutline,
  GlobalOutline,
  LeftOutline,
  LineChartOutline,
  RightOutline,
  SafetyCertificateOutline,
} from '@ant-design/icons-angular/icons';
import { SECTIONS } from '../sections';
import { SHELL_ICONS, ShellIcon } from './shell-icon';

/** The library's own definitions, which the app itself no longer imports in its initial chunks. */
const ORIGINALS: readonly IconDefinition[] = [
  AccountBookOutline,
  AlertOutline,
  ApartmentOutline,
  AuditOutline,
  BankOutline,
  CloudUploadOutline,
  DashboardOutline,
  GlobalOutline,
  LeftOutline,
  LineChartOutline,
  RightOutline,
  SafetyCertificateOutline,
];

@Component({
  selector: 'bw-host',
  imports: [ShellIcon],
  template: `<p>before <bw-shell-icon class="icon" [name]="name()" /> after</p>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly name = signal('dashboard');
}

describe('ShellIcon', () => {
  async function render(name: string): Promise<{ host: HTMLElement; fixture: ComponentFixture<Host> }> {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.name.set(name);
    await fixture.whenStable();
    return { host: (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('bw-shell-icon')!, fixture };
  }

  it('draws every section’s menu icon, so that a section added to sections.ts keeps its icon in the menu', () => {
    for (const section of SECTIONS) {
      expect(Object.hasOwn(SHELL_ICONS, section.icon)).withContext(`${section.path}: ${section.icon}`).toBeTrue();
    }
  });

  it('holds the paths of the @ant-design/icons-angular outline icons, unchanged', () => {
    const parser = new DOMParser();
    for (const [name, paths] of Object.entries(SHELL_ICONS)) {
      const original = ORIGINALS.find((icon) => icon.name === name && icon.theme === 'outline');
      expect(original).withContext(name).toBeDefined();
      const svg = parser.parseFromString(original!.icon, 'image/svg+xml').documentElement;
      expect(svg.getAttribute('viewBox')).withContext(name).toBe('64 64 896 896');
      expect([...svg.querySelectorAll('path')].map((path) => path.getAttribute('d')))
        .withContext(name)
        .toEqual([...paths]);
    }
  });

  it('draws the icon as inline SVG in the current colour, one em square, like nz-icon', async () => {
    const { host } = await render('cloud-upload');
    const svg = host.querySelector('svg')!;
    expect(host.classList).toContain('anticon');
    expect(host.classList).toContain('anticon-cloud-upload');
    expect(host.classList).withContext('the class given by the parent').toContain('icon');
    expect(svg.getAttribute('viewBox')).toBe('64 64 896 896');
    expect(svg.getAttribute('fill')).toBe('currentColor');
    expect(svg.getAttribute('width')).toBe('1em');
    expect(svg.getAttribute('height')).toBe('1em');
    expect([...svg.querySelectorAll('path')].map((path) => path.getAttribute('d'))).toEqual([
      ...SHELL_ICONS['cloud-upload']!,
    ]);
  });

  it('is hidden from assistive technology: the text or label beside it names the control', async () => {
    const { host } = await render('global');
    expect(host.getAttribute('aria-hidden')).toBe('true');
    expect(host.getAttribute('role')).toBeNull();
    expect(host.querySelector('svg')!.getAttribute('focusable')).toBe('false');
  });

  it('follows a change of name', async () => {
    const { host, fixture } = await render('left');
    fixture.componentInstance.name.set('right');
    await fixture.whenStable();
    expect(host.classList).toContain('anticon-right');
    expect(host.classList).not.toContain('anticon-left');
    expect(host.querySelector('path')!.getAttribute('d')).toBe(SHELL_ICONS['right']![0]!);
  });

  it('keeps the place of an unknown icon empty rather than failing', async () => {
    const { host } = await render('toString');
    expect(host.querySelector('svg')).not.toBeNull();
    expect(host.querySelectorAll('path').length).toBe(0);
  });
});
