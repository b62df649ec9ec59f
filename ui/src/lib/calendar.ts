// Calendar dates as the UI moves between them. When a communication goes out is the core's rule
// (model/calendar.rs): the calendar view asks for it with api.communicationCalendar, and this module
// holds no copy of it.

export type Ymd = { y: number; m: number; d: number };

export function parseIso(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

export function toIso({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Adds months, keeping the day or clamping it to the month's last day. */
export function addMonths(date: Ymd, n: number): Ymd {
  const idx = date.y * 12 + (date.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** The day of the month of an ISO date: `2027-03-05` → 5. */
export function dayOf(iso: string): number {
  return Number(iso.slice(8, 10));
}
