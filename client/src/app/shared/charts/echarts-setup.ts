// ECharts with only what the charts use, loaded on first chart (provideCharts):
// the full build would double the initial bundle.
// Bars are registered by their own module, not through 'echarts/charts': the bundler counts every
// chart that barrel names as reached from here, so the lines and treemap of the 执行监控 page
// (execution-echarts-setup.ts) would be loaded with the 总览 page's charts too.
import 'echarts/lib/chart/bar';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export default echarts;
