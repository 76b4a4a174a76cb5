import { sampleAlert } from '../testing/alert-fixtures';
import { buildAlertRows } from './alert-rows';
import { NO_SELECTION, pageSelectionState, selectedAlerts, toggleAlert, togglePage } from './alert-selection';

describe('toggleAlert', () => {
  it('ticks and unticks one alert without changing the set it was given', () => {
    const ticked = toggleAlert(NO_SELECTION, '7', true);
    expect([...ticked]).toEqual(['7']);
    expect(NO_SELECTION.size).toBe(0);
    expect([...toggleAlert(ticked, '7', false)]).toEqual([]);
    expect([...toggleAlert(ticked, '9', false)]).toEqual(['7']);
  });
});

describe('togglePage', () => {
  it('ticks the whole page, and unticks it leaving other ids alone', () => {
    const page = togglePage(new Set(['1']), ['7', '9'], true);
    expect([...page].sort()).toEqual(['1', '7', '9']);
    expect([...togglePage(page, ['7', '9'], false)]).toEqual(['1']);
  });
});

describe('pageSelectionState', () => {
  it('is ticked for the whole page, indeterminate for part of it, neither for none', () => {
    expect(pageSelectionState(new Set(['7', '9']), ['7', '9'])).toEqual({ all: true, some: false });
    expect(pageSelectionState(new Set(['7']), ['7', '9'])).toEqual({ all: false, some: true });
    expect(pageSelectionState(new Set(['1']), ['7', '9'])).toEqual({ all: false, some: false });
  });

  it('is not ticked for an empty page', () => {
    expect(pageSelectionState(NO_SELECTION, [])).toEqual({ all: false, some: false });
  });
});

describe('selectedAlerts', () => {
  it('gives the ticked rows shown, in the list’s order, with their status', () => {
    const rows = buildAlertRows(
      [
        sampleAlert({ id: '9', status: 'assigned' }),
        sampleAlert({ id: '7' }),
        sampleAlert({ id: '3', status: 'closed' }),
      ],
      'zh-CN',
    );
    expect(selectedAlerts(rows, new Set(['3', '9', '42']))).toEqual([
      { id: '9', status: 'assigned' },
      { id: '3', status: 'closed' },
    ]);
  });
});
