import type { Communication, Plan, Position } from "../types";

export function position(id: string, over: Partial<Position> = {}): Position {
  return {
    id,
    title: `Title ${id}`,
    role: "other",
    person: "Someone",
    employment: { kind: "dedicated" },
    fte: 1,
    start_date: null,
    end_date: null,
    annual_base_cost: 100_000_00,
    loaded_cost_multiplier: 1.3,
    reports_to: null,
    ...over,
  };
}

export function comm(
  id: string,
  first: string,
  cadence: Communication["cadence"],
  audience = "stk-1",
): Communication {
  return {
    id,
    audience,
    message: `Message ${id}`,
    channel: "Newsletter",
    cadence,
    first_date: first,
    owner: null,
  };
}

export function plan(over: Partial<Plan> = {}): Plan {
  return {
    id: 1,
    name: "Plan",
    created_at: "2027-01-01T00:00:00Z",
    updated_at: "2027-01-01T00:00:00Z",
    starter: null,
    locale: "en-US",
    organization: {
      name: "",
      employees: 0,
      industry: "",
      sponsor: { name: "", title: "" },
      value_propositions: [],
    },
    structure: { kind: "cto_office", reports_to: "", units: [] },
    maturity: {
      current_stage: 0,
      target_stage: 1,
      current_rung: "consumer",
      target_rung: "participant",
    },
    responsibilities: [],
    positions: [],
    budget: {
      currency: "USD",
      first_fiscal_year: 2027,
      first_month: 1,
      fiscal_year_named_by: "end_year",
      horizon_years: 3,
      lines: [],
    },
    stakeholders: [],
    communications: [],
    milestones: [],
    kpis: [],
    risks: [],
    assumptions: [],
    sources: [],
    samples: [],
    ...over,
  };
}
