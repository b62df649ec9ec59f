// Which option of a menu (components/Listbox.svelte) the keys lead to: arrows and pages skipping
// disabled options, and type-ahead by first letters.
import { clamp } from "./popup";

export type Choice = { label: string; disabled?: boolean };

/**
 * The next option that can be chosen from `from` going `step` (±1) at a time; `from` itself when
 * there is none (the ends do not wrap).
 */
export function nextEnabled(options: Choice[], from: number, step: 1 | -1): number {
  for (let i = from + step; i >= 0 && i < options.length; i += step) {
    if (!options[i].disabled) return i;
  }
  return from;
}

/** The option `by` places away from `from` (Page Up/Down), or the nearest one that can be chosen. */
export function moveBy(options: Choice[], from: number, by: number): number {
  const to = clamp(from + by, 0, options.length - 1);
  if (!options[to]?.disabled) return to;
  const step = by < 0 ? -1 : 1;
  const further = nextEnabled(options, to, step);
  if (further !== to) return further;
  const back = nextEnabled(options, to, step === 1 ? -1 : 1);
  return back === to ? from : back;
}

/** The first option that can be chosen (`last`: the last one); -1 when there is none. */
export function edgeEnabled(options: Choice[], last = false): number {
  return last ? nextEnabled(options, options.length, -1) : nextEnabled(options, -1, 1);
}

// Leading punctuation does not count ("— top level" is found by typing "t"), nor case or accents.
// Folded by hand: WebKit's localeCompare under the C locale ignores { sensitivity: "base" }.
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const words = (label: string) => fold(label.replace(/^[^\p{L}\p{N}]+/u, ""));

/**
 * Type-ahead: the option whose label starts with `typed` (case and accents ignored), searching
 * from the option after `current` and wrapping. A run of one repeated letter ("ppp") steps through
 * the options starting with it; more letters keep the current option while it still matches.
 * -1 when none matches.
 */
export function matchTyped(options: Choice[], typed: string, current: number): number {
  if (!typed) return -1;
  const folded = fold(typed);
  const same = [...folded].every((c) => c === folded[0]);
  const needle = same ? folded[0] : folded;
  const start = same || current < 0 ? current + 1 : current;
  const n = options.length;
  for (let k = 0; k < n; k++) {
    const i = (((start + k) % n) + n) % n;
    const o = options[i];
    if (o.disabled) continue;
    if (words(o.label).startsWith(needle)) return i;
  }
  return -1;
}
