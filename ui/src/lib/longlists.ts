// How much of a long list a table draws: the first rows and a button for the rest, so a plan of a
// thousand budget lines or hundreds of stakeholder groups stays quick and light in the window.
import type { BudgetCategory, BudgetLine } from "./types";

/** Rows a table (or a budget category) shows before "Show all". */
export const ROWS_SHOWN = 25;

/** The rows to draw: all of them, or the first `limit`. */
export function firstRows<T>(rows: T[], all: boolean, limit = ROWS_SHOWN): T[] {
  return all || rows.length <= limit ? rows : rows.slice(0, limit);
}

export type CategoryLines = {
  /** The lines drawn, each with its index in the plan's list (for test ids and error paths). */
  shown: { line: BudgetLine; index: number }[];
  /** Lines of the category left out until it is expanded. */
  hidden: number;
};

/** The row of each line drawn, kept while the line and its place do not change: an edit's reply
 *  keeps the objects of the lines it did not change, and so their rows are not redrawn. */
const rows = new WeakMap<BudgetLine, { line: BudgetLine; index: number }>();

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
    if (group.shown.length < limit || expanded.has(line.category)) {
      let row = rows.get(line);
      if (row?.index !== index) rows.set(line, (row = { line, index }));
      group.shown.push(row);
    } else group.hidden += 1;
  });
  return out;
}
