// What a countdown shows: minutes and seconds left until a moment (hours when it is that far away).
export function timeLeft(until: string, now: number): { seconds: number; expired: boolean; text: string } {
  const seconds = Math.max(0, Math.floor((new Date(until).getTime() - now) / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return { seconds, expired: seconds === 0, text: h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}` };
}
