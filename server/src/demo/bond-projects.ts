import type { Bond } from './bond-portfolio';
import { monthEnd } from './calendar';
import type { CsvFileWriter } from './csv-writer';
import type { DemoAgency } from './line-spec';
import { formatFen, scaleFen, splitFen } from './money';
import type { Random } from './prng';
import { DEMO_REGIONS } from './regions';

/** Projects by the department that runs them: department code, industry code of the project number, names. */
const PROJECT_KINDS: readonly { dept: string; industry: string; names: readonly string[] }[] = [
  {
    dept: '502',
    industry: '48',
    names: [
      '{R}城区老旧管网更新改造项目',
      '{R}保障性租赁住房建设项目',
      '{R}城市更新片区基础设施项目',
      '{R}污水处理厂提标扩容项目',
    ],
  },
  { dept: '507', industry: '48', names: ['{R}快速路互通改造工程', '{R}农村公路安全生命防护工程'] },
  { dept: '506', industry: '76', names: ['{R}城乡供水一体化工程', '{R}水库除险加固工程', '{R}防洪排涝综合治理工程'] },
  { dept: '404', industry: '84', names: ['{R}人民医院新院区建设项目', '{R}公共卫生应急救治中心项目'] },
  { dept: '301', industry: '83', names: ['{R}新建中小学校项目', '{R}职业教育实训基地建设项目'] },
];

/**
 * bond_projects: the projects of each new special bond of 2025 and 2026 (2–3 per bond, sharing its
 * amount), with a snapshot at every month end from issue to the last closed month. Spending starts at
 * 10–13 % in the month of issue and grows 12 points a month up to 94–100 %: at least 70 % five months
 * in and at least 85 % within a year, far from DEBT-IDLE's 50 % / 20 % bands. Project numbers follow the
 * national investment project code shape (yymm-region-industry-01-serial).
 */
export function writeBondProjects(
  random: Random,
  bonds: readonly Bond[],
  agencies: readonly DemoAgency[],
  lastPeriod: string,
  writer: CsvFileWriter,
): void {
  const codes = new Set(agencies.map((a) => a.code));
  const projectCodes = new Set<string>();
  for (const bond of bonds.filter((b) => b.type === 'special' && b.purpose === 'new' && b.issueDate >= '2025-01-01')) {
    const r = random.fork('projects', bond.code);
    const region = DEMO_REGIONS.find((reg) => reg.code === bond.regionCode)!;
    const kinds = PROJECT_KINDS.filter((k) => codes.has(`${bond.regionCode}${k.dept}`));
    const count = r.int(2, 3);
    const allocations = splitFen(
      bond.amountFen,
      Array.from({ length: count }, () => r.int(2, 6)),
    );
    for (const allocated of allocations) {
      const kind = r.pick(kinds);
      const name = r.pick(kind.names).replace('{R}', region.short);
      let code: string;
      do
        code = `${bond.issueDate.slice(2, 4)}${bond.issueDate.slice(5, 7)}-${bond.regionCode}-${kind.industry}-01-${r.int(100_000, 999_999)}`;
      while (projectCodes.has(code));
      projectCodes.add(code);
      const capBp = r.int(9_400, 10_000);
      const startBp = r.int(1_000, 1_300);
      const [year, month] = [Number(bond.issueDate.slice(0, 4)), Number(bond.issueDate.slice(5, 7))];
      for (let k = 0; ; k++) {
        const y = year + Math.floor((month - 1 + k) / 12);
        const m = ((month - 1 + k) % 12) + 1;
        if (`${y}-${String(m).padStart(2, '0')}` > lastPeriod) break;
        const spentBp = Math.min(capBp, startBp + 1_200 * k);
        writer.row([
          code,
          name,
          bond.code,
          bond.regionCode,
          `${bond.regionCode}${kind.dept}`,
          formatFen(allocated),
          formatFen(scaleFen(allocated, spentBp, 10_000)),
          monthEnd(y, m),
        ]);
      }
    }
  }
}
