import { STALE_AFTER_DAYS, feedStaleness } from './feed-staleness';

describe('feedStaleness', () => {
  it('is fresh up to and at seven days, stale just over', () => {
    expect(STALE_AFTER_DAYS).toBe(7);
    expect(feedStaleness(0)).toBe('fresh');
    expect(feedStaleness(7)).toBe('fresh');
    expect(feedStaleness(8)).toBe('stale');
  });

  it('flags a feed that was never loaded', () => {
    expect(feedStaleness(null)).toBe('never');
  });
});
