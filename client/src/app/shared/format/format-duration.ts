import type { Lang } from '../i18n/lang';
import { NO_VALUE } from './format-percent';

/** How long a load took: "850 毫秒", "12.3 秒", "2 分 5 秒", "1 小时 2 分" (English: ms, s, min, h). Null → "—". */
export function formatDuration(milliseconds: number | null, lang: Lang): string {
  if (milliseconds === null) return NO_VALUE;
  const zh = lang === 'zh-CN';
  if (milliseconds < 1000) return zh ? `${Math.round(milliseconds)} 毫秒` : `${Math.round(milliseconds)} ms`;
  const tenths = Math.round(milliseconds / 100);
  if (tenths < 600) return zh ? `${(tenths / 10).toFixed(1)} 秒` : `${(tenths / 10).toFixed(1)} s`;
  const seconds = Math.round(milliseconds / 1000);
  if (seconds < 3600) {
    const [minutes, rest] = [Math.floor(seconds / 60), seconds % 60];
    return zh ? `${minutes} 分 ${rest} 秒` : `${minutes} min ${rest} s`;
  }
  const minutes = Math.round(seconds / 60);
  const [hours, rest] = [Math.floor(minutes / 60), minutes % 60];
  return zh ? `${hours} 小时 ${rest} 分` : `${hours} h ${rest} min`;
}
