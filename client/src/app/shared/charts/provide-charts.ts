import type { Provider } from '@angular/core';
import { provideEchartsCore } from 'ngx-echarts';

/**
 * ECharts for the charts of a page. The library itself (~550 kB) is fetched with the first chart
 * drawn, never with the initial bundle.
 */
export function provideCharts(): Provider {
  return provideEchartsCore({ echarts: () => import('./echarts-setup').then((m) => m.default) });
}
