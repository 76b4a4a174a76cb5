import { ECON_PROFILES, type PayeeKind } from './econ-profiles';
import type { DemoAgency, LineSpec } from './line-spec';
import { accountNumber, personName, TRADE_NAMES } from './names';
import type { Random } from './prng';
import type { DemoRegion } from './regions';
import { SOE_NAMES } from './soe-catalog';

/** Someone a payment goes to. */
export interface Payee {
  name: string;
  individual: boolean;
  account: string;
}

const COMPANY_KINDS: Partial<Record<PayeeKind, readonly string[]>> = {
  office: ['办公用品有限公司', '商贸有限公司', '文化用品有限公司'],
  printing: ['印务有限公司', '彩印有限公司'],
  consulting: ['工程咨询有限公司', '管理咨询有限公司', '会计师事务所有限公司', '信息咨询有限公司', '律师事务所'],
  property: ['物业服务有限公司', '物业管理有限公司'],
  travelAgency: ['国际旅行社有限公司'],
  repair: ['机电设备有限公司', '建筑装饰工程有限公司', '空调工程有限公司', '电梯工程有限公司'],
  hotel: ['大酒店有限公司', '宾馆有限公司', '酒店管理有限公司'],
  training: ['职业培训学校', '教育咨询有限公司'],
  materials: ['医疗器械有限公司', '实验设备有限公司', '科教仪器有限公司', '劳保用品有限公司'],
  service: ['保安服务有限公司', '园林绿化有限公司', '环境服务有限公司', '人力资源服务有限公司'],
  carService: ['汽车维修有限公司', '汽车服务有限公司'],
  construction: [
    '建设工程有限公司',
    '建筑有限公司',
    '市政工程有限公司',
    '路桥工程有限公司',
    '水利水电工程有限公司',
    '建设集团有限公司',
  ],
  equipment: ['设备有限公司', '科技有限公司', '电子有限公司', '医疗设备有限公司'],
  software: ['信息技术有限公司', '软件有限公司', '网络科技有限公司', '数据科技有限公司'],
  enterprise: [
    '农业发展有限公司',
    '新材料有限公司',
    '智能制造有限公司',
    '生物科技有限公司',
    '电子科技有限公司',
    '食品有限公司',
  ],
  hospital: ['大药房连锁有限公司', '医院有限公司', '康复医院有限公司'],
};

const POOL_SIZE: Partial<Record<PayeeKind, number>> = {
  construction: 40,
  consulting: 30,
  service: 30,
  enterprise: 30,
  office: 24,
};
const BANKS = ['中国工商银行股份有限公司临江分行', '中国建设银行股份有限公司临江分行', '中国银行股份有限公司临江分行'];
const AGENT_BANKS = [
  '中国邮政储蓄银行股份有限公司临江市分行',
  '临江农村商业银行股份有限公司',
  '中国农业银行股份有限公司临江分行',
];
const VILLAGE_PARTS = [[...'东西南北上下新前后大小'], [...'湖塘岗桥庄湾山港林营圩堰坝岭']] as const;
const CAR_FIXED = ['中国石化销售股份有限公司江南临江石油分公司', '中国人民财产保险股份有限公司临江市分公司'];

function unit(name: string): Payee {
  return { name, individual: false, account: accountNumber(name, false) };
}

function person(name: string): Payee {
  return { name, individual: true, account: accountNumber(name, true) };
}

/**
 * The payees of the demo city: supplier pools by kind (fictional 临江… trade names), banks, funds,
 * villages and people. Each agency prefers a few suppliers of each kind, as real agencies do; the
 * payment guard may fall back to the rest of a pool to keep clear of split and duplicate patterns.
 */
export class PayeeDirectory {
  private readonly pools = new Map<string, Payee[]>();
  private readonly byAgency = new Map<string, Payee[]>();
  private readonly people: string[];

  constructor(
    private readonly random: Random,
    private readonly agencies: readonly DemoAgency[],
  ) {
    const used = new Set<string>();
    const draw = random.fork('payee-pools');
    for (const [kind, suffixes] of Object.entries(COMPANY_KINDS) as [PayeeKind, readonly string[]][]) {
      const pool: Payee[] = [];
      for (let attempt = 0; pool.length < (POOL_SIZE[kind] ?? 16) && attempt < 500; attempt++) {
        const suffix = draw.pick(suffixes);
        const place = suffix.endsWith('律师事务所') ? '江南' : draw.pick(['临江', '临江市', '江南']);
        const name = `${place}${draw.pick(TRADE_NAMES)}${suffix}`;
        if (used.has(name)) continue;
        used.add(name);
        pool.push(unit(name));
      }
      this.pools.set(kind, pool);
    }
    this.pools.set('carService', [...CAR_FIXED.map(unit), ...this.pools.get('carService')!]);
    const villages = new Set<string>();
    while (villages.size < 60) villages.add(`${draw.pick(VILLAGE_PARTS[0])}${draw.pick(VILLAGE_PARTS[1])}村`);
    this.pools.set(
      'village',
      [...villages].map((v) => unit(`${v}股份经济合作社`)),
    );
    this.pools.set(
      'villageCommittee',
      [...villages].map((v) => unit(`${v}民委员会`)),
    );
    this.pools.set(
      'kindergarten',
      TRADE_NAMES.slice(0, 20).map((t) => unit(`临江市${t}幼儿园`)),
    );
    this.pools.set(
      'eldercare',
      TRADE_NAMES.slice(20, 36).map((t) => unit(`临江市${t}养老服务中心`)),
    );
    this.pools.set(
      'socialOrg',
      TRADE_NAMES.slice(10, 26).map((t) => unit(`临江市${t}社会工作服务中心`)),
    );
    this.pools.set('wageBank', BANKS.map(unit));
    this.pools.set('agentBank', AGENT_BANKS.map(unit));
    this.pools.set('stateEnterprise', SOE_NAMES.map(unit));
    const people = new Set<string>();
    while (people.size < 6000) people.add(personName(draw));
    this.people = [...people];
  }

  /** Payees for a line of an agency, preferred first; never empty. */
  candidates(agency: DemoAgency, region: DemoRegion, line: LineSpec): readonly Payee[] {
    if (line.payee) return [unit(line.payee)];
    const kind = line.reserve
      ? 'construction'
      : line.book === 'SCB'
        ? 'stateEnterprise'
        : ECON_PROFILES[line.econ]!.payee;
    const key = `${agency.code}|${kind}|${kind === 'nonprofit' || kind === 'fundAccount' || kind === 'hospital' ? line.func : ''}`;
    let list = this.byAgency.get(key);
    if (!list) {
      list = this.build(kind, agency, region, line);
      this.byAgency.set(key, list);
    }
    return list;
  }

  private build(kind: PayeeKind, agency: DemoAgency, region: DemoRegion, line: LineSpec): Payee[] {
    const short = region.short;
    switch (kind) {
      case 'pensionInsurer':
        return [unit(`${short}社会保险事业管理中心`)];
      case 'medicalInsurer':
        return [unit(region.budgetKind === 'city' ? '临江市医疗保障事务中心' : `${short}医疗保障服务中心`)];
      case 'housingFund':
        return [unit('临江市住房公积金管理中心')];
      case 'union':
        return [unit(`${agency.name}工会委员会`)];
      case 'water':
        return [unit(region.budgetKind === 'county' ? `${short}自来水有限公司` : '临江水务集团有限公司')];
      case 'power':
        return [unit(`国网江南省电力有限公司${region.budgetKind === 'county' ? short : '临江'}供电公司`)];
      case 'telecom':
        return [
          '中国电信股份有限公司临江分公司',
          '中国移动通信集团江南有限公司临江分公司',
          '中国联合网络通信有限公司临江市分公司',
        ].map(unit);
      case 'fundAccount':
        return [
          unit(`${short}${line.func === '2101202' ? '城乡居民基本医疗保险' : '城乡居民基本养老保险'}基金财政专户`),
        ];
      case 'staff':
      case 'labour':
      case 'household':
        return this.peopleFor(agency, kind);
      case 'nonprofit': {
        const pool =
          line.func === '2050201'
            ? 'kindergarten'
            : line.func === '2296002'
              ? 'eldercare'
              : line.func === '2130705'
                ? 'villageCommittee'
                : 'socialOrg';
        return this.preferred(agency, pool, this.pools.get(pool)!);
      }
      case 'hospital': {
        const hospitals = this.agencies
          .filter((a) => a.regionCode === region.code && /医院|卫生院|卫生服务中心/.test(a.name))
          .map((a) => unit(a.name));
        return [...hospitals, ...this.preferred(agency, 'hospital', this.pools.get('hospital')!)];
      }
      default:
        return this.preferred(agency, kind, this.pools.get(kind)!);
    }
  }

  /** The whole pool, in an order of the agency's own: its few favourites come first. */
  private preferred(agency: DemoAgency, kind: string, pool: readonly Payee[]): Payee[] {
    return this.random.fork('prefer', agency.code, kind).shuffle([...pool]);
  }

  private peopleFor(agency: DemoAgency, kind: 'staff' | 'labour' | 'household'): Payee[] {
    const random = this.random.fork('people', agency.code, kind);
    const count = kind === 'household' ? 300 : kind === 'staff' ? 40 : 15;
    const names = new Set<string>();
    while (names.size < count) names.add(random.pick(this.people));
    return [...names].map(person);
  }
}
