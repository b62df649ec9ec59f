// Applies the reply to an edit (a PlanPatch: the plan's own fields, the items and the charts that
// changed) to the plan the editor shows. Items that did not change keep their objects, so their rows are not
// redrawn; the reply is as large as the edit, not the plan.

import { share } from "./share";
import type { ListChange, PlanPatch, PlanView } from "./types";

/** `view` with `patch` applied, or null when the patch is for another version of the plan (the
 *  caller then reads the plan whole). */
export function applyPatch(view: PlanView, patch: PlanPatch): PlanView | null {
  const old = view.plan;
  const f = patch.fields;
  if (f.id !== old.id || patch.base !== old.updated_at) return null;
  const plan = {
    ...f,
    structure: { ...f.structure, units: patch.units ?? old.structure.units },
    responsibilities: patch.responsibilities ?? old.responsibilities,
    positions: patchList(old.positions, patch.positions),
    budget: { ...f.budget, lines: patchList(old.budget.lines, patch.budget_lines) },
    stakeholders: patchList(old.stakeholders, patch.stakeholders),
    communications: patchList(old.communications, patch.communications),
    milestones: patchList(old.milestones, patch.milestones),
    kpis: patchList(old.kpis, patch.kpis),
    risks: patchList(old.risks, patch.risks),
  };
  return share(view, {
    plan,
    totals: patch.totals,
    review: patch.review,
    charts: { ...view.charts, ...patch.charts },
    spelling: patch.spelling,
    can_undo: patch.can_undo,
    can_redo: patch.can_redo,
  });
}

/** `list` after `change`: changed items in place, removed ones gone, new ones at the end. */
export function patchList<T extends { id: string }>(list: T[], change: ListChange<T> | null): T[] {
  if (!change) return list;
  if (change.kind === "all") return change.items;
  const put = new Map(change.put.map((x) => [x.id, x]));
  const removed = new Set(change.removed);
  const out: T[] = [];
  for (const x of list) {
    if (removed.has(x.id)) continue;
    const changed = put.get(x.id);
    out.push(changed ?? x);
    put.delete(x.id);
  }
  for (const added of put.values()) out.push(added);
  return out;
}
