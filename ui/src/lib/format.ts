// Money, numbers and dates as people read them. Money is integer minor units plus an ISO code.
import { CATALOG } from "../bindings/tables";
import type { CurrencyInfo } from "./types";

// The currencies the core accepts, with their minor digits and the symbol the PDF uses: the core's
// table (model/currency.rs), generated into bindings/tables.ts, so the window and the documents
// show the same figures.
const CURRENCIES: ReadonlyMap<string, CurrencyInfo> = new Map(
  CATALOG.currencies.map((c) => [c.code, c]),
);
export const CURRENCY_CODES: string[] = CATALOG.currencies.map((c) => c.code);

/** Digits after the decimal point for a currency (2 for EUR, 0 for JPY); 2 when unknown. */
export function minorDigits(currency: string): number {
  return CURRENCIES.get(currency)?.digits ?? 2;
}

/** The symbol shown before amounts (`€`, `CHF `); the code itself when unknown. */
export function currencySymbol(currency: string): string {
  return CURRENCIES.get(currency)?.symbol ?? currency;
}

function groupThousands(n: bigint | number): string {
  const s = n.toString();
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ",";
    out += s[i];
  }
  return out;
}

/**
 * `1234567`, EUR → `€12,345.67`; with `whole`, rounded to units: `€12,346`. Exact for any safe
 * integer. Checked against the core's `format_money` on every currency (MONEY_SAMPLES).
 */
export function formatMoney(minor: number, currency: string, whole = false): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? "-" : "";
  const abs = BigInt(Math.abs(Math.trunc(minor)));
  const scale = 10n ** BigInt(digits);
  let units = abs / scale;
  const cents = abs % scale;
  const symbol = currencySymbol(currency);
  if (whole || digits === 0) {
    if (whole && digits > 0 && cents * 2n >= scale) units += 1n;
    return `${sign}${symbol}${groupThousands(units)}`;
  }
  return `${sign}${symbol}${groupThousands(units)}.${cents.toString().padStart(digits, "0")}`;
}

/** Compact money for chart axes: €1.2M, €350k. */
export function formatMoneyShort(minor: number, currency: string): string {
  const units = minor / 10 ** minorDigits(currency);
  const sym = currencySymbol(currency);
  const abs = Math.abs(units);
  const sign = units < 0 ? "-" : "";
  const trim = (x: number) =>
    Number.isInteger(x) ? x.toString() : x.toFixed(1).replace(/\.0$/, "");
  if (abs >= 1e9) return `${sign}${sym}${trim(abs / 1e9)}B`;
  if (abs >= 1e6) return `${sign}${sym}${trim(abs / 1e6)}M`;
  if (abs >= 1e3) return `${sign}${sym}${trim(abs / 1e3)}k`;
  return `${sign}${sym}${trim(abs)}`;
}

/** The amount as typed in an input: `12345.67` (no symbol, no grouping). */
export function moneyInput(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  const scale = 10 ** digits;
  const units = Math.floor(abs / scale);
  const cents = abs % scale;
  return cents === 0 ? `${sign}${units}` : `${sign}${units}.${String(cents).padStart(digits, "0")}`;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export function formatFte(fte: number): string {
  return (Math.round(fte * 1000) / 1000).toString();
}

const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2027-03-05` → `5 Mar 2027`; anything else is shown as given. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MON[Number(m[2]) - 1]} ${m[1]}`;
}

/** "just now", "12 min ago", "3 h ago", "yesterday", else the date. */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const s = Math.round((now.getTime() - t.getTime()) / 1000);
  if (s < 45) return "just now";
  if (s < 3600) return `${Math.max(1, Math.round(s / 60))} min ago`;
  if (s < 86400) return `${Math.round(s / 3600)} h ago`;
  if (s < 2 * 86400) return "yesterday";
  if (s < 7 * 86400) return `${Math.floor(s / 86400)} days ago`;
  return formatDate(t.toISOString().slice(0, 10));
}

/** Today as `YYYY-MM-DD` in local time. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** A safe file name from a plan name. */
export function fileStem(name: string): string {
  const s = name
    .replace(/[\\/:*?"<>|\x00-\x1f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return s.slice(0, 80) || "plan";
}
