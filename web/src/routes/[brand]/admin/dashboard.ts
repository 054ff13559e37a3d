// The dashboard's date range and the figures derived from the three analytics answers (questions, search, rewards).
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
export const DEFAULT_DAYS = 30;
export const MAX_DAYS = 366;

export interface DayRange {
  from: string;
  to: string;
  /** The range asked for was not valid, so the default is shown. */
  invalid: boolean;
}

const isDay = (value: string | null): value is string =>
  !!value && ISO_DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `?from=&to=` when both are valid days in order and at most 366 days apart; else the last 30 days to `today`. */
export function dayRange(params: URLSearchParams, today: Date): DayRange {
  const from = params.get('from');
  const to = params.get('to');
  if (isDay(from) && isDay(to)) {
    const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
    if (days >= 1 && days <= MAX_DAYS) return { from, to, invalid: false };
  }
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return { from: day(end - (DEFAULT_DAYS - 1) * DAY_MS), to: day(end), invalid: from !== null || to !== null };
}

/** Deflected / (deflected + asked): the share of people who found their answer without asking. */
export function deflectionRate(deflected: number, asked: number): number | null {
  return deflected + asked === 0 ? null : deflected / (deflected + asked);
}

export interface DayPoint {
  day: string;
  asked: number;
  resolved: number;
  deflected: number;
}

/** Joins the questions' and the deflections' days (both list every day of the range). */
export function dayPoints(questions: { day: string; asked: number; resolved: number }[], deflections: { day: string; deflected: number }[]): DayPoint[] {
  const deflected = new Map(deflections.map((d) => [d.day, d.deflected]));
  return questions.map((q) => ({ day: q.day, asked: q.asked, resolved: q.resolved, deflected: deflected.get(q.day) ?? 0 }));
}
