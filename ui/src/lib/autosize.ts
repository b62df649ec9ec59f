// One-line text boxes that wrap and grow with their text, so a long value is never cut. Heights are
// measured for all boxes at once in the next frame (one layout, not one per box).

const queue = new Set<HTMLTextAreaElement>();
let scheduled = false;

function flush() {
  scheduled = false;
  const boxes = [...queue].filter((el) => el.isConnected);
  queue.clear();
  for (const el of boxes) el.style.height = "auto";
  const heights = boxes.map((el) => el.scrollHeight + el.offsetHeight - el.clientHeight);
  boxes.forEach((el, i) => (el.style.height = `${heights[i]}px`));
}

/** Fits `el`'s height to its text in the next frame. */
export function fit(el: HTMLTextAreaElement) {
  queue.add(el);
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(flush);
  }
}

/** After a keystroke: grows `el` when its text wrapped onto a new line (reading only its own box). */
export function grow(el: HTMLTextAreaElement) {
  if (el.scrollHeight > el.clientHeight) fit(el);
}
