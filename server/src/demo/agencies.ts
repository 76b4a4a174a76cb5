import type { DepartmentTemplate, ProjectTemplate, UnitTemplate } from './department-template';
import { DEPARTMENTS, TOWNSHIP_PROJECTS } from './departments';
import type { AgencyType, DemoAgency, LineSpec } from './line-spec';
import { BUDGET_REGIONS, DEMO_REGIONS, type BudgetKind, type DemoRegion } from './regions';

type Basic = readonly [econ: string, weight: number, lo: number, hi: number];

/** Basic spending (基本支出) of an office: salaries and the running costs of 公用经费. */
const ADMIN_BASIC: readonly Basic[] = [
  ['30101', 3, 4, 5],
  ['30102', 3, 4, 5],
  ['30103', 1, 4, 5],
  ['30201', 2, 2, 3],
  ['30205', 0.4, 2, 3],
  ['30206', 0.8, 3, 4],
  ['30207', 0.8, 2, 3],
  ['30209', 0.5, 4, 4],
  ['30211', 1.5, 2, 3],
  ['30213', 0.8, 3, 4],
  ['30215', 0.3, 3, 4],
  ['30216', 0.3, 3, 4],
  ['30217', 0.4, 2, 3],
  ['30228', 0.3, 3, 4],
  ['30231', 0.8, 2, 3],
  ['30239', 0.3, 3, 3],
  ['30299', 0.6, 2, 3],
  ['31002', 0.3, 3, 4],
];

/** Basic spending of a public institution (事业单位): performance pay, materials, labour. */
const INSTITUTION_BASIC: readonly Basic[] = [
  ['30101', 3, 4, 5],
  ['30102', 2, 4, 5],
  ['30107', 3, 4, 5],
  ['30201', 1.5, 2, 3],
  ['30205', 0.5, 2, 3],
  ['30206', 1, 3, 4],
  ['30207', 0.6, 2, 3],
  ['30209', 0.5, 4, 4],
  ['30211', 0.8, 2, 3],
  ['30213', 1, 3, 4],
  ['30216', 0.3, 3, 4],
  ['30218', 1.2, 3, 4],
  ['30226', 0.6, 2, 3],
  ['30228', 0.3, 3, 4],
  ['30299', 0.6, 2, 3],
];

/** Employer contributions, each classified under its own function 项 (pension, annuity, medical, housing fund). */
function contributionLines(type: AgencyType): LineSpec[] {
  const medical = type === 'institution' ? '2101102' : '2101101';
  return [
    { book: 'GPB', func: '2080505', econ: '30108', weight: 1, decades: [4, 5] },
    { book: 'GPB', func: '2080506', econ: '30109', weight: 0.6, decades: [3, 4] },
    { book: 'GPB', func: medical, econ: '30110', weight: 0.8, decades: [3, 4] },
    { book: 'GPB', func: '2210201', econ: '30113', weight: 0.8, decades: [3, 4] },
  ];
}

function fill(template: string, region: DemoRegion): string {
  return template.replaceAll('{R}', region.short).replaceAll('{N}', region.name.replace(/[区县]$/, ''));
}

function projectLines(
  agencyCode: string,
  projects: readonly ProjectTemplate[],
  region: DemoRegion,
  first: number,
): LineSpec[] {
  return projects.map((project, index) => {
    const projectName = fill(project.name, region);
    return {
      book: project.book ?? 'GPB',
      func: project.func,
      econ: project.econ,
      weight: project.weight ?? 1,
      decades: project.decades ?? [4, 4],
      project: { code: `XM${agencyCode}${String(first + index).padStart(2, '0')}`, name: projectName },
      label: projectName,
      ...(project.payee ? { payee: project.payee } : {}),
    };
  });
}

function basicLines(func: string, basic: readonly Basic[], type: AgencyType): LineSpec[] {
  const own = basic.map(([econ, weight, lo, hi]): LineSpec => ({ book: 'GPB', func, econ, weight, decades: [lo, hi] }));
  return [...own, ...contributionLines(type)];
}

function departmentLines(
  dept: DepartmentTemplate,
  code: string,
  name: string,
  region: DemoRegion,
  kind: BudgetKind,
): LineSpec[] {
  const general = dept.generalFunc ?? `${dept.adminFunc.slice(0, 5)}02`;
  const lines = basicLines(dept.adminFunc, ADMIN_BASIC, dept.type);
  const projects = [
    { func: general, econ: '30227', name: `${name}重点业务工作`, decades: [4, 4] as const },
    ...(dept.projects ?? []),
    ...(dept.projectsIn?.[kind] ?? []),
  ];
  lines.push(...projectLines(code, projects, region, 1));
  if (kind === 'city' && dept.overseas)
    lines.push({ book: 'GPB', func: dept.adminFunc, econ: '30212', weight: 0.15, decades: [4, 4] });
  // A few departments replace an official car in 2025 (31013, one of the 三公 codes); none in 2026.
  if (['201', '503', '509'].includes(dept.code) && (kind === 'city' || region.code === '390102')) {
    lines.push({
      book: 'GPB',
      func: dept.adminFunc,
      econ: '31013',
      weight: 0,
      decades: [5, 5],
      years: [2025],
      fixedCount: 1,
      range: [150_000, 260_000],
    });
  }
  if (dept.reserve)
    lines.push({
      book: 'GPB',
      func: '227',
      econ: '39999',
      weight: 0,
      decades: [5, 6],
      reserve: true,
      label: '动用预备费',
    });
  return lines;
}

function sifLines(kind: 'pension' | 'medical'): LineSpec[] {
  if (kind === 'medical') {
    return [
      { book: 'SIF', func: '209', econ: '30307', weight: 4, decades: [5, 6], label: '职工基本医疗保险定点医疗机构' },
    ];
  }
  return [
    { book: 'SIF', func: '209', econ: '30302', weight: 4, decades: [5, 6], label: '企业职工基本养老金' },
    { book: 'SIF', func: '209', econ: '30305', weight: 1.5, decades: [4, 5], label: '失业保险金' },
    { book: 'SIF', func: '209', econ: '30399', weight: 1, decades: [4, 5], label: '工伤保险待遇' },
  ];
}

function unitAgency(
  unit: UnitTemplate,
  dept: DepartmentTemplate,
  deptCode: string,
  region: DemoRegion,
  kind: BudgetKind,
): DemoAgency {
  const code = `${deptCode}${unit.code}`;
  const name = fill(unit.name, region);
  const lines = basicLines(unit.func, unit.type === 'administrative' ? ADMIN_BASIC : INSTITUTION_BASIC, unit.type);
  lines.push(...projectLines(code, unit.projects ?? [], region, 1));
  // Benefits are paid from the social insurance fund budget by the city's agencies (市级统筹).
  if (unit.sif && kind === 'city') lines.push(...sifLines(unit.sif));
  return {
    code,
    name,
    regionCode: region.code,
    parentCode: deptCode,
    type: unit.type,
    weight: (unit.weight ?? 1) * region.scale!,
    lines,
  };
}

function townshipAgencies(region: DemoRegion): DemoAgency[] {
  const townships = DEMO_REGIONS.filter((r) => r.parentCode === region.code && r.level === 'township');
  return townships.map((township, index) => {
    const code = `${region.code}${601 + index}`;
    // Township codes 001–099 are streets (街道), run by an office of the district government.
    const name = Number(township.code.slice(6)) < 100 ? `${township.short}办事处` : `${township.short}人民政府`;
    const lines = basicLines('2010301', ADMIN_BASIC, 'administrative');
    lines.push(...projectLines(code, TOWNSHIP_PROJECTS, region, 1));
    return {
      code,
      name,
      regionCode: region.code,
      parentCode: null,
      type: 'administrative',
      weight: 0.8 * region.scale!,
      lines,
    };
  });
}

/**
 * The budget agencies of the demo city, about 300: in every budget region its departments (code =
 * region code + 3-digit department code, parent blank) and their units (department code + 3-digit
 * unit code, so the leading zeros of 001… mark a unit), plus township governments (…601…).
 */
export function buildAgencies(): DemoAgency[] {
  const agencies: DemoAgency[] = [];
  for (const region of BUDGET_REGIONS) {
    const kind = region.budgetKind!;
    for (const dept of DEPARTMENTS.filter((d) => d.in.includes(kind))) {
      const code = `${region.code}${dept.code}`;
      const name = fill(dept.names[kind] ?? dept.names.default, region);
      const lines = departmentLines(dept, code, name, region, kind);
      agencies.push({
        code,
        name,
        regionCode: region.code,
        parentCode: null,
        type: dept.type,
        weight: dept.weight * region.scale!,
        lines,
      });
      for (const unit of (dept.units ?? []).filter((u) => (u.in ?? dept.in).includes(kind))) {
        agencies.push(unitAgency(unit, dept, code, region, kind));
      }
    }
    agencies.push(...townshipAgencies(region));
  }
  return agencies;
}
