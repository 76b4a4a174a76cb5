import type { Provider } from '@angular/core';
import { provideEchartsCore } from 'ngx-echarts';

/** ECharts for the page's charts, fetched with the first chart drawn (see shared/charts/provide-charts.ts). */
export function provideSocialFundsCharts(): Provider {
  return provideEchartsCore({ echarts: () => import('./social-funds-echarts-setup').then((m) => m.default) });
}
