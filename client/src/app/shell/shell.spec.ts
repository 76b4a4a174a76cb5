import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { DeferBlockBehavior, TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AuthSession } from '../auth/auth-session';
import { fakeAuthSession, type FakeAuthSession } from '../auth/testing/fake-auth-session';
import { testUser } from '../auth/testing/test-user';
import { ReferenceData } from '../shared/state/reference-data';
import { Shell } from './shell';

@Component({
  selector: 'bw-page',
  template: '<p data-testid="page">page</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Page {}

describe('Shell', () => {
  let session: FakeAuthSession;
  let reference: { load: jasmine.Spy; summary: ReturnType<typeof signal>; error: ReturnType<typeof signal> };
  let fixture: ComponentFixture<Shell>;
  let element: HTMLElement;

  const has = (selector: string) => element.querySelector(selector) !== null;

  beforeEach(async () => {
    session = fakeAuthSession(testUser('deputy'));
    reference = { load: jasmine.createSpy('load').and.resolveTo(null), summary: signal(null), error: signal(null) };
    TestBed.configureTestingModule({
      deferBlockBehavior: DeferBlockBehavior.Manual,
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([
          { path: 'login', component: Page, data: { bare: true } },
          { path: 'overview', component: Page },
        ]),
        { provide: AuthSession, useValue: session },
        { provide: ReferenceData, useValue: reference },
      ],
    });
    fixture = TestBed.createComponent(Shell);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => fixture.destroy());

  it('draws nothing but the page until the first navigation has resolved', () => {
    expect(has('header')).toBeFalse();
    expect(reference.load).not.toHaveBeenCalled();
  });

  it('draws the sign-in page bare, without header or side menu, and fetches no region tree', async () => {
    await TestBed.inject(Router).navigateByUrl('/login');
    await fixture.whenStable();
    expect(has('[data-testid="page"]')).toBeTrue();
    expect(has('header')).toBeFalse();
    expect(has('bw-side-nav')).toBeFalse();
    expect(reference.load).not.toHaveBeenCalled();
  });

  it('frames a section page for a signed-in user and fetches their region tree', async () => {
    await TestBed.inject(Router).navigateByUrl('/overview');
    await fixture.whenStable();
    expect(has('header')).toBeTrue();
    expect(has('bw-side-nav')).toBeTrue();
    expect(has('[data-testid="page"]')).toBeTrue();
    expect(reference.load).toHaveBeenCalled();
  });

  it('draws the frame’s icons inline, without ng-zorro’s nz-icon, and hides them from screen readers', async () => {
    await TestBed.inject(Router).navigateByUrl('/overview');
    await fixture.whenStable();
    expect(element.querySelectorAll('nz-icon, [nz-icon]').length).toBe(0);
    const icons = [...element.querySelectorAll<HTMLElement>('bw-shell-icon')];
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      expect(icon.getAttribute('aria-hidden')).withContext(icon.className).toBe('true');
      expect(icon.querySelectorAll('svg path').length).withContext(icon.className).toBeGreaterThan(0);
    }
    expect(element.querySelector('[data-testid="lang-switch"] bw-shell-icon')?.classList).toContain('anticon-global');
  });

  it('turns the sider trigger’s arrow with the sider', async () => {
    await TestBed.inject(Router).navigateByUrl('/overview');
    await fixture.whenStable();
    const trigger = element.querySelector<HTMLButtonElement>('.trigger')!;
    const arrow = () => trigger.querySelector('bw-shell-icon')!.classList;
    const collapsed = trigger.getAttribute('aria-expanded') === 'false';
    expect(arrow()).toContain(collapsed ? 'anticon-right' : 'anticon-left');
    trigger.click();
    await fixture.whenStable();
    expect(arrow()).toContain(collapsed ? 'anticon-left' : 'anticon-right');
    expect(trigger.getAttribute('aria-expanded')).toBe(String(collapsed));
  });

  it('keeps the page when the frame comes and goes', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/overview');
    await fixture.whenStable();
    const page = element.querySelector('[data-testid="page"]');
    session.user.set(null);
    await fixture.whenStable();
    expect(has('header')).toBeFalse();
    expect(element.querySelector('[data-testid="page"]')).toBe(page);
  });
});
