import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, input, signal } from '@angular/core';
import type { ECharts } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import type { ReviewChartOption } from './review-chart-option';

/** SVG, not canvas: vector output in a printed PDF, and a drawing that scales (see the viewBox below). */
const INIT_OPTIONS = { renderer: 'svg' } as const;

/**
 * The width (CSS px) a chart is drawn at for paper: about the text column of A4 with 12 mm margins
 * (186 mm ≈ 703 px), so that printed text keeps its screen size whatever the window's width was.
 */
export const PRINT_CHART_WIDTH = 680;

/**
 * An ECharts chart of fixed height drawn as SVG, resized with its container (ngx-echarts watches
 * it: one column at tablet width). For paper, it is drawn again at PRINT_CHART_WIDTH just before
 * printing (beforeprint, or print media emulated) and back at its container's width after; and
 * after every drawing the SVG gets a viewBox of its own size, so that the print stylesheet scales
 * it to the paper's exact width (a printout is laid out without running scripts). The host gets
 * `data-rendered="true"` once ECharts has first finished drawing, for tests and screenshots.
 */
@Component({
  selector: 'bw-review-chart',
  imports: [NgxEchartsDirective],
  template: `<div
    echarts
    class="review-chart-canvas"
    [options]="options()"
    [initOpts]="initOptions"
    [style.height.px]="height()"
    (chartInit)="watchRendering($event)"
  ></div>`,
  styles: `
    :host {
      display: block;
    }
  `,
  host: {
    role: 'img',
    '[attr.aria-label]': 'label()',
    '[attr.data-rendered]': 'rendered() ? "true" : null',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewChart {
  readonly options = input.required<ReviewChartOption>();
  /** Height in CSS pixels on screen; on paper the chart keeps its proportions. */
  readonly height = input(320);
  /** Height in CSS pixels on paper (drawn PRINT_CHART_WIDTH wide); the screen height when null. */
  readonly printHeight = input<number | null>(null);
  /** What the chart shows, for assistive technology. */
  readonly label = input('');

  protected readonly initOptions = INIT_OPTIONS;
  protected readonly rendered = signal(false);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly destroyRef = inject(DestroyRef);

  /** Listens on the instance directly, so the many per-frame events do not each run change detection. */
  protected watchRendering(chart: ECharts): void {
    const fitViewBox = () =>
      this.host.nativeElement
        .querySelector('svg')
        ?.setAttribute('viewBox', `0 0 ${chart.getWidth()} ${chart.getHeight()}`);
    chart.on('finished', () => {
      fitViewBox();
      if (!this.rendered()) this.rendered.set(true);
    });
    const view = this.window;
    if (!view) return;
    const redraw = (size?: { width: number; height: number }) => {
      if (chart.isDisposed()) return;
      chart.resize({ width: size?.width ?? 'auto', height: size?.height ?? 'auto', animation: { duration: 0 } });
      fitViewBox();
    };
    const forPaper = () => redraw({ width: PRINT_CHART_WIDTH, height: this.printHeight() ?? this.height() });
    const forScreen = () => redraw();
    const printMedia = view.matchMedia('print');
    const onMediaChange = (event: MediaQueryListEvent) => (event.matches ? forPaper() : forScreen());
    view.addEventListener('beforeprint', forPaper);
    view.addEventListener('afterprint', forScreen);
    printMedia.addEventListener('change', onMediaChange);
    this.destroyRef.onDestroy(() => {
      view.removeEventListener('beforeprint', forPaper);
      view.removeEventListener('afterprint', forScreen);
      printMedia.removeEventListener('change', onMediaChange);
    });
  }
}
