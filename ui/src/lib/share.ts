// Keeps what did not change: a reply's plan with every part equal to the plan already shown replaced
// by that part, so a save that changed one budget line redraws one row, not every row of the page.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** `next`, reusing each part of `prev` that is equal to it (items of arrays matched by `id`). */
export function share<T>(prev: T, next: T): T {
  return merge(prev as Json, next as Json) as T;
}

function merge(prev: Json, next: Json): Json {
  if (
    prev === next ||
    prev === null ||
    next === null ||
    typeof prev !== "object" ||
    typeof next !== "object"
  )
    return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    const byId = new Map<unknown, Json>();
    for (const x of prev)
      if (x && typeof x === "object" && !Array.isArray(x) && "id" in x) byId.set(x.id, x);
    let same = prev.length === next.length;
    const out = next.map((x, i) => {
      const old =
        x && typeof x === "object" && !Array.isArray(x) && "id" in x && byId.has(x.id)
          ? byId.get(x.id)!
          : prev[i];
      const m = old === undefined ? x : merge(old, x);
      if (m !== prev[i]) same = false;
      return m;
    });
    return same ? prev : out;
  }
  if (Array.isArray(prev)) return next;
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(prev).length;
  const out: { [k: string]: Json } = {};
  for (const k of keys) {
    const m = k in prev ? merge(prev[k], next[k]) : next[k];
    if (m !== prev[k]) same = false;
    out[k] = m;
  }
  return same ? prev : out;
}
