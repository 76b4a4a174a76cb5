import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** argon2id with the OWASP minimum (19 MiB, 2 passes, 1 lane): ~40 ms a hash on these machines. */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A hash that cannot be parsed matches nothing.
    return false;
  }
}

/** A hash of a random password, verified against when the username is unknown, so timing tells nothing. */
let decoyHash: Promise<string> | undefined;
export function decoy(): Promise<string> {
  decoyHash ??= hashPassword(generatePassword());
  return decoyHash;
}

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 128;

/** The password rules, as a bilingual reason, or null when the password passes. */
export function passwordProblem(password: string, context: { username: string; current?: string }): { zh: string; en: string } | null {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    return { zh: `密码长度须为${MIN_PASSWORD_LENGTH}至${MAX_PASSWORD_LENGTH}个字符`, en: `the password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters long` };
  }
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) {
    return { zh: '密码须同时包含字母和数字', en: 'the password must contain both letters and digits' };
  }
  if (password.toLowerCase().includes(context.username.toLowerCase())) {
    return { zh: '密码不能包含用户名', en: 'the password must not contain the username' };
  }
  if (context.current !== undefined && password === context.current) {
    return { zh: '新密码不能与当前密码相同', en: 'the new password must differ from the current one' };
  }
  return null;
}

/** Letters and digits without look-alikes (0/O, 1/l/I). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password: 16 characters from a CSPRNG (~93 bits), with at least one letter and one digit. */
export function generatePassword(): string {
  for (;;) {
    let password = '';
    for (let i = 0; i < 16; i++) password += ALPHABET[randomInt(ALPHABET.length)];
    if (/[a-zA-Z]/.test(password) && /\d/.test(password)) return password;
  }
}
