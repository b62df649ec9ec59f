// Where a backend problem belongs on screen. The core names every field by its path in the plan:
// `positions[3].fte`, `organization.sponsor.name`, `budget.lines[1].amounts[0]`, `name`. Each maps to
// a scope (the item or form being edited) and a field inside it, so the message is shown beside the
// input that caused it.

import type { CommandError, Plan, Problem } from "./types";

/** Scope of an item: `positions:pos-1a2b3c4d`; of a form for a new item: `positions:new`. */
export type Located = { scope: string; field: string };

const SECTIONS = ["organization", "structure", "maturity", "budget"];

function itemsOf(plan: Plan, section: string): Array<{ id: string }> | null {
  switch (section) {
    case "budget.lines":
      return plan.budget.lines;
    case "positions":
    case "stakeholders":
    case "communications":
    case "milestones":
    case "kpis":
    case "risks":
      return plan[section];
    default:
      return null;
  }
}

export function scopeOf(section: string, id: string): string {
  return `${section}:${id}`;
}

/**
 * Maps a problem path to its scope and field. `plan` (as the UI has it, before the edit) resolves
 * indexed paths to ids; an index past its items is the item being added, in `editScope`'s form.
 */
export function locate(
  path: string,
  editScope: string | null = null,
  plan: Plan | null = null,
): Located {
  const indexed =
    /^(budget\.lines|positions|stakeholders|communications|milestones|kpis|risks|responsibilities|assumptions)\[(\d+)\](?:\.(.*))?$/.exec(
      path,
    );
  if (indexed) {
    const [, section, idx, rest = ""] = indexed;
    const items = plan ? itemsOf(plan, section) : null;
    const item = items?.[Number(idx)];
    if (item) return { scope: scopeOf(section, item.id), field: rest };
    const added = items !== null && Number(idx) === items.length;
    return {
      scope: added ? (editScope ?? scopeOf(section, "new")) : scopeOf(section, idx),
      field: rest,
    };
  }
  const dot = path.indexOf(".");
  if (dot > 0 && SECTIONS.includes(path.slice(0, dot))) {
    return { scope: path.slice(0, dot), field: path.slice(dot + 1) };
  }
  return { scope: editScope ?? "plan", field: path };
}

/** The field problems of a failed command: only invalid input has any. */
export function problemsOf(err: CommandError): Problem[] {
  return err.code === "invalid" ? err.problems : [];
}

/** What to say beside the field at `path` (e.g. `name`): its problem, else the whole message. */
export function messageAt(err: CommandError, path: string): string {
  return problemsOf(err).find((p) => p.path === path)?.message ?? err.message;
}

/** Field errors keyed by `scope|field`. */
export type FieldErrors = Record<string, string>;

export function errorKey(scope: string, field: string): string {
  return `${scope}|${field}`;
}

/** Turns a failed command into field errors; what cannot be placed comes back as `general`. */
export function fieldErrors(
  err: CommandError,
  editScope: string | null,
  plan: Plan | null,
): { fields: FieldErrors; general: string | null } {
  const problems = problemsOf(err);
  const fields: FieldErrors = {};
  for (const p of problems) {
    const { scope, field } = locate(p.path, editScope, plan);
    const key = errorKey(scope, field);
    if (!(key in fields)) fields[key] = p.message;
  }
  const general = problems.length === 0 ? err.message : null;
  return { fields, general };
}

/** The errors of one scope, e.g. to show "fix the fields marked" on a row. */
export function errorsIn(errors: FieldErrors, scope: string): string[] {
  const prefix = `${scope}|`;
  return Object.entries(errors)
    .filter(([k]) => k.startsWith(prefix))
    .map(([k, v]) => {
      const field = k.slice(prefix.length);
      return field ? `${field}: ${v}` : v;
    });
}

/** Drops every error of a scope (after a successful edit of it). */
export function clearScope(errors: FieldErrors, scope: string): FieldErrors {
  const prefix = `${scope}|`;
  return keep(errors, (k) => !k.startsWith(prefix));
}

/** Drops the given keys. */
export function dropKeys(errors: FieldErrors, keys: string[]): FieldErrors {
  return keep(errors, (k) => !keys.includes(k));
}

/** The errors whose key passes `test`: `errors` itself when all do, so that a save clearing
 *  nothing does not wake every field on the page. */
function keep(errors: FieldErrors, test: (key: string) => boolean): FieldErrors {
  const entries = Object.entries(errors);
  const kept = entries.filter(([k]) => test(k));
  return kept.length === entries.length ? errors : Object.fromEntries(kept);
}

/** Where a review finding's item path (`positions[2]`, `communications[0].owner`) is edited. */
export function sectionOfPath(path: string): string {
  const head = path.split(/[.[]/)[0];
  switch (head) {
    case "organization":
    case "name":
    case "assumptions":
      return "overview";
    case "maturity":
      return "maturity";
    case "structure":
      return "structure";
    case "positions":
    case "responsibilities":
      return "staffing";
    case "budget":
      return "budget";
    case "stakeholders":
    case "communications":
      return "stakeholders";
    case "milestones":
    case "kpis":
      return "milestones";
    case "risks":
      return "risks";
    default:
      return "overview";
  }
}
