// Reading what people type into numbers, amounts and dates. A value is accepted only when all of
// its text is one: `140k`, `$7,500`, `1.5M`, `7.500,50` (de-DE) are amounts, `12abc` is refused
// with the reason, never read as 12. Dates are read and shown the way the plan's locale writes them.

import { CURRENCY_CODES, currencySymbol, minorDigits, type Parsed } from "./format";

/** The decimal mark and digit-group mark of a locale: en-US `.` and `,`, de-DE `,` and `.`. */
export function separators(locale: string): { decimal: string; group: string } {
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale || "en-US").formatToParts(12345.6);
  } catch {
    parts = new Intl.NumberFormat("en-US").formatToParts(12345.6);
  }
  const decimal = parts.find((p) => p.type === "decimal")?.value ?? ".";
  const group = parts.find((p) => p.type === "group")?.value ?? ",";
  return { decimal, group: /\s/.test(group) ? " " : group };
}

const SUFFIXES: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };
// Currency signs people type before or after an amount, besides the plan currency's own.
const SIGNS = ["$", "€", "£", "¥", "₹", "₩", "₪", "₦", "₫", "₱"];

type Read = { value: number; fraction: string };

const GROUPED = /^\d{1,3}(?:x\d{3})+$/;

/** True when `whole` is digits grouped in threes by `mark` (`7,500`, `1.234.567`). */
function grouped(whole: string, mark: string): boolean {
  return GROUPED.test(whole.split(mark).join("x"));
}

/**
 * Reads the number in `body` (no sign, no suffix, no currency): digits, grouped or not, with at
 * most one decimal mark. Spaces, apostrophes and underscores group digits. The locale's decimal
 * mark is the decimal mark; the other of `.` and `,` groups digits in threes, or else, used once,
 * is read as the decimal mark (`0.5` in de-DE, `0,5` in en-US).
 */
function readNumber(body: string, locale: string): Read | string {
  const s = body.replace(/[\s\u00a0\u202f'’_]/g, "");
  if (!/\d/.test(s)) return "";
  const bad = s.replace(/[\d.,]/g, "");
  if (bad) return `“${bad}” is not part of a number`;
  const dec = separators(locale).decimal === "," ? "," : ".";
  const other = dec === "." ? "," : ".";
  let [whole, fraction = "", ...more] = s.split(dec);
  if (more.length > 0) return `it has more than one decimal mark “${dec}”`;
  if (!s.includes(dec) && s.includes(other) && !grouped(s, other)) {
    const at = s.split(other);
    if (at.length > 2) return `digit groups must be of three`;
    [whole, fraction] = at;
  }
  if (fraction.includes(other)) return `“${fraction}” after the decimal mark is not a fraction`;
  if (whole.includes(other)) {
    if (!grouped(whole, other)) return `digit groups must be of three (“${whole}”)`;
    whole = whole.split(other).join("");
  }
  return { value: Number(`${whole || "0"}.${fraction || "0"}`), fraction };
}

/** `what`, with the reason when there is more to say than that. */
function because(what: string, why: string): string {
  return why ? `${what}: ${why}` : what;
}

/** Splits a leading minus and a trailing k/M/B multiplier off `text`. */
function signAndSuffix(
  text: string,
  suffixes: boolean,
): { negative: boolean; body: string; mult: number } {
  let body = text;
  let negative = false;
  if (/^[-−]/.test(body)) {
    negative = true;
    body = body.slice(1).trim();
  }
  let mult = 1;
  const m = suffixes ? /([kKmMbB])$/.exec(body) : null;
  if (m) {
    mult = SUFFIXES[m[1].toLowerCase()];
    body = body.slice(0, -1).trim();
  }
  return { negative, body, mult };
}

/**
 * An amount in the plan's currency, typed in major units, into minor units: `140k`, `$7,500`,
 * `1.5M`, `€ 1 500.50`, `7.500,50` in de-DE. Refused unless all of the text is the amount.
 */
export function parseAmount(text: string, currency: string, locale = "en-US"): Parsed<number> {
  const digits = minorDigits(currency);
  let t = text.trim();
  if (t === "") return { ok: false, message: "enter an amount, e.g. 120,000 or 140k" };
  const sym = (CURRENCY_CODES.includes(currency) ? currencySymbol(currency) : "").trim();
  const marks = [currency, sym, ...SIGNS].filter(Boolean).sort((a, b) => b.length - a.length);
  const neg = /^[-−]/.test(t);
  if (neg) t = t.slice(1).trim();
  for (const m of marks) {
    if (t.toUpperCase().startsWith(m.toUpperCase())) {
      t = t.slice(m.length).trim();
      break;
    }
    if (t.toUpperCase().endsWith(m.toUpperCase())) {
      t = t.slice(0, -m.length).trim();
      break;
    }
  }
  const { negative, body, mult } = signAndSuffix((neg ? "-" : "") + t, true);
  const n = readNumber(body, locale);
  if (typeof n === "string")
    return { ok: false, message: because(`“${text.trim()}” is not an amount`, n) };
  if (mult === 1 && n.fraction.length > digits) {
    return {
      ok: false,
      message:
        digits === 0
          ? `${currency} has no minor units: “${text.trim()}” has decimals`
          : `at most ${digits} decimal places (“${text.trim()}”)`,
    };
  }
  const value = Math.round(n.value * mult * 10 ** digits) * (negative ? -1 : 1);
  if (!Number.isSafeInteger(value)) return { ok: false, message: "amount is too large" };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** A decimal number ("0.5", "0,5", ".5"); no multipliers. */
export function parseDecimal(text: string, locale = "en-US"): Parsed<number> {
  const t = text.trim();
  if (t === "") return { ok: false, message: "enter a number" };
  const { negative, body } = signAndSuffix(t, false);
  const n = readNumber(body, locale);
  if (typeof n === "string") return { ok: false, message: because(`“${t}” is not a number`, n) };
  return { ok: true, value: negative && n.value !== 0 ? -n.value : n.value };
}

/** A whole number ("12,000", "12k"); with `percent`, a trailing % is allowed. */
export function parseWhole(text: string, locale = "en-US", percent = false): Parsed<number> {
  let t = text.trim();
  if (percent) t = t.replace(/\s*%$/, "");
  if (t === "") return { ok: false, message: "enter a whole number" };
  const { negative, body, mult } = signAndSuffix(t, !percent);
  const n = readNumber(body, locale);
  if (typeof n === "string")
    return { ok: false, message: because(`“${text.trim()}” is not a whole number`, n) };
  const value = Math.round(n.value * mult) * (negative ? -1 : 1);
  if (n.value * mult !== Math.round(n.value * mult))
    return { ok: false, message: `“${text.trim()}” is not a whole number` };
  if (!Number.isSafeInteger(value)) return { ok: false, message: "number is too large" };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** A whole number within [min, max]; the message names the range as the core does. */
export function parseWholeIn(
  min: number,
  max: number,
  locale = "en-US",
  percent = false,
): (text: string) => Parsed<number> {
  return (text) => {
    const r = parseWhole(text, locale, percent);
    if (!r.ok) return r;
    if (r.value < min || r.value > max)
      return { ok: false, message: `must be between ${min} and ${max} (got ${r.value})` };
    return r;
  };
}

type DateOrder = { order: Array<"year" | "month" | "day">; sep: string; pattern: string };

const orders = new Map<string, DateOrder>();

/** How a locale writes a date in figures: en-US MM/DD/YYYY, de-DE DD.MM.YYYY, sv-SE YYYY-MM-DD. */
export function dateOrder(locale: string): DateOrder {
  const known = orders.get(locale);
  if (known) return known;
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat(locale || "en-US", {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      timeZone: "UTC",
    });
  } catch {
    fmt = new Intl.DateTimeFormat("en-US", {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      timeZone: "UTC",
    });
  }
  const parts = fmt.formatToParts(new Date(Date.UTC(2027, 10, 23)));
  const order = parts
    .filter((p) => p.type === "year" || p.type === "month" || p.type === "day")
    .map((p) => p.type as "year" | "month" | "day");
  const sep = parts.find((p) => p.type === "literal")?.value.trim() || "/";
  const name = { year: "YYYY", month: "MM", day: "DD" };
  const d: DateOrder = { order, sep, pattern: order.map((o) => name[o]).join(sep) };
  orders.set(locale, d);
  return d;
}

function isoOf(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** `2027-07-01` as the locale writes it: `07/01/2027` (en-US), `01.07.2027` (de-DE). */
export function showDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const { order, sep } = dateOrder(locale);
  const part = { year: m[1], month: m[2], day: m[3] };
  return order.map((o) => part[o]).join(sep);
}

/** Every `YYYY-MM-DD` in a message, written the way the locale writes dates. */
export function localizeDates(message: string, locale: string): string {
  return message.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso) => showDate(iso, locale));
}

/**
 * A date typed the locale's way (`07/01/2027` in en-US), or as `2027-07-01`, into `YYYY-MM-DD`.
 * Empty text is "no date" (`""`) unless the date is required.
 */
export function parseDate(text: string, locale: string, required = false): Parsed<string> {
  const t = text.trim();
  const { order, pattern } = dateOrder(locale);
  if (t === "")
    return required
      ? { ok: false, message: `choose a date (${pattern})` }
      : { ok: true, value: "" };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  let y: number, mo: number, d: number;
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    const m = /^(\d{1,4})[./\-\s]+(\d{1,2})[./\-\s]+(\d{1,4})\.?$/.exec(t);
    if (!m) return { ok: false, message: `“${t}” is not a date: write it as ${pattern}` };
    const got: Record<string, number> = {};
    order.forEach((o, i) => (got[o] = Number(m[i + 1])));
    [y, mo, d] = [got.year, got.month, got.day];
    if (m[order.indexOf("year") + 1].length !== 4)
      return { ok: false, message: `“${t}” is not a date: write the year in full (${pattern})` };
  }
  const out = isoOf(y, mo, d);
  if (!out) return { ok: false, message: `“${t}” is not a date: write it as ${pattern}` };
  return { ok: true, value: out };
}
