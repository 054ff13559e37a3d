// Exact money formatting and currency checks (pure; the GraphQL type is in money.type.ts).

const SUPPORTED = new Set(Intl.supportedValuesOf('currency'));

export const isCurrency = (code: string) => /^[A-Z]{3}$/.test(code) && SUPPORTED.has(code);

/** How many minor units a major unit has (USD 2, JPY 0), as ISO 4217 and Intl define it. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** The amount as a plain decimal string in major units ('-3.00' for -300 USD), built from the integer, exactly. */
export function toDecimal(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const units = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const decimal = digits === 0 ? units : `${units.slice(0, -digits)}.${units.slice(-digits)}`;
  return `${amountMinor < 0 ? '-' : ''}${decimal}`;
}

/** Formats without going through a float: Intl formats the exact decimal string. */
export function formatMoney(amountMinor: number, currency: string): string {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency });
  return format.format(toDecimal(amountMinor, currency) as `${number}`);
}
