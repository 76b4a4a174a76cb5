import { z } from 'zod';
import { isoDateSchema, plainText, regionCodeSchema } from '../shared/money.schemas';
import { ROLES } from './roles';

export const roleSchema = z.enum(ROLES);
export const usernameSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{2,63}$/, 'username: 3 to 64 letters, digits, _ . -');

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  regionCode: z.string(),
  mustChangePassword: z.boolean(),
  active: z.boolean(),
});
export type UserOutput = z.infer<typeof userSchema>;

export const createUserInputSchema = z
  .object({
    username: usernameSchema,
    displayName: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .regex(/^[^<>\p{Cc}]+$/u, 'no angle brackets or control characters'),
    role: roleSchema,
    regionCode: regionCodeSchema,
  })
  .strict();
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

export const createdUserSchema = z.object({ user: userSchema, oneTimePassword: z.string() });

export const setActiveInputSchema = z.object({ username: usernameSchema, active: z.boolean() }).strict();

export const auditFilterSchema = z
  .object({
    action: z.string().regex(/^[a-z_.]{1,64}$/).optional(),
    username: plainText(64).min(1).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const listAuditInputSchema = auditFilterSchema.extend({
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});
export type ListAuditInput = z.input<typeof listAuditInputSchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  username: z.string().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});
export type AuditEntryOutput = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({ total: z.number().int(), items: z.array(auditEntrySchema) });
export type AuditPage = z.infer<typeof auditPageSchema>;
