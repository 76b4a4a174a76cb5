import type { NzTreeNodeOptions } from 'ng-zorro-antd/core/tree';
import type { RegionNode } from '../shared/api/api.types';

/**
 * The region tree as nz-tree-select nodes (key = region code). Levels above `expandDepth` start
 * open, so a city committee sees its districts without a click but not every township.
 */
export function toRegionTreeNodes(regions: readonly RegionNode[], expandDepth = 1, depth = 0): NzTreeNodeOptions[] {
  return regions.map((region) => ({
    key: region.code,
    title: region.name,
    isLeaf: region.children.length === 0,
    expanded: depth < expandDepth && region.children.length > 0,
    children: toRegionTreeNodes(region.children, expandDepth, depth + 1),
  }));
}
