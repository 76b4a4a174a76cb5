// ECharts for the 收入 charts: the shared setup (bars, grid, legend, tooltip, mark lines) plus lines,
// registered by their own module rather than through 'echarts/charts' (see execution-echarts-setup.ts).
import 'echarts/lib/chart/line';
import echarts from '../shared/charts/echarts-setup';

export default echarts;
