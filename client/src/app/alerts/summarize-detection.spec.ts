import { summarizeDetection } from './summarize-detection';

describe('summarizeDetection', () => {
  it('sums the counts of every rule run', () => {
    const summary = {
      asOf: '2026-11-20',
      rules: [
        { code: 'EXE-LAG', found: 3, created: 1, updated: 2, resolved: 0, ms: 5 },
        { code: 'PAY-DUP', found: 1, created: 0, updated: 0, resolved: 4, ms: 9 },
      ],
    };
    expect(summarizeDetection(summary)).toEqual({ created: 1, updated: 2, resolved: 4 });
  });

  it('is all zero for a run of no rules', () => {
    expect(summarizeDetection({ asOf: '2026-11-20', rules: [] })).toEqual({ created: 0, updated: 0, resolved: 0 });
  });
});
