// ECharts for the 会前审查 charts: bars, lines and a donut, drawn as SVG so that a printed or saved
// PDF keeps them sharp at any size (review-chart.ts scales them to the paper). Each chart type is
// registered by its own module, not through 'echarts/charts' (see execution-echarts-setup.ts).
import 'echarts/lib/chart/bar';
import 'echarts/lib/chart/line';
import 'echarts/lib/chart/pie';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export default echarts;
