// The communication plan as dates: occurrences by cadence (as the core and the .ics export compute
// them) and the 12-month calendar grid.

import type { Cadence, Communication } from "./types";

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

/** Adds months, keeping the day or clamping it to the month's last day (chrono's rule). */
export function addMonths(date: Ymd, n: number): Ymd {
  const idx = date.y * 12 + (date.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

export function addDays(date: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** ISO dates compare as strings. */
const le = (a: string, b: string) => a <= b;

const LIMIT = 5000;

/** Dates a communication falls on from `from` to `to` (inclusive), as ISO strings. */
export function occurrences(first: string, cadence: Cadence | null, from: string, to: string): string[] {
  const start = parseIso(first);
  if (!start) return [];
  const out: string[] = [];
  for (let n = 0; n < LIMIT; n++) {
    let date: Ymd;
    switch (cadence) {
      case null:
      case "once":
        if (n > 0) return out;
        date = start;
        break;
      case "weekly":
        date = addDays(start, 7 * n);
        break;
      case "monthly":
        date = addMonths(start, n);
        break;
      case "quarterly":
        date = addMonths(start, 3 * n);
        break;
      case "yearly":
        date = addMonths(start, 12 * n);
        break;
    }
    const iso = toIso(date);
    if (!le(iso, to)) break;
    if (le(from, iso)) out.push(iso);
  }
  return out;
}

export type CalendarMonth = {
  y: number;
  m: number;
  /** First and last day, ISO. */
  from: string;
  to: string;
  entries: Array<{ comm: Communication; dates: string[] }>;
  count: number;
};

/** Twelve months from (year, month), each with the communications that fall in it. */
export function calendar(comms: Communication[], year: number, month: number, months = 12): CalendarMonth[] {
  const out: CalendarMonth[] = [];
  for (let i = 0; i < months; i++) {
    const { y, m } = addMonths({ y: year, m: month, d: 1 }, i);
    const from = toIso({ y, m, d: 1 });
    const to = toIso({ y, m, d: daysInMonth(y, m) });
    const entries = comms
      .map((comm) => ({ comm, dates: occurrences(comm.first_date, comm.cadence, from, to) }))
      .filter((e) => e.dates.length > 0);
    out.push({ y, m, from, to, entries, count: entries.reduce((s, e) => s + e.dates.length, 0) });
  }
  return out;
}
