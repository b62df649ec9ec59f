// Self-assessment helpers for the Guidance screen; the stage rule itself is the core's
// (`assess` for the live result, each stored assessment carries its stage).

import type { Answers, Questionnaire } from "./types";

/** Only the answers to questions that exist (a stored assessment may predate a question change). */
export function knownAnswers(q: Questionnaire, answers: Answers): Answers {
  const ids = new Set(q.stages.flatMap((s) => s.checklist.map((c) => c.id)));
  const out: Answers = {};
  for (const [k, v] of Object.entries(answers))
    if (ids.has(k) && typeof v === "boolean") out[k] = v;
  return out;
}

/** Default due date for a milestone added from advice: six months from today. */
export function sixMonthsFrom(todayIso: string): string {
  const [y, m, d] = todayIso.split("-").map(Number);
  const idx = y * 12 + (m - 1) + 6;
  const ny = Math.floor(idx / 12);
  const nm = (idx % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}
