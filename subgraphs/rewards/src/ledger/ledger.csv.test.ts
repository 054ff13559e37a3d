import { describe, expect, it } from 'vitest';
import { toDecimal } from '../money/money.ts';
import { csvField, toCsv } from './ledger.csv.ts';

describe('CSV (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
    expect(csvField(null)).toBe('');
    expect(csvField(-300)).toBe('-300');
  });

  it('ends every record with CRLF, header first', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x,y'],
          [2, null],
        ],
      ),
    ).toBe('a,b\r\n1,"x,y"\r\n2,\r\n');
  });

  it('keeps text cells from running as spreadsheet formulas, but leaves numbers alone', () => {
    expect(toCsv(['note', 'amount'], [['=HYPERLINK("x")', -5]], new Set([0]))).toBe(
      'note,amount\r\n"\'=HYPERLINK(""x"")",-5\r\n',
    );
  });
});

describe('toDecimal', () => {
  it('writes exact major units in the currency precision', () => {
    expect(toDecimal(-300, 'USD')).toBe('-3.00');
    expect(toDecimal(5, 'EUR')).toBe('0.05');
    expect(toDecimal(1500, 'JPY')).toBe('1500');
  });
});
