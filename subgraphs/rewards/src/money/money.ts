// Exact money formatting and currency checks (pure; the GraphQL type is in money.type.ts).

const SUPPORTED = new Set(Intl.supportedValuesOf('currency'));

export const isCurrency = (code: string) => /^[A-Z]{3}$/.test(code) && SUPPORTED.has(code);

/** How many minor units a major unit has (USD 2, JPY 0), as ISO 4217 and Intl define it. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Formats without going through a float: the decimal string is built from the integer and Intl formats it exactly. */
export function formatMoney(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const negative = amountMinor < 0;
  const units = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const decimal = digits === 0 ? units : `${units.slice(0, -digits)}.${units.slice(-digits)}`;
  const format = new Intl.NumberFormat('en', { style: 'currency', currency });
  return format.format(`${negative ? '-' : ''}${decimal}` as `${number}`);
}
