import type { Role } from './auth/user';
import { SECTIONS, firstSectionFor, sectionsFor } from './sections';

const paths = (role: Role) => sectionsFor(role).map((section) => section.path);

describe('sectionsFor', () => {
  it('lists every section for an administrator, and all but 系统管理 for the committee staff', () => {
    expect(paths('admin')).toEqual(SECTIONS.map((section) => section.path));
    expect(paths('staff')).toEqual(SECTIONS.map((section) => section.path).filter((path) => path !== 'admin'));
  });

  it('shows 系统管理 to administrators only, last in their menu', () => {
    expect(paths('admin').at(-1)).toBe('admin');
    for (const role of ['staff', 'auditor', 'deputy'] as const) {
      expect(paths(role)).withContext(role).not.toContain('admin');
    }
  });

  it('leaves 数据接入 out for auditors, who read, review alerts and export', () => {
    expect(paths('auditor')).toEqual([
      'overview',
      'execution',
      'revenue',
      'debt',
      'state-assets',
      'social-funds',
      'alerts',
      'review',
    ]);
  });

  it('shows deputies the budget pages and 会前审查 only: no 执行监控, 预警 or 数据接入', () => {
    expect(paths('deputy')).toEqual(['overview', 'revenue', 'debt', 'state-assets', 'social-funds', 'review']);
  });
});

describe('firstSectionFor', () => {
  it('lands every role on the first section of its menu', () => {
    for (const role of ['admin', 'staff', 'auditor', 'deputy'] as const) {
      expect(firstSectionFor(role).path).withContext(role).toBe(paths(role)[0]!);
    }
    expect(firstSectionFor('deputy').path).toBe('overview');
  });
});
