// How much of a long list a table draws: the first rows and a button for the rest, so a plan of a
// thousand budget lines or hundreds of stakeholder groups stays quick and light in the window.
import type { BudgetCategory, BudgetLine } from "./types";

/** Rows a table (or a budget category) shows before "Show all". */
export const ROWS_SHOWN = 25;

/** The rows to draw: all of them, or the first `limit`. */
export function firstRows<T>(rows: T[], all: boolean, limit = ROWS_SHOWN): T[] {
  return all || rows.length <= limit ? rows : rows.slice(0, limit);
}

/** An item of a plan's list with its index there (for test ids and error paths). */
export type Indexed<T> = { item: T; index: number };

const indexed = new WeakMap<object, Indexed<object>>();

/** `item` at `index`, as the same object while neither changes: an edit's reply keeps the objects
 *  of the items it did not change, and so their rows are not redrawn. */
export function atIndex<T extends object>(item: T, index: number): Indexed<T> {
  let row = indexed.get(item) as Indexed<T> | undefined;
  if (row?.index !== index) indexed.set(item, (row = { item, index }));
  return row;
}

/** Every item of `list` through `atIndex`. */
export function withIndex<T extends object>(list: T[]): Indexed<T>[] {
  return list.map(atIndex);
}

export type CategoryLines = {
  /** The lines drawn. */
  shown: Indexed<BudgetLine>[];
  /** Lines of the category left out until it is expanded. */
  hidden: number;
};

/** Groups `lines` by category in one pass; an expanded category (or a short one) shows every line. */
export function linesByCategory(
  lines: BudgetLine[],
  expanded: ReadonlySet<BudgetCategory>,
  limit = ROWS_SHOWN,
): Map<BudgetCategory, CategoryLines> {
  const out = new Map<BudgetCategory, CategoryLines>();
  lines.forEach((line, index) => {
    let group = out.get(line.category);
    if (!group) {
      group = { shown: [], hidden: 0 };
      out.set(line.category, group);
    }
    if (group.shown.length < limit || expanded.has(line.category))
      group.shown.push(atIndex(line, index));
    else group.hidden += 1;
  });
  return out;
}
