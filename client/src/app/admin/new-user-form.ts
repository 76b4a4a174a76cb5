import type { Role } from '../auth/user';
import type { AdminMessageKey } from './admin-messages.zh-cn';
import type { CreateUserInput } from './admin.types';

/** The 新增用户 form as typed; checked here for quick feedback, by the server for good. */
export interface NewUserForm {
  username: string;
  displayName: string;
  role: Role;
  regionCode: string | null;
}

/** The roles in the order the form offers them: the everyday accounts first. */
export const ACCOUNT_ROLES: readonly Role[] = ['staff', 'auditor', 'deputy', 'admin'];

/** The server's rules (admin.schemas.ts): 3 to 64 characters, a letter or digit first. */
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{2,63}$/;
const DISPLAY_NAME = /^[^<>\p{Cc}]{1,100}$/u;

export function emptyNewUserForm(regionCode: string | null): NewUserForm {
  return { username: '', displayName: '', role: 'staff', regionCode };
}

/** What keeps the form from being sent, in field order; empty when it may go. */
export function newUserProblems(form: NewUserForm): AdminMessageKey[] {
  const problems: AdminMessageKey[] = [];
  if (!USERNAME.test(form.username.trim())) problems.push('admin.form.problem.username');
  if (!DISPLAY_NAME.test(form.displayName.trim())) problems.push('admin.form.problem.displayName');
  if (!form.regionCode) problems.push('admin.form.problem.region');
  return problems;
}

/** The form as admin.users.create takes it; only called once newUserProblems is empty. */
export function newUserInput(form: NewUserForm): CreateUserInput {
  return {
    username: form.username.trim(),
    displayName: form.displayName.trim(),
    role: form.role,
    regionCode: form.regionCode ?? '',
  };
}
