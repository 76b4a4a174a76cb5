/**
 * Chinese text of the sign-in and password pages and of the header's user menu, kept in their lazy
 * chunks rather than in the shared dictionaries of the initial bundle (docs/ARCHITECTURE.md, "A
 * page's own strings"). The two route titles are in the shared dictionaries (`auth.*`).
 */
export const AUTH_ZH_CN_MESSAGES = {
  'menu.account': '当前用户',
  'menu.changePassword': '修改密码',
  'menu.signOut': '退出登录',
  'role.admin': '管理员',
  'role.staff': '财经委工作人员',
  'role.auditor': '审计人员',
  'role.deputy': '人大代表',

  'login.heading': '登录',
  'login.hint': '请使用分配给您的账号登录',
  'login.username': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.usernameRequired': '请输入用户名',
  'login.passwordRequired': '请输入密码',

  'password.heading': '修改密码',
  'password.forced': '首次登录或密码被重置后，须先设置新密码才能继续使用。',
  'password.current': '当前密码',
  'password.new': '新密码',
  'password.repeat': '确认新密码',
  'password.rules': '至少 {length} 个字符，须同时包含字母和数字，不能与用户名或当前密码相同。',
  'password.submit': '确认修改',
  'password.back': '返回',
  'password.signOut': '退出登录',
  'password.problem.currentRequired': '请输入当前密码',
  'password.problem.tooShort': '新密码至少需要 {length} 个字符',
  'password.problem.lettersAndDigits': '新密码须同时包含字母和数字',
  'password.problem.sameAsUsername': '新密码不能与用户名相同',
  'password.problem.sameAsCurrent': '新密码不能与当前密码相同',
  'password.problem.mismatch': '两次输入的新密码不一致',
} as const satisfies Record<string, string>;

export type AuthMessageKey = keyof typeof AUTH_ZH_CN_MESSAGES;
export type AuthMessages = Record<AuthMessageKey, string>;
