// The app's state: the plan library, the open plan and its save state. Every edit goes through
// `app.edit`, which runs edits one after another, patches the PlanView with what each changed and
// files any problems beside their fields.

import { tick } from "svelte";
import { api } from "./api";
import { applyPatch } from "./patch";
import { clearScope, dropKeys, errorKey, fieldErrors, type FieldErrors } from "./errors";
import type {
  CommandError,
  Edit,
  Knowledge,
  PlanPatch,
  PlanSummary,
  PlanView,
  Starter,
} from "./types";

export const SECTIONS = [
  { id: "overview", label: "Overview & sponsor" },
  { id: "maturity", label: "Maturity & strategy" },
  { id: "structure", label: "Structure" },
  { id: "staffing", label: "Staffing" },
  { id: "budget", label: "Budget" },
  { id: "stakeholders", label: "Stakeholders & comms" },
  { id: "milestones", label: "Milestones & KPIs" },
  { id: "risks", label: "Risks" },
  { id: "review", label: "Review" },
  { id: "guidance", label: "Guidance" },
  { id: "export", label: "Export & merge" },
] as const;
export type SectionId = (typeof SECTIONS)[number]["id"];

export type SaveState = "idle" | "saving" | "saved" | "error";
export type Notice = { kind: "error" | "info"; text: string };
/** Where a field is shown: its section and label, so the save status can name it and lead there. */
export type Place = { section: SectionId; label: string; testid: string };

class AppState {
  screen = $state<"loading" | "library" | "editor">("loading");
  plans = $state<PlanSummary[]>([]);
  starters = $state<Starter[]>([]);
  // Raw: each reply gives a new PlanView (sharing the parts that did not change), never changed in
  // place, so a deep proxy over its thousand lines would only cost time.
  knowledge = $state.raw<Knowledge | null>(null);
  view = $state.raw<PlanView | null>(null);
  section = $state<SectionId>("overview");
  saveState = $state<SaveState>("idle");
  errors = $state<FieldErrors>({});
  notice = $state<Notice | null>(null);
  /** A long task in progress ("Exporting the proposal…"), shown with a progress bar. */
  busy = $state<string | null>(null);
  private chain: Promise<unknown> = Promise.resolve();
  private inFlight = 0;
  /** Every field shown so far, by error key (plain: typing and showing fields never re-render). */
  private places = new Map<string, Place>();
  /** Text a field held when it was left unsaved or refused, by error key: shown again when the
   *  field comes back (another section, then this one). */
  drafts = new Map<string, string>();

  /** Records where the field with error key `key` is shown. */
  place(key: string, label: string, testid: string) {
    this.places.set(key, { section: this.section, label, testid });
  }

  /** What is not saved, and where: one entry per field with a problem, in the order they arose. */
  get unsaved(): Array<{ key: string; message: string; place: Place | null }> {
    return Object.entries(this.errors).map(([key, message]) => ({
      key,
      message,
      place: this.places.get(key) ?? null,
    }));
  }

  /** Brings a just-added item into view with the cursor in its first field (`testid`). */
  async showNew(testid: string) {
    await tick();
    const el = document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
    if (!el) return;
    el.scrollIntoView?.({ block: "center" });
    el.focus();
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.select();
  }

  /** Opens the section of a field that is not saved and puts the cursor in it. */
  reveal(key: string) {
    const place = this.places.get(key);
    if (!place) return;
    if (place.section !== this.section) this.goto(place.section);
    const find = (tries: number) => {
      const el = document.querySelector<HTMLElement>(`[data-testid="${place.testid}"]`);
      if (el) {
        el.scrollIntoView?.({ block: "center" });
        el.focus();
      } else if (tries > 0) requestAnimationFrame(() => find(tries - 1));
    };
    requestAnimationFrame(() => find(10));
  }

  get planId(): number | null {
    return this.view?.plan.id ?? null;
  }

  say(text: string, kind: Notice["kind"] = "info") {
    this.notice = { kind, text };
  }

  fail(e: unknown, what?: string) {
    const err = e as CommandError;
    const text = err && typeof err === "object" && "message" in err ? err.message : String(e);
    this.say(what ? `${what}: ${text}` : text, "error");
  }

  /** Runs `task` after every edit already queued, so edits land in the order they were made. */
  private queue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.chain.then(task, task);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /**
   * The error key of the field whose edit is about to be sent (set by `Field` right before it
   * calls its save function): its edit clears only that field's error, so text another field of
   * the same item holds after a refusal stays, with its reason.
   */
  fieldInFlight: string | null = null;

  /** Applies one edit to the open plan. Problems go beside their fields under `scope`. */
  edit(edit: Edit, scope: string): Promise<boolean> {
    const id = this.planId;
    const only = this.fieldInFlight;
    this.fieldInFlight = null;
    if (id === null) return Promise.resolve(false);
    this.inFlight++;
    this.saveState = "saving";
    const cleared = (errors: FieldErrors) =>
      only ? dropKeys(errors, [only, errorKey(scope, "")]) : clearScope(errors, scope);
    return this.queue(async () => {
      try {
        await this.patch(id, await api.applyEdit(id, edit));
        const errors = cleared(this.errors);
        if (errors !== this.errors) this.errors = errors;
        if (--this.inFlight === 0) this.saveState = this.hasErrors() ? "error" : "saved";
        return true;
      } catch (e) {
        const err = e as CommandError;
        let { fields, general } = fieldErrors(err, scope, this.view?.plan ?? null);
        // The field that was edited is what is not saved: it says why, and no other field (whose
        // value is stored) is marked, e.g. an end before the start marks the end just typed.
        if (only) {
          const why = fields[only] ?? Object.values(fields)[0] ?? general;
          fields = why ? { [only]: why } : {};
          if (why === general) general = null;
        }
        this.errors = { ...cleared(this.errors), ...fields };
        if (general) this.say(general, "error");
        --this.inFlight;
        this.saveState = "error";
        return false;
      }
    });
  }

  /** Shows what a reply says changed in plan `id`; a reply for another version of the plan than
   *  the one shown (changed elsewhere meanwhile) reads the plan whole. */
  private async patch(id: number, patch: PlanPatch) {
    if (this.planId !== id) return;
    const next = this.view && applyPatch(this.view, patch);
    this.view = next ?? (await api.getPlan(id));
  }

  hasErrors(): boolean {
    return Object.keys(this.errors).length > 0;
  }

  /** Sets an error that never reached the backend (e.g. "must be a number"). */
  setLocalError(key: string, message: string | null) {
    if (message === null) {
      if (key in this.errors) {
        const { [key]: _, ...rest } = this.errors;
        this.errors = rest;
        if (this.saveState === "error" && this.inFlight === 0 && !this.hasErrors())
          this.saveState = "saved";
      }
    } else {
      this.errors = { ...this.errors, [key]: message };
      this.saveState = "error";
    }
  }

  async undo() {
    const id = this.planId;
    if (id === null || !this.view?.can_undo) return;
    await this.queue(async () => {
      try {
        await this.patch(id, await api.undo(id));
        this.errors = {};
        this.drafts.clear();
        this.saveState = "saved";
        this.say("Undone");
      } catch (e) {
        this.fail(e, "Could not undo");
      }
    });
  }

  async redo() {
    const id = this.planId;
    if (id === null || !this.view?.can_redo) return;
    await this.queue(async () => {
      try {
        await this.patch(id, await api.redo(id));
        this.errors = {};
        this.drafts.clear();
        this.saveState = "saved";
        this.say("Redone");
      } catch (e) {
        this.fail(e, "Could not redo");
      }
    });
  }

  async refreshPlans() {
    try {
      this.plans = await api.listPlans();
    } catch (e) {
      this.fail(e, "Could not list the plans");
    }
  }

  async start() {
    try {
      const [plans, starters] = await Promise.all([api.listPlans(), api.listStarters()]);
      this.plans = plans;
      this.starters = starters;
    } catch (e) {
      this.fail(e, "Could not read the plan library");
      this.screen = "library";
      return;
    }
    api.knowledge().then(
      (k) => (this.knowledge = k),
      (e) => this.fail(e, "Could not load the OSPO knowledge"),
    );
    let last: string | null = null;
    try {
      last = await api.getSetting("last_plan");
    } catch {
      last = null;
    }
    const id = last ? Number(last) : NaN;
    if (Number.isFinite(id) && this.plans.some((p) => p.id === id)) {
      await this.open(id);
    } else {
      this.screen = "library";
    }
  }

  async open(id: number) {
    try {
      const view = await api.getPlan(id);
      this.view = view;
      this.errors = {};
      this.drafts.clear();
      this.saveState = "idle";
      this.notice = null;
      this.screen = "editor";
      const section = await api.getSetting(`section:${id}`).catch(() => null);
      this.section = SECTIONS.some((s) => s.id === section) ? (section as SectionId) : "overview";
      api.setSetting("last_plan", String(id)).catch(() => undefined);
    } catch (e) {
      this.fail(e, "Could not open the plan");
      this.screen = "library";
    }
  }

  goto(section: SectionId) {
    this.section = section;
    const id = this.planId;
    if (id !== null) api.setSetting(`section:${id}`, section).catch(() => undefined);
  }

  async close() {
    await this.chain;
    this.screen = "library";
    this.view = null;
    this.errors = {};
    api.setSetting("last_plan", "").catch(() => undefined);
    await this.refreshPlans();
  }

  /** Re-reads the open plan (after a merge or when another screen changed it). */
  async reload() {
    const id = this.planId;
    if (id === null) return;
    try {
      this.view = await api.getPlan(id);
    } catch (e) {
      this.fail(e);
    }
  }

  /** Shows `label` with a progress bar while `task` runs. */
  async withProgress<T>(label: string, task: () => Promise<T>): Promise<T> {
    this.busy = label;
    try {
      return await task();
    } finally {
      this.busy = null;
    }
  }
}

export const app = new AppState();
