import type { ParamMap } from '@angular/router';

/** The dashboard's scope: a region (its whole subtree) and a fiscal year, as carried in the URL. */
export interface RegionYear {
  regionCode: string | null;
  fiscalYear: number | null;
}

/** Query parameter names: `?region=390100&year=2026`, so that a link shows the same figures to anyone. */
export const REGION_PARAM = 'region';
export const YEAR_PARAM = 'year';

const REGION_CODE = /^\d{6}(\d{3}){0,2}$/;
const FISCAL_YEAR = /^\d{4}$/;

/** Reads region and year from query parameters; a malformed value counts as absent. */
export function readRegionYear(params: ParamMap): RegionYear {
  const region = params.get(REGION_PARAM);
  const year = params.get(YEAR_PARAM);
  return {
    regionCode: region !== null && REGION_CODE.test(region) ? region : null,
    fiscalYear: year !== null && FISCAL_YEAR.test(year) ? Number(year) : null,
  };
}

/** A region node as the server's tree gives it (only what the lookup needs). */
interface TreeNode {
  code: string;
  children: readonly TreeNode[];
}

/** Whether `code` is in the tree the server gave the user (their region and below). */
export function treeHasRegion(nodes: readonly TreeNode[], code: string): boolean {
  return nodes.some((node) => node.code === code || treeHasRegion(node.children, code));
}
