import { userStatus, userStatusTag } from './user-status';

describe('userStatus', () => {
  it('is active for an account in use with its own password', () => {
    expect(userStatus({ active: true, mustChangePassword: false })).toBe('active');
  });

  it('asks for a password change while a one-time password is in force', () => {
    expect(userStatus({ active: true, mustChangePassword: true })).toBe('mustChangePassword');
  });

  it('says deactivated before anything else: such an account cannot sign in at all', () => {
    expect(userStatus({ active: false, mustChangePassword: false })).toBe('inactive');
    expect(userStatus({ active: false, mustChangePassword: true })).toBe('inactive');
  });
});

describe('userStatusTag', () => {
  it('labels each status in either language', () => {
    expect(userStatusTag('active', 'zh-CN')).toEqual({ label: '正常', color: 'green' });
    expect(userStatusTag('inactive', 'zh-CN')).toEqual({ label: '已停用', color: 'default' });
    expect(userStatusTag('mustChangePassword', 'zh-CN')).toEqual({ label: '须改密', color: 'orange' });
    expect(userStatusTag('mustChangePassword', 'en').label).toBe('Must change password');
  });
});
