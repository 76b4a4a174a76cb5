import { sampleOverview } from '../testing/overview-fixtures';
import { buildBookCardViews } from './book-card-view';

describe('buildBookCardViews', () => {
  it('formats amounts in the unit their magnitude calls for', () => {
    const [gpb] = buildBookCardViews(sampleOverview(), 'zh-CN');
    expect(gpb?.name).toBe('一般公共预算');
    expect(gpb?.budget).toBe('123.46亿元');
    expect(gpb?.executed).toBe('56.79亿元');
    expect(gpb?.executionRate).toBe('46.0%');
  });

  it('says how far execution is behind time progress, in points', () => {
    const [gpb, gfb] = buildBookCardViews(sampleOverview(), 'zh-CN');
    expect(gpb?.pace).toBe('behind');
    expect(gpb?.paceText).toBe('慢于序时进度 3.6 个百分点');
    expect(gfb?.paceText).toBe('慢于序时进度 19.6 个百分点');
  });

  it('says how far execution is ahead of time progress', () => {
    const sif = buildBookCardViews(sampleOverview(), 'en')[3];
    expect(sif?.pace).toBe('ahead');
    expect(sif?.paceText).toBe('3.7 pts ahead of time progress');
  });

  it('treats a gap that rounds to zero as even', () => {
    const overview = sampleOverview({ timeProgress: '0.460400' });
    expect(buildBookCardViews(overview, 'zh-CN')[0]?.pace).toBe('even');
    expect(buildBookCardViews(overview, 'zh-CN')[0]?.paceText).toBe('与序时进度持平');
  });

  it('shows a book without budget as such, with no bar', () => {
    const scb = buildBookCardViews(sampleOverview(), 'zh-CN')[2];
    expect(scb?.executionRate).toBe('—');
    expect(scb?.executionPercent).toBeNull();
    expect(scb?.pace).toBe('unknown');
    expect(scb?.paceText).toBe('无支出预算');
  });

  it('caps the bar at 100 for an over-executed book but keeps the true rate in text', () => {
    const overview = sampleOverview();
    overview.books[0] = { ...overview.books[0]!, executionRate: '1.250000' };
    const [gpb] = buildBookCardViews(overview, 'zh-CN');
    expect(gpb?.executionPercent).toBe(100);
    expect(gpb?.executionRate).toBe('125.0%');
  });

  it('has no time-progress marker without an as-of date', () => {
    const [gpb] = buildBookCardViews(sampleOverview({ asOf: null, timeProgress: null }), 'zh-CN');
    expect(gpb?.timeProgressPercent).toBeNull();
    expect(gpb?.pace).toBe('unknown');
    expect(gpb?.paceText).toBe('');
  });
});
