import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { waitFor } from '../testing/wait-for';
import { provideReviewCharts } from './provide-review-charts';
import { PRINT_CHART_WIDTH, ReviewChart } from './review-chart';
import type { ReviewChartOption } from './review-chart-option';

@Component({
  selector: 'bw-chart-host',
  imports: [ReviewChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div style="width: 500px">
    <bw-review-chart [options]="options()" [height]="200" [printHeight]="150" label="test" />
  </div>`,
})
class ChartHost {
  readonly options = signal<ReviewChartOption>({
    animation: false,
    xAxis: { type: 'category', data: ['a', 'b'] },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: [1, 2] }],
  });
}

describe('ReviewChart', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideReviewCharts()] });
  });

  it('draws SVG with a viewBox of its size, and redraws at the paper width for printing', async () => {
    const fixture = TestBed.createComponent(ChartHost);
    document.body.appendChild(fixture.nativeElement as HTMLElement);
    const host = fixture.nativeElement as HTMLElement;
    await waitFor(
      fixture,
      () => host.querySelector('bw-review-chart')?.getAttribute('data-rendered') === 'true',
      'the chart',
    );
    const svg = () => host.querySelector('svg')!;
    expect(svg().getAttribute('viewBox')).toBe('0 0 500 200');
    expect(host.querySelector('bw-review-chart')!.getAttribute('aria-label')).toBe('test');

    window.dispatchEvent(new Event('beforeprint'));
    expect(svg().getAttribute('viewBox')).toBe(`0 0 ${PRINT_CHART_WIDTH} 150`);
    window.dispatchEvent(new Event('afterprint'));
    expect(svg().getAttribute('viewBox')).toBe('0 0 500 200');
    fixture.destroy();
    (fixture.nativeElement as HTMLElement).remove();
  });
});
