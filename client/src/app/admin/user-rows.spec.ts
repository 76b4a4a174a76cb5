import { buildUserRows } from './user-rows';

const names = new Map([['390100', '临江市']]);
const user = {
  id: 3,
  username: 'e2e.auditor',
  displayName: '李审计',
  role: 'auditor' as const,
  regionCode: '390100',
  mustChangePassword: true,
  active: true,
};

describe('buildUserRows', () => {
  it('names the role and the region and gives the status', () => {
    const [row] = buildUserRows([user], names, 'admin', 'zh-CN');
    expect(row).toEqual({
      username: 'e2e.auditor',
      displayName: '李审计',
      role: '审计人员',
      region: '临江市',
      regionCode: '390100',
      status: 'mustChangePassword',
      statusTag: { label: '须改密', color: 'orange' },
      active: true,
      self: false,
    });
  });

  it('marks the signed-in administrator’s own account, and speaks English on demand', () => {
    const [row] = buildUserRows(
      [{ ...user, username: 'admin', role: 'admin', regionCode: '000000', mustChangePassword: false }],
      names,
      'admin',
      'en',
    );
    expect([row!.self, row!.role, row!.region, row!.regionCode, row!.statusTag.label]).toEqual([
      true,
      'Administrator',
      'Nationwide',
      null,
      'Active',
    ]);
  });

  it('shows a region outside the tree by its code alone', () => {
    const [row] = buildUserRows([{ ...user, regionCode: '440300' }], names, 'admin', 'zh-CN');
    expect([row!.region, row!.regionCode]).toEqual(['440300', null]);
  });
});
