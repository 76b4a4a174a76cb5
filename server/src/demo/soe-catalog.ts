/** A state-owned enterprise of the demo city and who supervises it. */
export interface SoeDefinition {
  name: string;
  regionCode: string;
  supervisor: string;
  industrial: boolean;
  /** Total assets at the end of 2024, in 亿元 (hundred million yuan). */
  assets: number;
}

const SASAC = '临江市人民政府国有资产监督管理委员会';

/** Twenty enterprises: the city's investment groups and utilities, a few under other departments, one per district or county. */
export const SOE_CATALOG: readonly SoeDefinition[] = [
  { name: '临江城市建设投资集团有限公司', regionCode: '390100', supervisor: SASAC, industrial: false, assets: 620 },
  { name: '临江交通投资集团有限公司', regionCode: '390100', supervisor: SASAC, industrial: false, assets: 410 },
  { name: '临江水务集团有限公司', regionCode: '390100', supervisor: SASAC, industrial: true, assets: 96 },
  { name: '临江产业投资集团有限公司', regionCode: '390100', supervisor: SASAC, industrial: false, assets: 230 },
  { name: '临江国有资本运营有限公司', regionCode: '390100', supervisor: SASAC, industrial: false, assets: 180 },
  { name: '临江文化旅游发展集团有限公司', regionCode: '390100', supervisor: SASAC, industrial: false, assets: 64 },
  { name: '临江市公共交通集团有限公司', regionCode: '390100', supervisor: SASAC, industrial: false, assets: 28 },
  { name: '临江港务集团有限公司', regionCode: '390100', supervisor: SASAC, industrial: false, assets: 75 },
  { name: '临江农业发展集团有限公司', regionCode: '390100', supervisor: SASAC, industrial: false, assets: 42 },
  { name: '临江热电有限公司', regionCode: '390100', supervisor: SASAC, industrial: true, assets: 38 },
  { name: '临江燃气有限公司', regionCode: '390100', supervisor: SASAC, industrial: true, assets: 22 },
  { name: '临江建材集团有限公司', regionCode: '390100', supervisor: SASAC, industrial: true, assets: 31 },
  { name: '临江机械制造有限公司', regionCode: '390100', supervisor: SASAC, industrial: true, assets: 18 },
  {
    name: '临江市粮食储备有限公司',
    regionCode: '390100',
    supervisor: '临江市发展和改革委员会',
    industrial: false,
    assets: 12,
  },
  {
    name: '临江金融控股集团有限公司',
    regionCode: '390100',
    supervisor: '临江市财政局',
    industrial: false,
    assets: 150,
  },
  {
    name: '临江市融资担保集团有限公司',
    regionCode: '390100',
    supervisor: '临江市财政局',
    industrial: false,
    assets: 35,
  },
  {
    name: '临江经济技术开发区投资发展集团有限公司',
    regionCode: '390171',
    supervisor: '临江经济技术开发区财政金融局',
    industrial: false,
    assets: 160,
  },
  {
    name: '江城区城市发展投资有限公司',
    regionCode: '390102',
    supervisor: '江城区财政局',
    industrial: false,
    assets: 85,
  },
  {
    name: '清溪县城乡建设投资有限公司',
    regionCode: '390121',
    supervisor: '清溪县财政局',
    industrial: false,
    assets: 58,
  },
  {
    name: '南屏县国有资产经营有限公司',
    regionCode: '390122',
    supervisor: '南屏县财政局',
    industrial: false,
    assets: 40,
  },
];

/** Names of the enterprises, e.g. as payees of capital injections. */
export const SOE_NAMES = SOE_CATALOG.map((soe) => soe.name);
