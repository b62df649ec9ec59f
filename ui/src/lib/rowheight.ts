// The height a long table's undrawn rows take: rows past the first ones are drawn only near the
// view (content-visibility), and until then they stand as tall as the first row, which is always
// drawn. The rows of such a table are alike, so the scrollbar is right and a jump to a row lands
// where the row is drawn.

/**
 * A Svelte action on a table: keeps `--row-height` at the height of its first body row's content
 * (a row shown as a card leaves its content undrawn) and `--cell-height` at that of the row's
 * tallest `.cell` (a row shown as a table row leaves each cell's content undrawn).
 */
export function rowHeight(table: HTMLTableElement) {
  // Setting the property restyles every row: only a new value is set.
  const set = (name: string, px: number) => {
    const value = `${Math.round(px * 4) / 4}px`;
    if (table.style.getPropertyValue(name) !== value) table.style.setProperty(name, value);
  };
  const measure = () => {
    const first = table.tBodies[0]?.rows[0];
    if (!first) return;
    // The size an undrawn box stands at is its content's: its padding and border come on top.
    const s = getComputedStyle(first);
    const edges = ["paddingTop", "paddingBottom", "borderTopWidth", "borderBottomWidth"] as const;
    const row = edges.reduce((h, k) => h - parseFloat(s[k]), first.getBoundingClientRect().height);
    const cells = [...first.querySelectorAll(".cell")].map((c) => c.getBoundingClientRect().height);
    set("--row-height", row);
    set("--cell-height", Math.max(0, ...cells));
  };
  const observer = new ResizeObserver(measure);
  observer.observe(table);
  return { destroy: () => observer.disconnect() };
}
