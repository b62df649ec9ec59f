// Keyboard shortcuts of the editor: Ctrl+Z undoes the last edit, Ctrl+Shift+Z (or Ctrl+Y) redoes it.
// While a field holds typed text not yet saved, the field's own text undo wins.

export type KeyLike = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

export function shortcut(e: KeyLike, fieldDirty: boolean): "undo" | "redo" | null {
  if (e.altKey || !(e.ctrlKey || e.metaKey)) return null;
  const k = e.key.toLowerCase();
  let action: "undo" | "redo" | null = null;
  if (k === "z") action = e.shiftKey ? "redo" : "undo";
  else if (k === "y" && !e.shiftKey) action = "redo";
  if (action && fieldDirty) return null;
  return action;
}

/** True when the element is a text field whose text differs from what was last saved. */
export function isDirtyField(el: Element | null): boolean {
  return !!el && el instanceof HTMLElement && el.dataset.dirty === "true";
}
