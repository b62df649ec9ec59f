// The window's words spelled as the open plan's locale spells them (en-GB: "Prioritise", "organisation"),
// as the core spells them in the documents. The labels come from the core's catalog in both spellings;
// they are state, so every label on screen follows a change of the plan's language and region.
import { BRITISH_CATALOG, CATALOG, US_TO_GB } from "../bindings/tables";
import type { Catalog, Choice, Spelling } from "./types";

function labels<T extends string>(choices: Choice<T>[]): Record<T, string> {
  return Object.fromEntries(choices.map((c) => [c.value, c.label])) as Record<T, string>;
}

export const STRUCTURE_LABELS = $state(labels(CATALOG.structures));
export const RUNG_LABELS = $state(labels(CATALOG.rungs));
export const ROLE_LABELS = $state(labels(CATALOG.roles));
export const RESPONSIBILITY_LABELS = $state(labels(CATALOG.responsibilities));
export const CATEGORY_LABELS = $state(labels(CATALOG.categories));
export const PETAL_LABELS = $state(labels(CATALOG.petals));
export const LEVEL_LABELS = $state(labels(CATALOG.levels));
export const CADENCE_LABELS = $state(labels(CATALOG.cadences));
export const SEVERITY_LABELS = $state(labels(CATALOG.severities));
/** Names of maturity stages 0–4. */
export const STAGE_NAMES: string[] = $state([...CATALOG.stages]);

const current = $state<{ spelling: Spelling }>({ spelling: "american" });

/** Spells every label the way `spelling` does (the open plan's, from the core). */
export function useSpelling(spelling: Spelling): void {
  if (current.spelling === spelling) return;
  current.spelling = spelling;
  const c: Catalog = spelling === "british" ? BRITISH_CATALOG : CATALOG;
  Object.assign(STRUCTURE_LABELS, labels(c.structures));
  Object.assign(RUNG_LABELS, labels(c.rungs));
  Object.assign(ROLE_LABELS, labels(c.roles));
  Object.assign(RESPONSIBILITY_LABELS, labels(c.responsibilities));
  Object.assign(CATEGORY_LABELS, labels(c.categories));
  Object.assign(PETAL_LABELS, labels(c.petals));
  Object.assign(LEVEL_LABELS, labels(c.levels));
  Object.assign(CADENCE_LABELS, labels(c.cadences));
  Object.assign(SEVERITY_LABELS, labels(c.severities));
  STAGE_NAMES.splice(0, STAGE_NAMES.length, ...c.stages);
}

/** One of the window's own phrases (written in American spelling) as the open plan spells it. */
export function say(text: string): string {
  if (current.spelling !== "british") return text;
  return US_TO_GB.reduce((t, [us, gb]) => t.replaceAll(us, gb), text);
}
