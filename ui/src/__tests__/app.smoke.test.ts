// @vitest-environment jsdom
// The whole UI mounted against a fake backend: every section renders from a real starter plan, a
// refused value stays in its field with the reason beside it, plan text is never turned into
// markup, and Ctrl+Z reaches the backend's undo.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { flushSync, mount, tick, unmount } from "svelte";
import fixture from "./fixtures/planview.json";
import type { PlanPatch, PlanView } from "../lib/types";

const view = fixture as unknown as PlanView;

/** The backend's reply to a change that leaves the plan as `after` (every list sent whole). */
function patchOf(after: PlanView): PlanPatch {
  const p = after.plan;
  const all = <T>(items: T[]) => ({ kind: "all" as const, items });
  return {
    base: view.plan.updated_at,
    fields: {
      ...p,
      structure: { ...p.structure, units: [] },
      budget: { ...p.budget, lines: [] },
      responsibilities: [],
      positions: [],
      stakeholders: [],
      communications: [],
      milestones: [],
      kpis: [],
      risks: [],
    },
    units: p.structure.units,
    responsibilities: p.responsibilities,
    positions: all(p.positions),
    budget_lines: all(p.budget.lines),
    stakeholders: all(p.stakeholders),
    communications: all(p.communications),
    milestones: all(p.milestones),
    kpis: all(p.kpis),
    risks: all(p.risks),
    totals: after.totals,
    review: after.review,
    charts: after.charts,
    spelling: after.spelling,
    can_undo: after.can_undo,
    can_redo: after.can_redo,
  };
}
const calls: Array<{ cmd: string; args: any }> = [];

const src = { kind: "seed", seed: "x", document: "", section: "y" } as const;
const guidance = { kind: "guidance" } as const;
const knowledge = {
  stages: [0, 1, 2, 3, 4].map((stage) => ({
    stage,
    name: `Stage ${stage}`,
    summary: "s",
    description: "d",
    checklist: stage
      ? [
          {
            id: `s${stage}.a`,
            text: `Q${stage}`,
            milestone: `M${stage}`,
            defining: true,
            source: src,
          },
        ]
      : [],
    source: src,
  })),
  stage_notes: [{ text: "note", source: src }],
  maturity_models: [
    {
      id: "mm",
      name: "Model",
      levels: [0, 1, 2, 3, 4].map((stage) => ({ name: `L${stage}`, meaning: "m", stage })),
      source: src,
      alignment_source: guidance,
    },
  ],
  maturity_models_note: { text: "models", source: src },
  structures: [
    {
      kind: "corporate_with_divisions",
      name: "Corporate",
      summary: "s",
      fits: "f",
      budget: "b",
      pros: ["p"],
      cons: ["c"],
      pros_cons_source: guidance,
      source: src,
    },
  ],
  roles: [
    {
      role: "head_of_ospo",
      name: "Head of OSPO",
      does: "d",
      traits: [],
      need: "always",
      career: [{ trail_step: 1, advice: "Own the scope", source: guidance }],
      source: src,
    },
  ],
  core_compliance_team: ["Legal"],
  responsibilities: [],
  rungs: [
    {
      rung: "consumer",
      name: "Consumer",
      summary: "s",
      actions: [
        { id: "consumer.a", text: "Do a", milestone: "A done", responsibility: "compliance" },
      ],
      source: src,
    },
  ],
  ladder_note: "ladder",
  objectives: ["Use open source safely"],
  strategy_source: src,
  petals: [],
  metrics: [
    { id: "m", name: "Influence", why: "w", example: "e", example_source: guidance, source: src },
  ],
  budget_categories: [],
  challenges: [
    {
      id: "c",
      name: "Funding",
      problem: "Budgets <i>shrink</i>",
      remedies: ["Show results"],
      source: { ...src, document: "Doc" },
    },
  ],
  sponsor: {
    duties: ["Funds it"],
    continuity: [{ name: "Strategy", meaning: "m", source: src }],
    source: src,
  },
  trailmap: [{ step: 1, title: "Define the scope", meaning: "m", source: src }],
};

async function fakeInvoke(cmd: string, args: any = {}): Promise<unknown> {
  calls.push({ cmd, args });
  switch (cmd) {
    case "list_plans":
      return [
        {
          id: view.plan.id,
          name: view.plan.name,
          structure: view.plan.structure.kind,
          updated_at: view.plan.updated_at,
        },
      ];
    case "list_starters":
      return [{ id: "within_rnd", name: "OSPO within R&D", structure: "within_rnd", summary: "s" }];
    case "knowledge":
      return knowledge;
    case "get_setting":
      return args.key === "last_plan" ? String(view.plan.id) : null;
    case "set_setting":
      return null;
    case "create_plan":
      return view.plan.id;
    case "get_plan":
      return view;
    case "undo":
    case "redo":
      return patchOf(view);
    case "apply_edit": {
      const e = args.edit;
      if (e.op === "put_position" && e.value.fte > 1) {
        const at = view.plan.positions.findIndex((p) => p.id === e.value.id);
        const path = `positions[${at < 0 ? view.plan.positions.length : at}].fte`;
        throw {
          code: "invalid",
          message: `${path}: must be between 0 and 1 (got ${e.value.fte})`,
          problems: [{ path, message: `must be between 0 and 1 (got ${e.value.fte})` }],
        };
      }
      if (e.op === "put_budget_line" && e.value.description === "Forty trips") {
        const trips = Array.from({ length: 40 }, (_, i) => ({
          id: `trip${i}`,
          category: "travel" as const,
          description: `Trip ${i}`,
          amounts: e.value.amounts,
        }));
        return patchOf({
          ...view,
          plan: {
            ...view.plan,
            budget: { ...view.plan.budget, lines: [...view.plan.budget.lines, ...trips] },
          },
          can_undo: true,
        });
      }
      return patchOf({ ...view, can_undo: true });
    }
    case "communication_calendar":
      return Array.from({ length: 12 }, (_, i) => {
        const idx = args.year * 12 + args.month - 1 + i;
        return { year: Math.floor(idx / 12), month: (idx % 12) + 1, entries: [], count: 0 };
      });
    case "assessment_questions":
      return { stages: knowledge.stages.slice(1), allowed_nos: 1, notes: knowledge.stage_notes };
    case "assessments":
      return [{ id: 1, plan_id: 1, taken_on: "2027-01-05", stage: 1, answers: { "s1.a": true } }];
    case "save_assessment":
      return { id: 2, plan_id: args.id, taken_on: args.takenOn, stage: 1, answers: args.answers };
    case "assess":
      return {
        stage: 1,
        target: 2,
        stages: [],
        gaps_to_target: [{ stage: 2, question: "s2.a", text: "Q2", milestone: "M2", source: src }],
      };
    case "advise_staffing":
      return {
        stage: 2,
        roles: [
          {
            role: "head_of_ospo",
            name: "Head of OSPO",
            needed: true,
            required: true,
            why: "w",
            met: true,
            positions: [],
            career: [],
            source: src,
          },
        ],
        shortfalls: [],
        core_compliance_team: [{ member: "Legal", met: false }],
        notes: [],
      };
    case "ladder":
      return [
        {
          rung: "consumer",
          action: knowledge.rungs[0].actions[0],
          milestone_planned: false,
          responsibility_planned: false,
        },
      ];
    default:
      throw { code: "unknown", message: `no fake for ${cmd}`, problems: [] };
  }
}

vi.mock("@tauri-apps/api/core", () => ({
  invoke: (cmd: string, args: unknown) => fakeInvoke(cmd, args),
}));

let app: Record<string, unknown> | null = null;
const $ = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);

async function settle() {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await tick();
  }
  flushSync();
}

/** Picks `value` in the menu `testid` as a person does: press on the control, click the option. */
async function choose(testid: string, value: string) {
  $(testid)!.dispatchEvent(new MouseEvent("mousedown", { bubbles: true, button: 0 }));
  await settle();
  const list = $(`${testid}-listbox`)!;
  list.querySelector<HTMLElement>(`[role="option"][data-value="${value}"]`)!.click();
  await settle();
  expect(list.hidden).toBe(true);
  expect(($(testid) as HTMLButtonElement).value).toBe(value);
}

beforeAll(async () => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
  };
  Element.prototype.scrollTo = function () {};
  // jsdom lays nothing out, so no size ever changes.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  document.body.innerHTML = '<div id="app"></div>';
  const { default: App } = await import("../App.svelte");
  app = mount(App, { target: document.getElementById("app")! });
  await settle();
});

afterAll(() => {
  if (app) unmount(app);
});

describe("the editor against a fake backend", () => {
  it("reopens the last plan on start", () => {
    expect($("section-overview")).not.toBeNull();
    expect($("header-grand-total")?.textContent).toContain("$");
    expect(calls.some((c) => c.cmd === "get_plan")).toBe(true);
  });

  it("renders every section", async () => {
    for (const id of [
      "overview",
      "maturity",
      "structure",
      "staffing",
      "budget",
      "stakeholders",
      "milestones",
      "risks",
      "review",
      "guidance",
      "export",
    ]) {
      $(`nav-${id}`)!.click();
      await settle();
      expect($(`section-${id}`), id).not.toBeNull();
    }
  });

  it("draws the pictures", async () => {
    $("nav-structure")!.click();
    await settle();
    expect(document.querySelectorAll('[data-testid="org-node"]').length).toBe(
      view.plan.positions.length + 1,
    );
    const tree = $("unit-tree")!;
    expect(tree.querySelectorAll("li").length).toBe(view.plan.structure.units.length);
    expect(tree.querySelector("li li")?.textContent).toContain("division OSPO");
    $("nav-stakeholders")!.click();
    await settle();
    expect($("ospo-flower")).not.toBeNull();
    // The core's calendar figure, a row per communication, and the month-by-month list below it.
    expect($("comms-calendar-chart")?.querySelectorAll("text").length).toBeGreaterThan(
      12 + view.plan.communications.length,
    );
    expect($("comms-calendar")?.children.length).toBe(12);
    $("nav-budget")!.click();
    await settle();
    expect($("budget-chart")).not.toBeNull();
    expect($("budget-grand-total")?.textContent).toBe($("header-grand-total")?.textContent);
  });

  it("keeps a refused FTE in its field with the reason beside it", async () => {
    $("nav-staffing")!.click();
    await settle();
    const input = $("position-fte-0") as HTMLInputElement;
    input.dispatchEvent(new FocusEvent("focus"));
    input.value = "1.5";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await settle();
    expect($("position-fte-0-error")?.textContent).toBe("must be between 0 and 1 (got 1.5)");
    expect(input.value).toBe("1.5");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect($("saved-indicator")?.dataset.state).toBe("error");
    input.dispatchEvent(new FocusEvent("blur"));
    await settle();
    expect(($("position-fte-0") as HTMLInputElement).value).toBe("1.5");
  });

  it("keeps the refused FTE when another field of the same position saves", async () => {
    const title = $("position-title-0") as HTMLInputElement;
    title.dispatchEvent(new FocusEvent("focus"));
    title.value = "Head of open source";
    title.dispatchEvent(new Event("input", { bubbles: true }));
    title.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await settle();
    const last = calls.filter((c) => c.cmd === "apply_edit").pop()!;
    expect(last.args.edit.value).toMatchObject({
      title: "Head of open source",
      fte: view.plan.positions[0].fte,
    });
    expect(($("position-fte-0") as HTMLInputElement).value).toBe("1.5");
    expect($("position-fte-0-error")?.textContent).toBe("must be between 0 and 1 (got 1.5)");
    title.dispatchEvent(new FocusEvent("blur"));
    await settle();
  });

  it("refuses text that is not a number without calling the backend", async () => {
    const before = calls.filter((c) => c.cmd === "apply_edit").length;
    const input = $("position-fte-1") as HTMLInputElement;
    input.value = "half";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await settle();
    expect($("position-fte-1-error")?.textContent).toBe("“half” is not a number");
    expect(calls.filter((c) => c.cmd === "apply_edit").length).toBe(before);
  });

  it("shows plan text as text, never as markup", async () => {
    $("nav-review")!.click();
    await settle();
    const list = $("review-list")!;
    expect(list.textContent).toContain("No executive sponsor <b>named</b>");
    expect(list.querySelector("b")).toBeNull();
  });

  it("adds a stakeholder group from the form", async () => {
    $("nav-stakeholders")!.click();
    await settle();
    const name = $("stakeholder-new-name") as HTMLInputElement;
    name.value = "Works council";
    name.dispatchEvent(new Event("input", { bubbles: true }));
    ($("stakeholder-form") as HTMLFormElement).requestSubmit();
    await settle();
    const last = calls.filter((c) => c.cmd === "apply_edit").pop()!;
    expect(last.args.edit).toMatchObject({
      op: "put_stakeholder",
      value: { id: "", name: "Works council", petal: "management" },
    });
  });

  it("draws the first lines of a long budget category and the rest on request", async () => {
    $("nav-budget")!.click();
    await settle();
    await choose("budget-new-category", "training");
    const description = $("budget-new-description") as HTMLInputElement;
    description.value = "Forty trips";
    description.dispatchEvent(new Event("input", { bubbles: true }));
    description.form!.requestSubmit();
    await settle();
    const travelLines = () =>
      document.querySelectorAll('[data-testid^="budget-line-description-"]').length;
    const before = travelLines();
    const more = $("budget-show-all-travel")!;
    expect(more.textContent).toContain("Show all 41 travel lines");
    more.click();
    await settle();
    expect(travelLines() - before).toBe(41 - 25);
    expect($("budget-show-all-travel")).toBeNull();
  });

  it("lists the challenges OSPOs meet, with remedies and source, as text", async () => {
    $("nav-guidance")!.click();
    await settle();
    const list = $("guidance-challenges")!;
    expect(list.textContent).toContain("Budgets <i>shrink</i>");
    expect(list.textContent).toContain("Show results");
    expect(list.textContent).toContain("Source: Doc — y");
    expect(list.querySelector("i")).toBeNull();
    expect($("guidance-objectives")?.textContent).toContain("Use open source safely");
  });

  it("saves a self-assessment with the date it was taken", async () => {
    $("nav-guidance")!.click();
    await settle();
    const date = $("assessment-date") as HTMLInputElement;
    date.value = "2026-10-01";
    date.dispatchEvent(new Event("input", { bubbles: true }));
    $("assessment-save")!.click();
    await settle();
    expect(calls.filter((c) => c.cmd === "save_assessment").pop()?.args).toMatchObject({
      id: view.plan.id,
      takenOn: "2026-10-01",
    });
  });

  it("sends Ctrl+Z to undo when no field holds unsaved text", async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "z", ctrlKey: true }));
    await settle();
    expect(calls.some((c) => c.cmd === "undo")).toBe(true);
  });

  it("goes back to the library, forgetting the last plan, and offers a delete confirmation", async () => {
    $("nav-library")!.click();
    await settle();
    const item = document.querySelector<HTMLElement>('[data-testid="library-item"]')!;
    expect(item.dataset.planName).toBe(view.plan.name);
    expect(
      calls.some(
        (c) => c.cmd === "set_setting" && c.args.key === "last_plan" && c.args.value === "",
      ),
    ).toBe(true);
    item.querySelector<HTMLElement>('[data-testid="library-delete"]')!.click();
    await settle();
    expect(($("delete-dialog") as HTMLDialogElement).open).toBe(true);
    $("delete-dialog-cancel")!.click();
    await settle();
    expect(($("delete-dialog") as HTMLDialogElement).open).toBe(false);
    expect(calls.some((c) => c.cmd === "delete_plan")).toBe(false);
  });

  it("creates a plan from a starting point and opens it", async () => {
    $("new-plan-button")!.click();
    await settle();
    expect(($("new-plan-dialog") as HTMLDialogElement).open).toBe(true);
    const name = $("new-plan-name") as HTMLInputElement;
    name.value = "Acme OSPO";
    name.dispatchEvent(new Event("input", { bubbles: true }));
    await choose("new-plan-starter", "within_rnd");
    const org = $("new-plan-organization") as HTMLInputElement;
    org.value = "Acme Robotics";
    org.dispatchEvent(new Event("input", { bubbles: true }));
    ($("new-plan-create") as HTMLButtonElement).click();
    await settle();
    expect(calls.find((c) => c.cmd === "create_plan")?.args).toEqual({
      name: "Acme OSPO",
      starter: "within_rnd",
      organization: "Acme Robotics",
    });
    expect($("section-overview")).not.toBeNull();
    expect($("plan-glance")?.textContent).toContain("Corporate OSPO with division OSPOs");
  });
});
