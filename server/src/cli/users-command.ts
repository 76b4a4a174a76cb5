import { parseArgs } from 'node:util';
import { ROLE_NAMES, ROLES, type Role } from '../auth/roles';
import { createUser, listUsers, resetPassword } from '../auth/users.service';
import { usage } from './usage';
import { withPool } from './with-pool';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/**
 * `users list | add <username> --role R --region CODE [--name NAME] [--password-stdin] | reset-password <username>`.
 * A new or reset account gets a one-time password, printed here once, unless one is piped in.
 */
export async function users(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: 'string' }, region: { type: 'string' }, name: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
  });
  const [action, username] = positionals;
  if (action === 'list') {
    return withPool(async (pool) => {
      for (const user of await listUsers(pool)) {
        const flags = [user.active ? '' : '已停用 inactive', user.mustChangePassword ? '须改密 must change password' : ''].filter(Boolean).join(', ');
        console.log(`${user.username.padEnd(20)} ${ROLE_NAMES[user.role].zh} / ${user.role.padEnd(8)} ${user.regionCode}  ${user.displayName}${flags ? `  (${flags})` : ''}`);
      }
      return 0;
    });
  }
  if (action === 'add' && username && values.role && values.region) {
    if (!(ROLES as readonly string[]).includes(values.role)) {
      console.error(`角色须为 / the role must be one of: ${ROLES.join(', ')}`);
      return 2;
    }
    const password = values['password-stdin'] ? await readStdin() : undefined;
    return withPool(async (pool) => {
      const created = await createUser(pool, {
        username,
        displayName: values.name ?? username,
        role: values.role as Role,
        regionCode: values.region!,
        password,
      });
      console.log(`✔ ${created.user.username}: ${ROLE_NAMES[created.user.role].zh} / ${created.user.role}, ${created.user.regionCode}`);
      if (created.oneTimePassword) console.log(`  一次性密码 / one-time password: ${created.oneTimePassword}（首次登录后须修改 / change it at first sign-in）`);
      return 0;
    });
  }
  if (action === 'reset-password' && username) {
    return withPool(async (pool) => {
      const password = await resetPassword(pool, username);
      console.log(`✔ ${username}: 一次性密码 / one-time password: ${password}（其会话已全部退出 / all their sessions ended）`);
      return 0;
    });
  }
  console.error(usage());
  return 2;
}
