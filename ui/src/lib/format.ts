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

/** Reads an amount typed in major units ("120,000", "€ 1 500.50", "80k") into minor units. */
export function parseMoney(text: string, currency: string): Parsed<number> {
  const digits = minorDigits(currency);
  let s = text.trim().replace(/[\s\u00a0_]/g, "");
  s = s.replace(/^[^\d.,-]+/, "").replace(/[^\dkKmM.,]+$/, "");
  let mult = 1;
  const suffix = s.match(/[kKmM]$/);
  if (suffix) {
    mult = suffix[0].toLowerCase() === "k" ? 1e3 : 1e6;
    s = s.slice(0, -1);
  }
  s = s.replace(/,/g, "");
  if (s === "") return { ok: false, message: "enter an amount" };
  if (!/^-?\d+(\.\d+)?$/.test(s) && !/^-?\.\d+$/.test(s))
    return { ok: false, message: "must be an amount such as 120000 or 120,000.50" };
  const [intPart, frac = ""] = s.split(".");
  if (mult === 1 && frac.length > digits) {
    return {
      ok: false,
      message:
        digits === 0 ? "this currency has no minor units" : `at most ${digits} decimal places`,
    };
  }
  const value = Math.round(Number(`${intPart || "0"}.${frac || "0"}`) * mult * 10 ** digits);
  if (!Number.isSafeInteger(value)) return { ok: false, message: "amount is too large" };
  return { ok: true, value };
}

/** Reads a decimal number ("0.5", "0,5", ".5"). */
export function parseNumber(text: string): Parsed<number> {
  const s = text.trim().replace(",", ".");
  if (s === "") return { ok: false, message: "enter a number" };
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(s)) return { ok: false, message: "must be a number" };
  return { ok: true, value: Number(s) };
}

/** Reads a whole number. */
export function parseInteger(text: string): Parsed<number> {
  const s = text.trim().replace(/[,\s]/g, "");
  if (s === "") return { ok: false, message: "enter a whole number" };
  if (!/^-?\d+$/.test(s)) return { ok: false, message: "must be a whole number" };
  const n = Number(s);
  if (!Number.isSafeInteger(n)) return { ok: false, message: "number is too large" };
  return { ok: true, value: n };
}

/** A whole number within [min, max]; the message names the range as the core does. */
export function parseIntegerIn(min: number, max: number): (text: string) => Parsed<number> {
  return (text) => {
    const r = parseInteger(text);
    if (!r.ok) return r;
    if (r.value < min || r.value > max)
      return { ok: false, message: `must be between ${min} and ${max} (got ${r.value})` };
    return r;
  };
}

/** A date that must be given, as `YYYY-MM-DD`. */
export function parseRequiredDate(text: string): Parsed<string> {
  const t = text.trim();
  if (t === "") return { ok: false, message: "choose a date" };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t) || Number.isNaN(Date.parse(`${t}T00:00:00Z`)))
    return { ok: false, message: "must be a date such as 2027-03-31" };
  return { ok: true, value: t };
}

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
