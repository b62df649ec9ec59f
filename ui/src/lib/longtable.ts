// How a long table (components/LongTable.svelte) is cut into tables, and what its blocks take from
// its first table as last drawn: the column widths, so the tables read as one, and the header's and
// rows' heights, so a block of rows not drawn yet stands as tall as it will be drawn (the scrollbar
// is right and a jump to a row lands where the row is drawn).

/** The rows of each later table. */
export const CHUNK = 25;

/** A later table: its rows and the place of its first row in the list (from 1). */
export type Part<T> = { rows: T[]; from: number };

/** Splits `rows` into the first table's and the later tables'. */
export function chunks<T>(rows: T[], size = CHUNK): { first: T[]; later: Part<T>[] } {
  const later: Part<T>[] = [];
  for (let i = size; i < rows.length; i += size)
    later.push({ rows: rows.slice(i, i + size), from: i + 1 });
  return { first: rows.slice(0, size), later };
}

/**
 * A Svelte action on a long table's box: keeps `--col-<i>` at the width of the first table's
 * column i, `--table-width` at its width, `--head-height` at its header's height (none where rows
 * are cards), `--row-height` at its first row's height and `--row-content` at that row's content
 * height.
 */
export function firstTable(box: HTMLElement) {
  // Setting a property restyles every row under the box: only a new value is set.
  const set = (name: string, px: number) => {
    const value = `${Math.round(px * 4) / 4}px`;
    if (box.style.getPropertyValue(name) !== value) box.style.setProperty(name, value);
  };
  const observer = new ResizeObserver(() => measure());
  function measure() {
    const table = box.querySelector("table");
    const row = table?.tBodies[0]?.rows[0];
    observer.disconnect();
    if (!table || !row) return;
    // The first table off screen in a long list is not drawn: its last sizes stand.
    if (row.getBoundingClientRect().height > 0) take(table, row);
    // Columns change width with what their cells hold, not only with the table's width.
    observer.observe(table);
    for (const cell of row.cells) observer.observe(cell);
  }
  function take(table: HTMLTableElement, row: HTMLTableRowElement) {
    set("--table-width", table.getBoundingClientRect().width);
    set("--head-height", table.tHead?.getBoundingClientRect().height ?? 0);
    const height = row.getBoundingClientRect().height;
    set("--row-height", height);
    // What a row holds, without its padding and border (an undrawn box's size is its content's).
    const s = getComputedStyle(row);
    const edges = ["paddingTop", "paddingBottom", "borderTopWidth", "borderBottomWidth"] as const;
    set(
      "--row-content",
      edges.reduce((h, k) => h - parseFloat(s[k]), height),
    );
    [...row.cells].forEach((cell, i) => set(`--col-${i}`, cell.getBoundingClientRect().width));
  }
  measure();
  return { destroy: () => observer.disconnect() };
}
