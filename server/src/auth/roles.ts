/** The four roles of issue 6, as the database enum `Role` spells them. */
export const ROLES = ['admin', 'staff', 'auditor', 'deputy'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Readonly<Record<Role, { zh: string; en: string }>> = {
  admin: { zh: '管理员', en: 'Administrator' },
  staff: { zh: '财经委工作人员', en: 'Committee staff' },
  auditor: { zh: '审计人员', en: 'Auditor' },
  deputy: { zh: '人大代表', en: 'Deputy' },
};

/** Who may do what: each procedure and route names one of these sets, never an ad-hoc list. */
export const ACCESS = {
  /** Aggregated figures (overview, reference data): every signed-in role. */
  aggregates: ['admin', 'staff', 'auditor', 'deputy'],
  /** Record-level data and alerts, read and export: not deputies. */
  records: ['admin', 'staff', 'auditor'],
  /** Changing data: loads, detection runs, the alert workflow. */
  dataWork: ['admin', 'staff'],
  /** Settings: thresholds, mapping presets, users. */
  settings: ['admin'],
  /** Individual payees' names and accounts unmasked (others see 王*明, ****1234). */
  payees: ['admin', 'staff'],
} as const satisfies Record<string, readonly Role[]>;

/** A signed-in user as the server's procedures see them. */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** The user sees this region and every region below it (NATIONAL_REGION: every region). */
  regionCode: string;
  mustChangePassword: boolean;
}

/** The region code of a user bound to no region in particular (全国): the first admin. */
export const NATIONAL_REGION = '000000';

/** Who did something, for the audit log: a signed-in user, or null for the system. */
export interface Actor {
  id: number;
  username: string;
}
