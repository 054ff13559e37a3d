// Money typed by a person, in major units ("12,50" or "12.50"), to exact integer minor units of the currency.
export function minorUnits(typed: string, currency: string): number | undefined {
  let digits: number;
  try {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return undefined;
  }
  const match = /^(\d{1,12})(?:[.,](\d+))?$/.exec(typed.trim());
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return undefined;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}
