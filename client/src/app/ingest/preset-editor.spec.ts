import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { ApiClient } from '../shared/api/api-client';
import type { MappingPreset } from '../shared/api/api.types';
import { I18n, LANG_STORAGE_KEY } from '../shared/i18n/i18n';
import { sampleCatalog, samplePreset } from '../testing/ingest-fixtures';
import { serverError } from '../testing/server-error';
import { waitFor } from '../testing/wait-for';
import { PresetEditor } from './preset-editor';

describe('PresetEditor', () => {
  let api: jasmine.SpyObj<Pick<ApiClient, 'saveMappingPreset'>>;
  let fixture: ComponentFixture<PresetEditor>;
  let element: HTMLElement;
  const saved: MappingPreset[] = [];

  const byTestId = <E extends HTMLElement = HTMLElement>(id: string) => element.querySelector<E>(`[data-testid="${id}"]`);
  const text = (id: string) => byTestId(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function type(testId: string, value: string): Promise<void> {
    const input = byTestId<HTMLInputElement>(testId)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function render(preset: MappingPreset | null): Promise<void> {
    fixture = TestBed.createComponent(PresetEditor);
    fixture.componentRef.setInput('catalog', sampleCatalog());
    fixture.componentRef.setInput('preset', preset);
    fixture.componentInstance.saved.subscribe((p) => saved.push(p));
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.removeItem(LANG_STORAGE_KEY);
    saved.length = 0;
    api = jasmine.createSpyObj('ApiClient', ['saveMappingPreset']);
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), { provide: ApiClient, useValue: api }] });
  });

  afterEach(() => {
    fixture.destroy();
    document.documentElement.lang = 'zh-CN';
  });

  it('opens a preset with its headers as comma-separated text and saves the edited alternatives', async () => {
    await render(samplePreset());
    expect(byTestId<HTMLInputElement>('preset-name')!.disabled).toBeTrue();
    expect(byTestId<HTMLInputElement>('preset-source-region_name')!.value).toBe('区划名称, 名称');
    expect(byTestId<HTMLInputElement>('preset-constant-level')!.value).toBe('county');
    expect(byTestId<HTMLInputElement>('preset-constant-parent_code')!.value).toBe('');

    api.saveMappingPreset.and.callFake((preset) => Promise.resolve(preset as MappingPreset));
    await type('preset-source-level', '级次，Level');
    await type('preset-source-region_name', '');
    byTestId('preset-save')!.click();
    await waitFor(fixture, () => saved.length === 1, 'the saved preset');
    expect(api.saveMappingPreset).toHaveBeenCalledWith({
      name: 'county-export',
      feed: 'regions',
      description: '县级财政系统导出',
      columns: { region_code: '区划代码', level: ['级次', 'Level'] },
      constants: { level: 'county' },
      localCodes: false,
    });
  });

  it('asks for a name and a feed before calling the server', async () => {
    await render(null);
    expect(byTestId('preset-columns')).toBeNull();
    byTestId('preset-save')!.click();
    await fixture.whenStable();
    expect(text('preset-problems')).toContain('请填写方案名称');
    expect(text('preset-problems')).toContain('请选择数据接口');
    expect(api.saveMappingPreset).not.toHaveBeenCalled();
  });

  it('shows the server’s refusal and the fields it names, in the current language', async () => {
    await render(samplePreset());
    const refusal = serverError('请求参数无效', 'Invalid request parameters', 'BAD_REQUEST', 400, [
      { path: 'columns.region_name', message: 'Too big: expected string to have <=200 characters' },
    ]);
    api.saveMappingPreset.and.rejectWith(refusal);
    byTestId('preset-save')!.click();
    await waitFor(fixture, () => byTestId('preset-save-error') !== null, 'the save error');
    expect(text('preset-save-error')).toContain('保存失败：请求参数无效');
    expect(text('preset-save-error')).toContain('源文件列名 · 行政区划名称 region_name: Too big');
    expect(saved).toEqual([]);

    TestBed.inject(I18n).setLang('en');
    await fixture.whenStable();
    expect(text('preset-save-error')).toContain('Could not save: Invalid request parameters');
    expect(text('preset-save-error')).toContain('Source header · region_name: Too big');
  });
});
