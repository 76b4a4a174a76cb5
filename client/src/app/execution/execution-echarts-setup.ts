// ECharts for the 执行监控 charts: the shared setup (bars, grid, legend, tooltip, mark lines) plus
// lines and the treemap, registered by their own modules rather than through 'echarts/charts'
// (whose every chart the bundler would then count as shared with the 总览 page's chunk).
import 'echarts/lib/chart/line';
import 'echarts/lib/chart/treemap';
import echarts from '../shared/charts/echarts-setup';

export default echarts;
