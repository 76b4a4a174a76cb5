import type { DebtPositions } from './debt.types';

/** Whether the region and year have any debt figure: a limit or a balance somewhere in the subtree. */
export function hasDebtData(positions: DebtPositions): boolean {
  return positions.regions.length > 0;
}
