import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

describe('passwordProblem', () => {
  it.each([
    ['short-pass', 'ana@example.test', 'must be at least 12 characters'],
    ['password1234', 'ana@example.test', 'is a commonly used password'],
    ['Password2024!', 'ana@example.test', 'is too easy to guess'],
    ['123456789987654', 'ana@example.test', 'is too easy to guess'],
    ['zzzzzzzzzzzzzz', 'ana@example.test', 'is too easy to guess'],
    ['marisol-rocks-99', 'marisol@example.test', 'must not contain your email address'],
  ])('refuses %s', (password, email, problem) => {
    expect(passwordProblem(password, email)).toBe(problem);
  });

  it('accepts a long unusual passphrase', () => {
    expect(passwordProblem('violet-harbour-tram-42', 'ana@example.test')).toBeNull();
  });
});
