import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthSession } from '../auth/auth-session';
import { fakeAuthSession } from '../auth/testing/fake-auth-session';
import { testUser } from '../auth/testing/test-user';
import type { User } from '../auth/user';
import { SECTIONS } from '../sections';
import { SideNav } from './side-nav';

describe('SideNav', () => {
  async function menuFor(user: User | null): Promise<string[]> {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        { provide: AuthSession, useValue: fakeAuthSession(user) },
      ],
    });
    const fixture = TestBed.createComponent(SideNav);
    await fixture.whenStable();
    const links = [...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('[data-testid^="nav-"]')];
    return links.map((link) => link.dataset['testid']!);
  }

  it('hides from a deputy the sections a deputy may not open', async () => {
    expect(await menuFor(testUser('deputy'))).toEqual([
      'nav-overview',
      'nav-revenue',
      'nav-debt',
      'nav-state-assets',
      'nav-social-funds',
      'nav-review',
    ]);
  });

  it('lists 数据接入 for the committee staff but not for auditors', async () => {
    expect(await menuFor(testUser('staff'))).toContain('nav-ingest');
    TestBed.resetTestingModule();
    expect(await menuFor(testUser('auditor'))).not.toContain('nav-ingest');
  });

  it('draws each section’s icon inline beside its label, hidden from screen readers', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        { provide: AuthSession, useValue: fakeAuthSession(testUser('admin')) },
      ],
    });
    const fixture = TestBed.createComponent(SideNav);
    await fixture.whenStable();
    const links = [...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('[data-testid^="nav-"]')];
    expect(links.length).toBe(SECTIONS.length);
    links.forEach((link, index) => {
      const id = link.dataset['testid']!;
      const icon = link.querySelector<HTMLElement>('bw-shell-icon.icon')!;
      expect(icon.classList).withContext(id).toContain(`anticon-${SECTIONS[index]!.icon}`);
      expect(icon.getAttribute('aria-hidden')).withContext(id).toBe('true');
      expect(icon.querySelectorAll('svg path').length).withContext(id).toBeGreaterThan(0);
      expect(link.querySelector('.label')!.textContent.trim()).withContext(id).not.toBe('');
    });
  });

  it('lists nothing while nobody is signed in', async () => {
    expect(await menuFor(null)).toEqual([]);
  });
});
