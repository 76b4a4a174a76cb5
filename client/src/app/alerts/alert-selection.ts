import type { AlertRow } from './alert-rows';
import type { SelectedAlert } from './alert-bulk-bar';

/** The ids of the alerts ticked for a bulk action; never mutated, each change makes a new set. */
export type AlertSelection = ReadonlySet<string>;

export const NO_SELECTION: AlertSelection = new Set();

/** Ticks or unticks one alert. */
export function toggleAlert(selection: AlertSelection, id: string, checked: boolean): AlertSelection {
  const next = new Set(selection);
  if (checked) next.add(id);
  else next.delete(id);
  return next;
}

/** Ticks or unticks every alert of the page, leaving any other id as it was. */
export function togglePage(selection: AlertSelection, pageIds: readonly string[], checked: boolean): AlertSelection {
  const next = new Set(selection);
  for (const id of pageIds) {
    if (checked) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** The header checkbox: ticked when the whole (non-empty) page is, indeterminate when part of it is. */
export function pageSelectionState(
  selection: AlertSelection,
  pageIds: readonly string[],
): { all: boolean; some: boolean } {
  const ticked = pageIds.filter((id) => selection.has(id)).length;
  return { all: pageIds.length > 0 && ticked === pageIds.length, some: ticked > 0 && ticked < pageIds.length };
}

/** The ticked alerts among the rows shown, in the list's order, with their current status. */
export function selectedAlerts(rows: readonly AlertRow[], selection: AlertSelection): SelectedAlert[] {
  return rows.filter((row) => selection.has(row.id)).map((row) => ({ id: row.id, status: row.status.key }));
}
