import type { Provider } from '@angular/core';
import { provideEchartsCore } from 'ngx-echarts';

/** ECharts for the page's charts, fetched with the first chart drawn (see shared/charts/provide-charts.ts). */
export function provideReviewCharts(): Provider {
  return provideEchartsCore({ echarts: () => import('./review-echarts-setup').then((m) => m.default) });
}
