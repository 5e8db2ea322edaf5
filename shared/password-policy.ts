import { PASSWORD_MIN } from './ipc/fields';

/** One password rule for the setup wizard, the forms and main's enforcement. */
export function isStrongPassword(password: string): boolean {
  return password.length >= PASSWORD_MIN && /\p{L}/u.test(password) && /\p{N}/u.test(password);
}
export { PASSWORD_MIN };
