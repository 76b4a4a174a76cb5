import type { Random } from './prng';

/** Characters of a unified social credit code (GB 32100-2015): digits and capitals without I, O, S, V, Z. */
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Check character of an organisation code's first 8 characters (GB 11714): 0–9 or X. */
function orgCodeCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body[i]!, 36) * ORG_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** Check character of a unified social credit code's first 17 characters (GB 32100). */
function usccCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(body[i]!) * USCC_WEIGHTS[i]!;
  return USCC_CHARS[(31 - (sum % 31)) % 31]!;
}

/**
 * A well-formed unified social credit code for an enterprise (登记管理部门 9, 机构类别 1) registered in
 * a region: 91 + region code + organisation code (MA… with its GB 11714 check) + GB 32100 check.
 */
export function unifiedSocialCreditCode(regionCode: string, random: Random): string {
  let org = 'MA';
  // The organisation code body may only use characters that are also valid in the credit code.
  while (org.length < 8) org += USCC_CHARS[random.int(0, USCC_CHARS.length - 1)]!;
  const body = `91${regionCode}${org}${orgCodeCheck(org)}`;
  return body + usccCheck(body);
}

/** True when an 18-character code has valid characters and both check characters. */
export function isValidUscc(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  const org = code.slice(8, 16);
  return code[16] === orgCodeCheck(org) && code[17] === usccCheck(code.slice(0, 17));
}
