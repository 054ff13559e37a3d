import { describe, expect, it } from 'vitest';
import { detectPersonalData, ibanValid, luhnValid, redactPersonalData } from './personal-data.ts';

const kinds = (text: string) => redactPersonalData(text).kinds;
const redact = (text: string) => redactPersonalData(text).text;

describe('checksums', () => {
  it('Luhn accepts real test card numbers and refuses one changed digit', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('5555555555554444')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });

  it('IBAN mod-97 accepts valid Spanish, German and British IBANs and refuses a typo', () => {
    expect(ibanValid('ES91 2100 0418 4502 0005 1332')).toBe(true);
    expect(ibanValid('DE89370400440532013000')).toBe(true);
    expect(ibanValid('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(ibanValid('ES91 2100 0418 4502 0005 1333')).toBe(false);
  });
});

describe('redactPersonalData', () => {
  it.each([
    ['email', 'Write to ana.garcia+sol@example.co.uk please', 'Write to [email] please'],
    ['E.164 phone', 'Call me on +34 612 345 678 tonight', 'Call me on [phone] tonight'],
    ['E.164 phone without spaces', 'my number is +447700900123.', 'my number is [phone].'],
    ['Spanish mobile', 'Mi móvil es 612 34 56 78, llamadme', 'Mi móvil es [phone], llamadme'],
    ['Spanish landline', 'el fijo 91 123 45 67 no da tono', 'el fijo [phone] no da tono'],
    ['bare Spanish mobile', 'línea 612345678 sin datos', 'línea [phone] sin datos'],
    ['US number', 'reach me at (415) 555-0132 after 5', 'reach me at [phone] after 5'],
    ['UK mobile', 'text 07700 900123 if needed', 'text [phone] if needed'],
    ['card with spaces', 'card 4111 1111 1111 1111 was charged', 'card [card] was charged'],
    ['card with dashes', 'paid with 5555-5555-5555-4444.', 'paid with [card].'],
    ['IBAN', 'mi cuenta ES91 2100 0418 4502 0005 1332. ¿Cómo lo hago?', 'mi cuenta [iban]. ¿Cómo lo hago?'],
    ['IBAN followed by a word', 'IBAN DE89 3704 0044 0532 0130 00 PLEASE', 'IBAN [iban] PLEASE'],
    ['order reference', 'Card ending 4242, order NMB-883120.', 'Card ending 4242, order [account].'],
    ['numbered account', 'my account number: 88231977 is locked', 'my account number: [account] is locked'],
  ])('redacts an %s', (_name, text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    ['a version and a price', 'After patch 4.2 the pass costs 9,99 € for 30 days'],
    ['a date and a time', 'Since 2026-11-22 it drops at 23:00 every night'],
    ['an IP address', 'open 192.168.1.1 and go to Maintenance'],
    ['a card-length number failing Luhn', 'ticket 4111 1111 1111 1112 is open'],
    ['an IBAN-shaped string failing mod-97', 'code ES91 2100 0418 4502 0005 1333'],
    ['the last four digits of a card', 'Card ending 4242 was charged twice'],
    ['a level and a server', 'My level 60 ranger on server 12 lost 1500 gems'],
  ])('leaves %s alone', (_name, text) => {
    expect(detectPersonalData(text)).toEqual([]);
    expect(redact(text)).toBe(text);
  });

  it('lists each kind found once and redacts every occurrence', () => {
    const result = redactPersonalData('a@b.io or c@d.io, +34 699 111 222, ES91 2100 0418 4502 0005 1332');
    expect(result.kinds.sort()).toEqual(['email', 'iban', 'phone']);
    expect(result.text).toBe('[email] or [email], [phone], [iban]');
  });

  it('takes brand-specific account patterns', () => {
    const accountPatterns = [/\bSOL\d{8}\b/g];
    expect(redactPersonalData('cliente SOL12345678 sin línea', { accountPatterns }).text).toBe('cliente [account] sin línea');
    expect(kinds('cliente SOL12345678 sin línea')).toEqual([]);
  });
});
