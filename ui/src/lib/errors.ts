// Where a backend problem belongs on screen. The core reports paths such as `positions[3].fte`
// (whole-plan checks, imports), `position.fte` (an item edit), `organization.sponsor.name` (a
// section edit) or `budget.lines[1].amounts[0]`. Each maps to a scope (the item or form being
// edited) and a field inside it, so the message is shown beside the input that caused it.

import type { CommandError, FieldProblem, Plan } from "./types";

/** Scope of an item: `positions:pos-1a2b3c4d`; of a form for a new item: `positions:new`. */
export type Located = { scope: string; field: string };

const ITEM_SECTIONS = ["budget.lines", "positions", "stakeholders", "communications", "milestones", "kpis", "risks"] as const;
type ItemSection = (typeof ITEM_SECTIONS)[number];

/** The singular prefixes the core uses when it validates one item of an edit. */
const SINGULAR: Record<string, ItemSection> = {
  position: "positions",
  stakeholder: "stakeholders",
  communication: "communications",
  milestone: "milestones",
  kpi: "kpis",
  risk: "risks",
  budget_line: "budget.lines",
};

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
 * Maps a problem path to its scope and field. `editScope` is the scope of the item or form whose
 * edit produced the problem (used for singular item paths); `plan` resolves indexed paths to ids.
 */
export function locate(path: string, editScope: string | null = null, plan: Plan | null = null): Located {
  const indexed = /^(budget\.lines|positions|stakeholders|communications|milestones|kpis|risks|responsibilities|assumptions)\[(\d+)\](?:\.(.*))?$/.exec(path);
  if (indexed) {
    const [, section, idx, rest = ""] = indexed;
    const items = plan ? itemsOf(plan, section) : null;
    const item = items?.[Number(idx)];
    return { scope: scopeOf(section, item ? item.id : idx), field: rest };
  }
  const single = /^(position|stakeholder|communication|milestone|kpi|risk|budget_line)(?:\.(.*))?$/.exec(path);
  if (single) {
    const section = SINGULAR[single[1]];
    return { scope: editScope ?? scopeOf(section, "new"), field: single[2] ?? "" };
  }
  const dot = path.indexOf(".");
  if (dot > 0 && SECTIONS.includes(path.slice(0, dot))) {
    return { scope: path.slice(0, dot), field: path.slice(dot + 1) };
  }
  return { scope: editScope ?? "plan", field: path };
}

/**
 * The problems of a failed command: the structured list when the shell sent one, else parsed from
 * the one-line message `path: message (and 2 more problems)` (only the first can be recovered).
 */
export function problemsOf(err: CommandError): FieldProblem[] {
  if (err.problems && err.problems.length > 0) return err.problems;
  if (err.code !== "invalid") return [];
  const m = /^([A-Za-z_][\w.[\]]*): (.*?)(?: \(and \d+ more problems?\))?$/.exec(err.message);
  return m ? [{ path: m[1], message: m[2] }] : [];
}

/** Field errors keyed by `scope|field`. */
export type FieldErrors = Record<string, string>;

export function errorKey(scope: string, field: string): string {
  return `${scope}|${field}`;
}

/** Turns a failed command into field errors; what cannot be placed comes back as `general`. */
export function fieldErrors(err: CommandError, editScope: string | null, plan: Plan | null): { fields: FieldErrors; general: string | null } {
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
  const out: FieldErrors = {};
  for (const [k, v] of Object.entries(errors)) if (!k.startsWith(prefix)) out[k] = v;
  return out;
}

/** Drops the given keys. */
export function dropKeys(errors: FieldErrors, keys: string[]): FieldErrors {
  const out: FieldErrors = {};
  for (const [k, v] of Object.entries(errors)) if (!keys.includes(k)) out[k] = v;
  return out;
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
