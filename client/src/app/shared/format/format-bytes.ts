import { NO_VALUE } from './format-percent';

const UNITS = ['KB', 'MB', 'GB', 'TB'];

/** A file size in binary units, as file managers show it: "512 B", "12.3 KB", "1.5 MB". */
export function formatBytes(bytes: number | null): string {
  if (bytes === null) return NO_VALUE;
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1023.95 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${UNITS[unit]}`;
}
