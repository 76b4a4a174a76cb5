import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { WarningFill } from '@ant-design/icons-angular/icons';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { text } from '../../testing/routed-page';
import { waitFor } from '../../testing/wait-for';
import type { PageState } from '../state/page-state';
import { SectionFrame, type SectionFact } from './section-frame';

@Component({
  selector: 'bw-frame-host',
  imports: [NzIconModule, SectionFrame],
  // A page's own icons, for its content.
  providers: [provideNzIconsPatch([WarningFill])],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<bw-section-frame
    section="demo"
    [state]="state()"
    title="临江市 · 演示"
    subtitle="副标题"
    [facts]="facts()"
    idleText="请选择行政区划和年度"
    [loadingCards]="loadingCards()"
    [loadingRows]="3"
    [loadingPanels]="loadingPanels()"
    errorTitle="无法加载"
    errorMessage="服务暂不可用"
    retryLabel="重试"
    emptyTitle="没有数据"
    emptyHint="请先导入"
    (retry)="retries.set(retries() + 1)"
  >
    @if (state() === 'ready') {
      <p data-testid="demo-content"><nz-icon nzType="warning" nzTheme="fill" />内容</p>
    }
  </bw-section-frame>`,
})
class FrameHost {
  readonly state = signal<PageState>('idle');
  readonly facts = signal<SectionFact[]>([
    { label: '数据截至', value: '2026年10月', testId: 'demo-through' },
    { label: '预警线', value: '低于 6 个月', testId: 'demo-lines', class: 'lines' },
  ]);
  readonly loadingCards = signal(4);
  readonly loadingPanels = signal<number[]>([]);
  readonly retries = signal(0);
}

describe('SectionFrame', () => {
  let fixture: ComponentFixture<FrameHost>;
  const host = () => fixture.componentInstance;
  const root = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => root().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  /** Which of the states' elements (and the page's content) are shown. */
  const shown = () =>
    ['demo-idle', 'demo-loading', 'demo-error', 'demo-empty', 'demo-content'].filter((id) => byTestId(id) !== null);

  async function show(state: PageState): Promise<void> {
    host().state.set(state);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(FrameHost);
    await fixture.whenStable();
  });

  it('heads the page with its title and subtitle in every state', async () => {
    for (const state of ['idle', 'loading', 'error', 'empty', 'ready'] as const) {
      await show(state);
      expect(text(root().querySelector('.ant-page-header-heading-title')))
        .withContext(state)
        .toBe('临江市 · 演示');
      expect(text(root().querySelector('.ant-page-header-heading-sub-title')))
        .withContext(state)
        .toBe('副标题');
    }
  });

  it('asks for a scope while idle', async () => {
    await show('idle');
    expect(shown()).toEqual(['demo-idle']);
    expect(text(byTestId('demo-idle'))).toBe('请选择行政区划和年度');
  });

  it('stands skeleton cards, and the panels below them, while loading', async () => {
    host().loadingCards.set(5);
    await show('loading');
    expect(shown()).toEqual(['demo-loading']);
    const loading = byTestId('demo-loading')!;
    expect(loading.getAttribute('aria-busy')).toBe('true');
    expect(loading.querySelectorAll('nz-skeleton').length).toBe(5);
    expect(loading.querySelectorAll('.ant-skeleton-paragraph li').length).toBe(15);
    expect(root().querySelector('.charts')).toBeNull();

    host().loadingPanels.set([8, 8]);
    await fixture.whenStable();
    const panels = root().querySelectorAll('.charts nz-skeleton');
    expect(panels.length).toBe(2);
    expect(panels[0]!.querySelectorAll('.ant-skeleton-paragraph li').length).toBe(8);
  });

  it('shows the error with the server’s message, and its button retries', async () => {
    await show('error');
    expect(shown()).toEqual(['demo-error']);
    const error = byTestId('demo-error')!;
    expect(text(error.querySelector('.ant-result-title'))).toBe('无法加载');
    expect(text(error.querySelector('.ant-result-subtitle'))).toBe('服务暂不可用');
    const retry = error.querySelector('button')!;
    expect(text(retry)).toBe('重试');
    expect(retry.querySelector('nz-icon')).not.toBeNull();
    retry.click();
    retry.click();
    expect(host().retries()).toBe(2);
  });

  it('says what is missing and what to do when empty', async () => {
    await show('empty');
    expect(shown()).toEqual(['demo-empty']);
    expect(text(byTestId('demo-empty')!.querySelector('.empty-title'))).toBe('没有数据');
    expect(text(byTestId('demo-empty')!.querySelector('.empty-hint'))).toBe('请先导入');
  });

  it('shows the page’s content when ready, with the page’s icons', async () => {
    await show('ready');
    expect(shown()).toEqual(['demo-content']);
    expect(byTestId('demo-content')!.closest('bw-section-frame')).not.toBeNull();
    await waitFor(fixture, () => byTestId('demo-content')!.querySelector('nz-icon svg') !== null, 'the page’s icon');
  });

  it('shows the facts, each value with its test id, once the data has come', async () => {
    for (const state of ['idle', 'loading', 'error'] as const) {
      await show(state);
      expect(root().querySelector('.facts')).withContext(state).toBeNull();
    }
    for (const state of ['empty', 'ready'] as const) {
      await show(state);
      expect([...root().querySelectorAll('.facts dt')].map((dt) => text(dt)))
        .withContext(state)
        .toEqual(['数据截至', '预警线']);
      expect(text(byTestId('demo-through')))
        .withContext(state)
        .toBe('2026年10月');
      expect(byTestId('demo-through')!.tagName).toBe('DD');
      expect(text(byTestId('demo-lines')))
        .withContext(state)
        .toBe('低于 6 个月');
      expect(byTestId('demo-lines')!.classList).toContain('lines');
    }
  });

  it('shows no facts list without facts', async () => {
    host().facts.set([]);
    await show('ready');
    expect(root().querySelector('.facts')).toBeNull();
    expect(root().querySelector('nz-page-header-extra')).toBeNull();
  });
});
