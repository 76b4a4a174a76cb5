import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../shared/api/api.types';

/**
 * The admin API's types, inferred from the server's router (type-only). Kept beside the page so
 * that everything 系统管理 adds stays in its lazy chunk.
 */
type RouterInputs = inferRouterInputs<AppRouter>;
type RouterOutputs = inferRouterOutputs<AppRouter>;

export type UserAccount = RouterOutputs['admin']['users']['list'][number];
export type CreateUserInput = RouterInputs['admin']['users']['create'];
export type CreatedUser = RouterOutputs['admin']['users']['create'];
export type ListAuditInput = RouterInputs['admin']['audit']['list'];
export type AuditPage = RouterOutputs['admin']['audit']['list'];
export type AuditEntry = AuditPage['items'][number];
