// Finds a customer's personal data in free text (emails, phones, cards, IBANs, account ids) and redacts it.
// Pure: no I/O. Checksums (Luhn, ISO 13616 mod-97) keep ordinary numbers from being mistaken for cards or IBANs.

export type PersonalDataKind = 'email' | 'phone' | 'card' | 'iban' | 'account';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

export interface PersonalDataOptions {
  /** Patterns of brand account/order references; a capture group, when present, is what gets redacted. */
  accountPatterns?: readonly RegExp[];
}

/** Order references like `NMB-883120`, and numbers introduced as an account, order or customer number. */
export const DEFAULT_ACCOUNT_PATTERNS: readonly RegExp[] = [
  /\b[A-Z]{2,5}-\d{4,12}\b/g,
  /\b(?:account|order|customer|client|cuenta|pedido|cliente|contrato|contract)\s*(?:no\.?|number|n[úu]mero|nº|#|id)?\s*:?\s*(\d{6,14})\b/gi,
];

export const REDACTION_TOKENS: Record<PersonalDataKind, string> = {
  email: '[email]',
  phone: '[phone]',
  card: '[card]',
  iban: '[iban]',
  account: '[account]',
};

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Two letters, two check digits, then 11–30 alphanumerics, optionally grouped by spaces in fours.
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b/gi;
const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
// A run of digits with the separators people type in phone numbers; classified by phoneShape().
const PHONE = /(?<![\w+])(?:\+|00)?\(?\d[\d ().-]{6,20}\d(?![\w])/g;

const digitsOf = (text: string) => text.replace(/\D/g, '');

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** ISO 13616: move the first four characters to the end, letters to numbers (A=10), the whole mod 97 is 1. */
export function ibanValid(candidate: string): boolean {
  const iban = candidate.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** Whether a digit run looks like a phone number: international, Spanish, North American or UK national. */
function phoneShape(raw: string): boolean {
  const digits = digitsOf(raw);
  if (/^(?:\+|00)/.test(raw)) return digits.length >= (raw.startsWith('00') ? 10 : 8) && digits.length <= (raw.startsWith('00') ? 17 : 15);
  if (/^[6789]\d{8}$/.test(digits)) return /^[6789]\d{2}(?:[ .-]?\d{3}[ .-]?\d{3}|[ .-]?\d{2}[ .-]?\d{2}[ .-]?\d{2})$|^[89]\d[ .-]?\d{3}[ .-]?\d{2}[ .-]?\d{2}$/.test(raw);
  // North American numbers need their usual punctuation: a bare ten-digit run is as likely an order number.
  if (digits.length === 10) return /^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$|^\(\d{3}\)\d{3}-\d{4}$/.test(raw);
  // UK national: 0 and ten more digits (07700 900123, 020 7946 0958).
  if (digits.length === 11 && digits.startsWith('0')) return /^0\d{3,4}[ -]?\d{3}[ -]?\d{3,4}$|^0\d{2}[ -]\d{4}[ -]\d{4}$/.test(raw);
  return false;
}

/** Every finding, earliest first, never overlapping (stronger evidence wins: checksums before shapes). */
export function detectPersonalData(text: string, options: PersonalDataOptions = {}): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const free = (start: number, end: number) => findings.every((f) => end <= f.start || start >= f.end);
  const add = (kind: PersonalDataKind, start: number, end: number) => {
    if (end > start && free(start, end)) findings.push({ kind, start, end });
  };

  for (const match of text.matchAll(EMAIL)) add('email', match.index, match.index + match[0].length);
  for (const match of text.matchAll(IBAN)) {
    // The pattern may run into a following word ("… 1332 HOLA"): drop trailing groups until the checksum holds.
    let candidate = match[0];
    while (candidate.length >= 15 && !ibanValid(candidate)) candidate = candidate.replace(/ ?[A-Z0-9]{1,4}$/i, '');
    if (ibanValid(candidate)) add('iban', match.index, match.index + candidate.length);
  }
  for (const match of text.matchAll(CARD)) {
    const digits = digitsOf(match[0]);
    if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) add('card', match.index, match.index + match[0].length);
  }
  for (const pattern of options.accountPatterns ?? DEFAULT_ACCOUNT_PATTERNS) {
    const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    for (const match of text.matchAll(global)) {
      const group = match[1];
      const start = group === undefined ? match.index : match.index + match[0].lastIndexOf(group);
      add('account', start, start + (group ?? match[0]).length);
    }
  }
  for (const match of text.matchAll(PHONE)) {
    const raw = match[0].trim();
    if (phoneShape(raw)) add('phone', match.index, match.index + raw.length);
  }
  return findings.sort((a, b) => a.start - b.start);
}

export interface Redaction {
  text: string;
  kinds: PersonalDataKind[];
}

/** The text with each finding replaced by its kind's token, and the kinds found (each once). */
export function redactPersonalData(text: string, options: PersonalDataOptions = {}): Redaction {
  const findings = detectPersonalData(text, options);
  let redacted = '';
  let cursor = 0;
  for (const finding of findings) {
    redacted += text.slice(cursor, finding.start) + REDACTION_TOKENS[finding.kind];
    cursor = finding.end;
  }
  return { text: redacted + text.slice(cursor), kinds: [...new Set(findings.map((f) => f.kind))] };
}
