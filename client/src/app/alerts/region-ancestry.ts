import type { RegionNode } from '../shared/api/api.types';

/** A region by code and name. */
export interface RegionRef {
  code: string;
  name: string;
}

/**
 * The region and its ancestors, nearest first ([district, city, province]), as the server walks
 * them to find the thresholds in force. Empty when the region is not in the tree.
 */
export function regionAncestry(regions: readonly RegionNode[], code: string): RegionRef[] {
  for (const region of regions) {
    if (region.code === code) return [{ code: region.code, name: region.name }];
    const below = regionAncestry(region.children, code);
    if (below.length > 0) return [...below, { code: region.code, name: region.name }];
  }
  return [];
}
