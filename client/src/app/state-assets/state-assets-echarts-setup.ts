// ECharts for the 国有资产 charts: the shared setup (bars, grid, legend, tooltip, mark lines) plus the
// scatter, the shaded bands past the lines and the panels' titles, registered by their own modules
// rather than through 'echarts/charts' (see execution/execution-echarts-setup.ts).
import 'echarts/lib/chart/scatter';
import { MarkAreaComponent, TitleComponent } from 'echarts/components';
import echarts from '../shared/charts/echarts-setup';

echarts.use([MarkAreaComponent, TitleComponent]);

export default echarts;
