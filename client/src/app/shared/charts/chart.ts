import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import type { ECharts } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import type { ChartOption } from './chart-option';

/**
 * An ECharts chart of fixed height (ECharts needs one). The host gets `data-rendered="true"` once
 * ECharts has finished drawing (animations included), for end-to-end tests and screenshots to wait on.
 */
@Component({
  selector: 'bw-chart',
  imports: [NgxEchartsDirective],
  template: `<div echarts class="canvas" [options]="options()" [style.height.px]="height()" (chartInit)="watchFirstRender($event)"></div>`,
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
export class Chart {
  readonly options = input.required<ChartOption>();
  /** Height in CSS pixels. */
  readonly height = input(320);
  /** What the chart shows, for assistive technology. */
  readonly label = input('');

  protected readonly rendered = signal(false);

  /** Listens on the instance directly, so the many per-frame events do not each trigger change detection. */
  protected watchFirstRender(chart: ECharts): void {
    const markRendered = (): void => {
      chart.off('finished', markRendered);
      this.rendered.set(true);
    };
    chart.on('finished', markRendered);
  }
}
