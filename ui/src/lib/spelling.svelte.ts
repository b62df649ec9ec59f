// The window's words spelled as the open plan's locale spells them (en-GB: "Prioritise", "organisation"),
// with the core's table of spellings (wording.rs), as the core spells them in the documents. The labels
// are state, so every label on screen follows a change of the plan's language and region.
import { CATALOG, US_TO_GB } from "../bindings/tables";
import type { Choice, Spelling } from "./types";

const current = $state<{ spelling: Spelling }>({ spelling: "american" });

/** One of the window's own phrases (written in American spelling) as the open plan spells it. */
export function say(text: string): string {
  if (current.spelling !== "british") return text;
  return US_TO_GB.reduce((t, [us, gb]) => t.replaceAll(us, gb), text);
}

function labels<T extends string>(choices: Choice<T>[]): Record<T, string> {
  return Object.fromEntries(choices.map((c) => [c.value, say(c.label)])) as Record<T, string>;
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

/** Spells every label the way `spelling` does (the open plan's, from the core). */
export function useSpelling(spelling: Spelling): void {
  if (current.spelling === spelling) return;
  current.spelling = spelling;
  Object.assign(STRUCTURE_LABELS, labels(CATALOG.structures));
  Object.assign(RUNG_LABELS, labels(CATALOG.rungs));
  Object.assign(ROLE_LABELS, labels(CATALOG.roles));
  Object.assign(RESPONSIBILITY_LABELS, labels(CATALOG.responsibilities));
  Object.assign(CATEGORY_LABELS, labels(CATALOG.categories));
  Object.assign(PETAL_LABELS, labels(CATALOG.petals));
  Object.assign(LEVEL_LABELS, labels(CATALOG.levels));
  Object.assign(CADENCE_LABELS, labels(CATALOG.cadences));
  Object.assign(SEVERITY_LABELS, labels(CATALOG.severities));
  STAGE_NAMES.splice(0, STAGE_NAMES.length, ...CATALOG.stages.map(say));
}
