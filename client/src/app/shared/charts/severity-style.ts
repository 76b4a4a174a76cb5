/** red 红 / orange 橙 / yellow 黄, as the rules rank their findings. */
export type SeverityLevel = 'red' | 'orange' | 'yellow';

/** Most severe first. */
export const SEVERITY_LEVELS: readonly SeverityLevel[] = ['red', 'orange', 'yellow'];

/** Ant Design's red-6, orange-6 and gold-6 (gold reads better on white than yellow), for charts. */
export const SEVERITY_COLORS: Readonly<Record<SeverityLevel, string>> = {
  red: '#f5222d',
  orange: '#fa8c16',
  yellow: '#faad14',
};

/** ng-zorro tag presets of the same colours. */
export const SEVERITY_TAG_COLORS: Readonly<Record<SeverityLevel, string>> = {
  red: 'red',
  orange: 'orange',
  yellow: 'gold',
};

/** A figure under every line: the colour of an ordinary bar. */
export const NORMAL_COLOR = '#1677ff';

/** A line's colour, a bar's when it reaches none. */
export const severityColor = (severity: SeverityLevel | null): string =>
  severity ? SEVERITY_COLORS[severity] : NORMAL_COLOR;
