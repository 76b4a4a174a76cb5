import type { Provider } from '@angular/core';
import { provideEchartsCore } from 'ngx-echarts';

/** ECharts for the page's charts, fetched with the first chart drawn (see shared/charts/provide-charts.ts). */
export function provideExecutionCharts(): Provider {
  return provideEchartsCore({ echarts: () => import('./execution-echarts-setup').then((m) => m.default) });
}
