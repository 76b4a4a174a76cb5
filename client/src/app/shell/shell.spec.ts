import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { DeferBlockBehavior, TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideNzIcons } from 'ng-zorro-antd/icon';
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
        provideNzIcons([
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
