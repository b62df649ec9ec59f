// The one place that calls the Rust side. Every command's name and arguments live here; the rest of
// the UI calls these functions. Tauri converts the camelCase argument names to snake_case.

import { invoke } from "@tauri-apps/api/core";
import type {
  Answers,
  Assessment,
  CalendarMonth,
  Communication,
  CommandError,
  Comparison,
  Edit,
  ErrorCode,
  Knowledge,
  LadderOffer,
  MergeOutcome,
  MergeSection,
  PaperSize,
  PdfDocument,
  PlanDiff,
  PlanPatch,
  PlanSummary,
  PlanView,
  Questionnaire,
  StaffingAdvice,
  Starter,
  StoredAssessment,
  StructureFit,
  StructureQuestions,
  Version,
} from "./types";

/**
 * Any failure of a command, normalised to `{code, message, problems}`; what did not come from the
 * core (Tauri's own failures, a thrown string) is `internal`.
 */
export function toCommandError(e: unknown): CommandError {
  if (e && typeof e === "object" && "message" in e) {
    const o = e as Partial<CommandError>;
    return {
      code: typeof o.code === "string" ? (o.code as ErrorCode) : "internal",
      message: String(o.message),
      problems: Array.isArray(o.problems) ? o.problems : [],
    };
  }
  return { code: "internal", message: typeof e === "string" ? e : String(e), problems: [] };
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw toCommandError(e);
  }
}

export const api = {
  listPlans: () => call<PlanSummary[]>("list_plans"),
  listStarters: () => call<Starter[]>("list_starters"),
  createPlan: (name: string, starter: string | null, organization: string) =>
    call<number>("create_plan", { name, starter, organization }),
  getPlan: (id: number) => call<PlanView>("get_plan", { id }),
  applyEdit: (id: number, edit: Edit) => call<PlanPatch>("apply_edit", { id, edit }),
  undo: (id: number) => call<PlanPatch>("undo", { id }),
  redo: (id: number) => call<PlanPatch>("redo", { id }),
  listVersions: (id: number) => call<Version[]>("list_versions", { id }),
  saveVersion: (id: number, message: string) => call<number>("save_version", { id, message }),
  restoreVersion: (id: number, version: number) =>
    call<PlanView>("restore_version", { id, version }),
  changesSince: (id: number, version: number) => call<PlanDiff>("changes_since", { id, version }),
  createScenario: (id: number, name: string) => call<number>("create_scenario", { id, name }),
  scenarioFamily: (id: number) => call<PlanSummary[]>("scenario_family", { id }),
  comparePlans: (ids: number[]) => call<Comparison>("compare_plans", { ids }),
  renamePlan: (id: number, name: string) => call<void>("rename_plan", { id, name }),
  deletePlan: (id: number) => call<void>("delete_plan", { id }),
  duplicatePlan: (id: number, name: string) => call<number>("duplicate_plan", { id, name }),
  getSetting: (key: string) => call<string | null>("get_setting", { key }),
  setSetting: (key: string, value: string) => call<void>("set_setting", { key, value }),

  importPlan: (path: string, name: string | null) => call<number>("import_plan", { path, name }),
  mergePlan: (id: number, path: string, sections: MergeSection[]) =>
    call<MergeOutcome>("merge_plan", { id, path, sections }),
  exportPlan: (id: number, path: string, anonymize: boolean) =>
    call<string>("export_plan", { id, path, anonymize }),
  exportCsv: (id: number, dir: string) => call<string[]>("export_csv", { id, dir }),
  exportXlsx: (id: number, path: string) => call<string>("export_xlsx", { id, path }),
  exportIcs: (id: number, path: string) => call<string>("export_ics", { id, path }),
  exportPdf: (id: number, path: string, document: PdfDocument, paper: PaperSize | null) =>
    call<string>("export_pdf", { id, path, document, paper }),
  openPath: (path: string) => call<void>("open_path", { path }),

  communicationCalendar: (communications: Communication[], year: number, month: number) =>
    call<CalendarMonth[]>("communication_calendar", { communications, year, month }),

  knowledge: () => call<Knowledge>("knowledge"),
  adviseStructure: (questions: StructureQuestions) =>
    call<StructureFit[]>("advise_structure", { questions }),
  adviseStaffing: (id: number) => call<StaffingAdvice>("advise_staffing", { id }),
  ladder: (id: number) => call<LadderOffer[]>("ladder", { id }),
  assessmentQuestions: () => call<Questionnaire>("assessment_questions"),
  assess: (answers: Answers, target: number) => call<Assessment>("assess", { answers, target }),
  saveAssessment: (id: number, answers: Answers, takenOn: string | null) =>
    call<StoredAssessment>("save_assessment", { id, answers, takenOn }),
  assessments: (id: number) => call<StoredAssessment[]>("assessments", { id }),
  presumedAnswers: (stage: number) => call<Answers>("presumed_answers", { stage }),

  chooseSavePath: (title: string, defaultName: string, extensions: string[]) =>
    call<string | null>("choose_save_path", { title, defaultName, extensions }),
  chooseOpenPath: (title: string, extensions: string[]) =>
    call<string | null>("choose_open_path", { title, extensions }),
  chooseFolder: (title: string) => call<string | null>("choose_folder", { title }),
};

export type Api = typeof api;
