import type { Role, SessionReply, User } from '../user';

/** A signed-in user of `role` in the demo city, password already changed. */
export function testUser(role: Role, changes: Partial<User> = {}): User {
  return {
    id: 7,
    username: `${role}1`,
    displayName: `测试${role}`,
    role,
    regionCode: '390100',
    mustChangePassword: false,
    ...changes,
  };
}

export function sessionReply(user: User, csrfToken = 'csrf-1'): SessionReply {
  return { user, csrfToken };
}

/** A fetch Response with a JSON body. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
