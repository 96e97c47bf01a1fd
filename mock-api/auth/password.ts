import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * Passwords are stored only as salted scrypt hashes, `scrypt$N$r$p$salt$hash` (base64), so the
 * cost can be raised later without invalidating stored hashes.
 */
const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

export function hashPassword(password: string, salt: Buffer = randomBytes(16)): string {
  const hash = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** True when `password` matches `stored`; false for any malformed hash (never throws). */
export function verifyPassword(password: string, stored: unknown): boolean {
  if (typeof stored !== 'string') return false;
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4], 'base64');
  const expected = Buffer.from(parts[5], 'base64');
  // Bounds keep a tampered record from asking for gigabytes of memory.
  if (![n, r, p].every(Number.isInteger) || n < 2 || n > 2 ** 20 || r < 1 || r > 32 || p < 1 || p > 16)
    return false;
  if (expected.length < 16 || salt.length < 8) return false;
  try {
    const actual = scryptSync(password.normalize('NFC'), salt, expected.length, {
      N: n,
      r,
      p,
      maxmem: 256 * n * r + 1024 * 1024,
    });
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}

/** What a new password must be: long enough and not only one kind of character. */
export function passwordProblem(password: unknown): 'tooShort' | 'tooLong' | 'tooSimple' | null {
  if (typeof password !== 'string' || password.length < 8) return 'tooShort';
  if (password.length > 128) return 'tooLong';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
  return kinds < 3 ? 'tooSimple' : null;
}
