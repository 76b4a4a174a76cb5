import type { NzTreeNodeOptions } from 'ng-zorro-antd/core/tree';
import type { RegionNode } from '../shared/api/api.types';
import type { Lang } from '../shared/i18n/lang';
import { toRegionTreeNodes } from '../shell/region-tree-nodes';
import { adminText } from './admin-text';

/** The region code of a nationwide account (server: NATIONAL_REGION), which is no node of the tree. */
export const NATIONAL_REGION = '000000';

/** Every region of the tree by code, for naming the users' regions. */
export function regionNameIndex(regions: readonly RegionNode[]): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  const visit = (nodes: readonly RegionNode[]) => {
    for (const node of nodes) {
      index.set(node.code, node.name);
      visit(node.children);
    }
  };
  visit(regions);
  return index;
}

/** 全国 for a nationwide account, the region's name when the tree has it, else its code. */
export function regionLabel(code: string, index: ReadonlyMap<string, string>, lang: Lang): string {
  if (code === NATIONAL_REGION) return adminText(lang, 'admin.national');
  return index.get(code) ?? code;
}

/**
 * The regions a new account may be given: the administrator's tree (their region and below, as
 * reference.summary sends it), under 全国 for a nationwide administrator, who may also create
 * nationwide accounts.
 */
export function accountRegionNodes(
  regions: readonly RegionNode[],
  adminRegionCode: string,
  lang: Lang,
): NzTreeNodeOptions[] {
  const tree = toRegionTreeNodes(regions);
  if (adminRegionCode !== NATIONAL_REGION) return tree;
  return [
    {
      key: NATIONAL_REGION,
      title: adminText(lang, 'admin.national'),
      isLeaf: tree.length === 0,
      expanded: true,
      children: tree,
    },
  ];
}
