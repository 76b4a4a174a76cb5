import { authText } from '../auth/auth-text';
import { ROLE_LABEL_KEYS } from '../auth/role-labels';
import type { Lang } from '../shared/i18n/lang';
import type { UserAccount } from './admin.types';
import { regionLabel } from './region-names';
import { userStatus, userStatusTag, type UserStatus } from './user-status';

/** One line of the users table, ready to show. */
export interface UserRow {
  username: string;
  displayName: string;
  /** 管理员, 财经委工作人员, …: the same names as the header's user menu. */
  role: string;
  region: string;
  /** The code beside the name; null for 全国 and for a region outside the tree (shown by its code already). */
  regionCode: string | null;
  status: UserStatus;
  statusTag: { label: string; color: string };
  active: boolean;
  /** The signed-in administrator's own account, which they may not deactivate. */
  self: boolean;
}

export function buildUserRows(
  users: readonly UserAccount[],
  regionNames: ReadonlyMap<string, string>,
  selfUsername: string | null,
  lang: Lang,
): UserRow[] {
  return users.map((user) => {
    const status = userStatus(user);
    const region = regionLabel(user.regionCode, regionNames, lang);
    return {
      username: user.username,
      displayName: user.displayName,
      role: authText(lang, ROLE_LABEL_KEYS[user.role]),
      region,
      regionCode: regionNames.has(user.regionCode) ? user.regionCode : null,
      status,
      statusTag: userStatusTag(status, lang),
      active: user.active,
      self: user.username === selfUsername,
    };
  });
}
