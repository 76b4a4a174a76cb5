import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { LANG_STORAGE_KEY } from '../shared/i18n/i18n';
import { sampleRules } from '../testing/alert-fixtures';
import { waitFor } from '../testing/wait-for';
import { AlertsApi } from './alerts-api';
import { RuleCatalog } from './rule-catalog';

describe('RuleCatalog', () => {
  let fixture: ComponentFixture<RuleCatalog>;
  let element: HTMLElement;

  const inDocument = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const text = (node: HTMLElement | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  beforeEach(async () => {
    localStorage.removeItem(LANG_STORAGE_KEY);
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), { provide: AlertsApi, useValue: {} }],
    });
    fixture = TestBed.createComponent(RuleCatalog);
    fixture.componentRef.setInput('rules', sampleRules());
    fixture.componentRef.setInput('ancestry', [
      { code: '390102', name: '城东区' },
      { code: '390100', name: '临江市' },
    ]);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => fixture.destroy());

  it('says where each rule’s thresholds for the district come from', () => {
    expect(text(element.querySelector('[data-testid="rule-row-EXE-LAG"] [data-testid="rule-source"]'))).toBe(
      '继承临江市',
    );
    expect(text(element.querySelector('[data-testid="rule-row-EXE-OVER"] [data-testid="rule-source"]'))).toBe('默认');
  });

  it('opens a rule with its basis, the regional settings and the district’s editor', async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="rule-open-EXE-LAG"]')!.click();
    await waitFor(fixture, () => inDocument('threshold-editor') !== null, 'the rule drawer');
    expect(text(inDocument('rule-drawer'))).toContain('预算法 第五十七条');
    expect(text(inDocument('rule-overrides'))).toContain('临江市 390100');
    expect(text(inDocument('rule-overrides'))).toContain('yellowPoints = 12');
    expect(text(inDocument('rule-drawer'))).toContain('城东区的阈值');
    expect(inDocument('threshold-clear')).toBeNull();
  });
});
