import { sampleReferenceSummary } from '../testing/overview-fixtures';
import { NATIONAL_REGION, accountRegionNodes, regionLabel, regionNameIndex } from './region-names';

const regions = sampleReferenceSummary().regions;

describe('regionNameIndex', () => {
  it('names every region of the tree, however deep', () => {
    const index = regionNameIndex(regions);
    expect(index.get('390100')).toBe('临江市');
    expect(index.get('390103')).toBe('城西区');
    expect(index.size).toBe(3);
  });
});

describe('regionLabel', () => {
  const index = regionNameIndex(regions);

  it('says 全国 / Nationwide for a nationwide account', () => {
    expect(regionLabel(NATIONAL_REGION, index, 'zh-CN')).toBe('全国');
    expect(regionLabel(NATIONAL_REGION, index, 'en')).toBe('Nationwide');
  });

  it('names a region of the tree and shows one outside it by its code', () => {
    expect(regionLabel('390102', index, 'en')).toBe('城东区');
    expect(regionLabel('440300', index, 'zh-CN')).toBe('440300');
  });
});

describe('accountRegionNodes', () => {
  it('offers a nationwide administrator 全国 above the tree', () => {
    const nodes = accountRegionNodes(regions, NATIONAL_REGION, 'zh-CN');
    expect(nodes.map((node) => node.key)).toEqual([NATIONAL_REGION]);
    expect(nodes[0]!.title).toBe('全国');
    expect(nodes[0]!.children!.map((node) => node.key)).toEqual(['390100']);
  });

  it('offers a city administrator their own tree only', () => {
    const nodes = accountRegionNodes(regions, '390100', 'en');
    expect(nodes.map((node) => node.key)).toEqual(['390100']);
    expect(nodes[0]!.children!.map((node) => node.title)).toEqual(['城东区', '城西区']);
  });
});
