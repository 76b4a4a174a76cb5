import type { RegionNode } from '../shared/api/api.types';
import { toRegionTreeNodes } from './region-tree-nodes';

const city: RegionNode = {
  code: '390100',
  name: '临江市',
  level: 'city',
  children: [
    {
      code: '390102',
      name: '城东区',
      level: 'county',
      children: [{ code: '390102001', name: '东湖街道', level: 'township', children: [] }],
    },
    { code: '390171', name: '临江经济开发区', level: 'zone', children: [] },
  ],
};

describe('toRegionTreeNodes', () => {
  it('keys nodes by region code and titles them by name, keeping the hierarchy', () => {
    const [root] = toRegionTreeNodes([city]);
    expect(root?.key).toBe('390100');
    expect(root?.title).toBe('临江市');
    expect(root?.children?.map((child) => child.key)).toEqual(['390102', '390171']);
    expect(root?.children?.[0]?.children?.[0]?.key).toBe('390102001');
  });

  it('marks regions without children as leaves', () => {
    const [root] = toRegionTreeNodes([city]);
    expect(root?.isLeaf).toBeFalse();
    expect(root?.children?.[1]?.isLeaf).toBeTrue();
  });

  it('opens the levels above the expand depth only', () => {
    const [root] = toRegionTreeNodes([city], 1);
    expect(root?.expanded).toBeTrue();
    expect(root?.children?.[0]?.expanded).toBeFalse();
  });
});
