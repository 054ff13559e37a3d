// What makes a password acceptable: long enough, not a well-known one, not built from the account's own email.

/** Exact passwords from public breach top lists that pass the length rule. */
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'qwerty123456',
  'qwertyuiopas',
  'qwertyuiop12',
  'password1234',
  'passwordpassword',
  'iloveyou1234',
  'abcdefghijkl',
  'abc123abc123',
  'aaaaaaaaaaaa',
  'letmeinletmein',
  'welcome12345',
  'administrator',
  'changeme1234',
  'trustno1trustno1',
  'football1234',
  'baseball1234',
  'superman1234',
  'monkey123456',
  'princess1234',
  'sunshine1234',
  'starwars1234',
  'whatever1234',
  'zaq12wsxcde3',
  'asdfghjkl123',
  'zxcvbnm12345',
  'mypassword123',
  'p@ssw0rd1234',
  'passw0rd1234',
  'hello1234567',
]);

/** Words that, padded with digits and symbols, make the "Password2024!" family of guessable passwords. */
const COMMON_WORDS = new Set([
  'password',
  'passw',
  'pass',
  'qwerty',
  'qwertyuiop',
  'letmein',
  'welcome',
  'admin',
  'administrator',
  'iloveyou',
  'monkey',
  'dragon',
  'football',
  'baseball',
  'superman',
  'princess',
  'sunshine',
  'starwars',
  'master',
  'shadow',
  'login',
  'abc',
  'abcdef',
  'asdf',
  'asdfgh',
  'zxcvbn',
  'changeme',
  'secret',
  'peerdesk',
]);

export const MIN_PASSWORD_LENGTH = 12;

/** The reason a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'is a commonly used password';
  const letters = lower.replace(/[^a-z]/g, '').replace(/0/g, 'o');
  if (letters.length === 0 || COMMON_WORDS.has(letters) || /^(.)\1*$/.test(lower)) return 'is too easy to guess';
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 3 && lower.includes(local)) return 'must not contain your email address';
  return null;
}
