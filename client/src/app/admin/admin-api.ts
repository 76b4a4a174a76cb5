import { Injectable, inject } from '@angular/core';
import { ApiSession } from '../shared/api/api-session';
import { createApiTrpcClient } from '../shared/api/trpc-client';
import type { AuditPage, CreatedUser, CreateUserInput, ListAuditInput, UserAccount } from './admin.types';

/**
 * The admin procedures of the server's tRPC API (accounts and the audit log), in a client of the
 * page's own so that they ride in its lazy chunk (see alerts-api.ts). Queries take an AbortSignal
 * so that a superseded request is cancelled; the link carries the CSRF token and reports a 401.
 */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly trpc = createApiTrpcClient(inject(ApiSession));

  users(signal?: AbortSignal): Promise<UserAccount[]> {
    return this.trpc.admin.users.list.query(undefined, { signal });
  }

  /** The new account and its one-time password, which the server never gives again. */
  createUser(input: CreateUserInput): Promise<CreatedUser> {
    return this.trpc.admin.users.create.mutate(input);
  }

  /** A new one-time password; the user's sessions end. */
  async resetPassword(username: string): Promise<string> {
    return (await this.trpc.admin.users.resetPassword.mutate({ username })).oneTimePassword;
  }

  setActive(username: string, active: boolean): Promise<UserAccount> {
    return this.trpc.admin.users.setActive.mutate({ username, active });
  }

  audit(input: ListAuditInput, signal?: AbortSignal): Promise<AuditPage> {
    return this.trpc.admin.audit.list.query(input, { signal });
  }
}
