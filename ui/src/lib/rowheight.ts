// The height a long table's undrawn rows take: rows past the first ones are drawn only near the
// view (content-visibility), and until then they stand as tall as the first row, which is always
// drawn. The rows of such a table are alike, so the scrollbar is right and a jump to a row lands
// where the row is drawn.

/** A Svelte action on a table: keeps `--row-height` at the height of its first body row. */
export function rowHeight(table: HTMLTableElement) {
  const measure = () => {
    const first = table.tBodies[0]?.rows[0];
    if (!first) return;
    // The size a row stands at is its content's: its padding and border come on top.
    const s = getComputedStyle(first);
    const edges = ["paddingTop", "paddingBottom", "borderTopWidth", "borderBottomWidth"] as const;
    const content = edges.reduce(
      (h, k) => h - parseFloat(s[k]),
      first.getBoundingClientRect().height,
    );
    table.style.setProperty("--row-height", `${content}px`);
  };
  const observer = new ResizeObserver(measure);
  observer.observe(table);
  return { destroy: () => observer.disconnect() };
}
