import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it('keeps bytes just under 1 KB, takes KB at 1024', () => {
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1.0 KB');
  });

  it('moves to the next unit when rounding would show 1024.0', () => {
    expect(formatBytes(1024 * 1024 - 1)).toBe('1.0 MB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GB');
  });

  it('shows a dash for an unknown size', () => {
    expect(formatBytes(null)).toBe('—');
  });
});
