// Keyboard shortcuts of the editor: Ctrl+Z undoes the last edit, Ctrl+Shift+Z (or Ctrl+Y) redoes it.
// While a field holds typed text not yet saved, the field's own text undo wins.

export type KeyLike = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
};

export function shortcut(e: KeyLike, fieldDirty: boolean): "undo" | "redo" | null {
  if (e.altKey || !(e.ctrlKey || e.metaKey)) return null;
  const k = e.key.toLowerCase();
  let action: "undo" | "redo" | null = null;
  if (k === "z") action = e.shiftKey ? "redo" : "undo";
  else if (k === "y" && !e.shiftKey) action = "redo";
  if (action && fieldDirty) return null;
  return action;
}

/**
 * True when Ctrl+Z should undo typing rather than the last edit: a self-saving field whose text
 * differs from what was saved (`data-dirty="true"`), or a text box of a "new item" form with text
 * in it.
 */
export function isDirtyField(el: Element | null): boolean {
  if (!el || !(el instanceof HTMLElement)) return false;
  if (el.dataset.dirty !== undefined) return el.dataset.dirty === "true";
  if (el instanceof HTMLTextAreaElement) return el.value !== "";
  if (el instanceof HTMLInputElement) {
    const textual = ["text", "search", "email", "url", "tel", "number", ""].includes(el.type);
    return textual && el.value !== "";
  }
  return false;
}
