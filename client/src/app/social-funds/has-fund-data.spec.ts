import { sampleOverview } from './testing/social-funds-fixtures';
import { hasFundData } from './has-fund-data';

describe('hasFundData', () => {
  it('is true once a fund has a row in the year', () => {
    expect(hasFundData(sampleOverview())).toBeTrue();
    expect(hasFundData(sampleOverview({ funds: [], total: null, latestMonth: 0 }))).toBeFalse();
  });
});
