// Human labels for the plan's enums, in the words the core and the PDF use: all of them come from
// the core's catalog (ui/src/bindings/tables.ts, generated), none is written here. The labels follow
// the open plan's spelling (spelling.svelte.ts).
import { CATALOG } from "../bindings/tables";
import type {
  BudgetCategory,
  Cadence,
  Choice,
  Level,
  Petal,
  Responsibility,
  Role,
  Source,
  StrategyRung,
  StructureKind,
} from "./types";

export {
  CADENCE_LABELS,
  CATEGORY_LABELS,
  LEVEL_LABELS,
  PETAL_LABELS,
  RESPONSIBILITY_LABELS,
  ROLE_LABELS,
  RUNG_LABELS,
  SEVERITY_LABELS,
  STAGE_NAMES,
  STRUCTURE_LABELS,
  say,
} from "./spelling.svelte";

function values<T>(choices: Choice<T>[]): T[] {
  return choices.map((c) => c.value);
}

export const STRUCTURES: StructureKind[] = values(CATALOG.structures);
export const RUNGS: StrategyRung[] = values(CATALOG.rungs);
export const ROLES: Role[] = values(CATALOG.roles);
export const RESPONSIBILITIES: Responsibility[] = values(CATALOG.responsibilities);
export const CATEGORIES: BudgetCategory[] = values(CATALOG.categories);
/** Categories a budget line may use (headcount is derived from positions). */
export const LINE_CATEGORIES = CATEGORIES.filter((c) => c !== "headcount");
export const PETALS: Petal[] = values(CATALOG.petals);
export const LEVELS: Level[] = values(CATALOG.levels);
export const CADENCES: Cadence[] = values(CATALOG.cadences);

export const MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const GUIDANCE = "OSPO Planner guidance";

/** Where an item comes from, as the core's `Source::cite` writes it: "Document — section", or the app's own guidance. */
export function cite(source: Source | undefined): string {
  if (!source) return "";
  return source.kind === "seed" ? `${source.document} — ${source.section}` : GUIDANCE;
}

/** The line under an item, as the core's `Source::attribution` writes it: "Source: …" or "OSPO Planner guidance". */
export function attribution(source: Source | undefined): string {
  if (!source) return "";
  return source.kind === "seed" ? `Source: ${cite(source)}` : GUIDANCE;
}

/** One line for several items: the guidance label if any is the app's, then each document once with its sections. */
export function attributions(sources: Source[]): string {
  const byDoc = new Map<string, string[]>();
  for (const s of sources) {
    if (s.kind !== "seed") continue;
    const sections = byDoc.get(s.document) ?? [];
    if (!sections.includes(s.section)) sections.push(s.section);
    byDoc.set(s.document, sections);
  }
  const cited = [...byDoc].map(([doc, sections]) => `${doc} — ${sections.join("; ")}`);
  const parts = sources.some((s) => s.kind === "guidance") ? [GUIDANCE] : [];
  if (cited.length > 0) parts.push(`Source: ${cited.join(" · ")}`);
  return parts.join(". ");
}
