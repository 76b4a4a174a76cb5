import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { LANG_STORAGE_KEY } from '../shared/i18n/i18n';
import { sampleDetection, sampleRules } from '../testing/alert-fixtures';
import { serverError } from '../testing/server-error';
import { waitFor } from '../testing/wait-for';
import type { DetectionSummary, RuleWithThresholds } from './alert.types';
import { AlertsApi } from './alerts-api';
import type { RegionRef } from './region-ancestry';
import { ThresholdEditor } from './threshold-editor';

type Api = jasmine.SpyObj<Pick<AlertsApi, 'setThreshold' | 'clearThreshold' | 'runDetection'>>;

const city: RegionRef = { code: '390100', name: '临江市' };
const district: RegionRef = { code: '390102', name: '城东区' };

describe('ThresholdEditor', () => {
  let api: Api;
  let fixture: ComponentFixture<ThresholdEditor>;
  let element: HTMLElement;
  let changes: number;
  const detections: DetectionSummary[] = [];

  const byTestId = <E extends HTMLElement = HTMLElement>(id: string) =>
    element.querySelector<E>(`[data-testid="${id}"]`);
  const text = (id: string) => byTestId(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function type(testId: string, value: string): Promise<void> {
    const input = byTestId<HTMLInputElement>(testId)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function render(rule: RuleWithThresholds, ancestry: RegionRef[]): Promise<void> {
    fixture = TestBed.createComponent(ThresholdEditor);
    fixture.componentRef.setInput('rule', rule);
    fixture.componentRef.setInput('ancestry', ancestry);
    fixture.componentInstance.changed.subscribe(() => changes++);
    fixture.componentInstance.detected.subscribe((summary) => detections.push(summary));
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.removeItem(LANG_STORAGE_KEY);
    changes = 0;
    detections.length = 0;
    api = jasmine.createSpyObj<Api>('AlertsApi', ['setThreshold', 'clearThreshold', 'runDetection']);
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), { provide: AlertsApi, useValue: api }],
    });
  });

  afterEach(() => {
    fixture.destroy();
    document.documentElement.lang = 'zh-CN';
  });

  it('fills the form with the values in force, saves the change and offers to run detection', async () => {
    await render(sampleRules()[0]!, [district, city]);
    expect(byTestId<HTMLInputElement>('threshold-yellowPoints')!.value).toBe('12');
    expect(byTestId('threshold-clear')).toBeNull();

    api.setThreshold.and.resolveTo({
      regionCode: '390102',
      regionName: '城东区',
      params: { yellowPoints: 12, redPoints: 25 },
      updatedAt: '2026-11-30T00:00:00Z',
    });
    await type('threshold-redPoints', '25');
    byTestId('threshold-save')!.click();
    await waitFor(fixture, () => byTestId('threshold-done') !== null, 'the saved notice');
    expect(api.setThreshold).toHaveBeenCalledWith({
      ruleCode: 'EXE-LAG',
      regionCode: '390102',
      params: { yellowPoints: 12, redPoints: 25 },
    });
    expect(changes).toBe(1);
    expect(text('threshold-done')).toContain('阈值已保存');

    api.runDetection.and.resolveTo(sampleDetection());
    byTestId('run-detection')!.click();
    await waitFor(fixture, () => byTestId('run-outcome') !== null, 'the detection outcome');
    expect(api.runDetection).toHaveBeenCalledWith({ regionCode: '390102', ruleCodes: ['EXE-LAG'] });
    expect(text('run-outcome')).toBe('检测完成（截至 2026-11-20）：新发现 1 条，更新 1 条，消除 2 条。');
    expect(detections).toEqual([sampleDetection()]);
  });

  it('names the fields that are not numbers and does not call the server', async () => {
    await render(sampleRules()[0]!, [city]);
    await type('threshold-yellowPoints', '十二');
    byTestId('threshold-save')!.click();
    await fixture.whenStable();
    expect(text('threshold-problems')).toBe('“yellowPoints”须填写数字');
    expect(api.setThreshold).not.toHaveBeenCalled();
  });

  it('shows the server’s refusal in the current language', async () => {
    await render(sampleRules()[0]!, [city]);
    api.setThreshold.and.rejectWith(
      serverError(
        '参数无效：redPoints: Too big: expected number to be <=100',
        'invalid parameters: redPoints: Too big: expected number to be <=100',
        'BAD_REQUEST',
        400,
      ),
    );
    await type('threshold-redPoints', '500');
    byTestId('threshold-save')!.click();
    await waitFor(fixture, () => byTestId('threshold-error') !== null, 'the refusal');
    expect(text('threshold-error')).toBe('保存失败：参数无效：redPoints: Too big: expected number to be <=100');
    expect(changes).toBe(0);
  });

  it('removes the region’s own setting after confirmation', async () => {
    await render(sampleRules()[0]!, [city]);
    api.clearThreshold.and.resolveTo(true);
    byTestId('threshold-clear')!.click();
    const confirm = () => document.querySelector<HTMLButtonElement>('.ant-popover .ant-btn-primary');
    await waitFor(fixture, () => confirm() !== null, 'the confirmation');
    confirm()!.click();
    await waitFor(fixture, () => byTestId('threshold-done') !== null, 'the cleared notice');
    expect(api.clearThreshold).toHaveBeenCalledWith({ ruleCode: 'EXE-LAG', regionCode: '390100' });
    expect(text('threshold-done')).toContain('已恢复继承');
    expect(changes).toBe(1);
  });

  it('says when a rule has nothing to tune', async () => {
    await render(sampleRules()[1]!, [city]);
    expect(text('threshold-none')).toBe('此规则没有可调参数');
    expect(byTestId('threshold-save')).toBeNull();
  });
});
