// Shapes of the data the commands exchange, as ts-rs writes them from the Rust types
// (ospo-core model/guide/store and src-tauri view.rs). Kept until ui/src/bindings lands;
// the names and fields are the generated ones so the switch is an import change.

export type StructureKind = "within_rnd" | "corporate_with_divisions" | "cto_office" | "virtual" | "no_official";
export type StrategyRung = "consumer" | "participant" | "contributor" | "leader";
export type Role =
  | "head_of_ospo"
  | "software_architect"
  | "technical_evangelist"
  | "compliance_engineer"
  | "legal_counsel"
  | "community_manager"
  | "program_manager"
  | "other";
export type Employment = { kind: "dedicated" } | { kind: "shared"; percent: number } | { kind: "contractor" };
export type Responsibility =
  | "strategy"
  | "eliminate_friction"
  | "infrastructure"
  | "advice"
  | "talent"
  | "inner_source"
  | "metrics"
  | "open_source_organizations"
  | "upstream_development"
  | "policies_and_processes"
  | "compliance"
  | "corporate_development";
export type BudgetCategory =
  | "headcount"
  | "travel"
  | "event_sponsorship"
  | "foundation_memberships"
  | "tooling_infrastructure"
  | "training"
  | "legal_compliance"
  | "miscellaneous";
export type Petal =
  | "individual_contributors"
  | "management"
  | "legal"
  | "business"
  | "open_source_ecosystem"
  | "ospo"
  | "internal_ecosystem"
  | "external_regulators";
export type Level = "low" | "medium" | "high";
export type Cadence = "once" | "weekly" | "monthly" | "quarterly" | "yearly";
export type Severity = "info" | "warning" | "error";

export type Sponsor = { name: string; title: string };
export type Organization = {
  name: string;
  employees: number;
  industry: string;
  sponsor: Sponsor;
  value_propositions: Array<string>;
};
export type Unit = { id: string; name: string; parent: string | null };
export type Structure = { kind: StructureKind; reports_to: string; units: Array<Unit> };
export type Maturity = {
  current_stage: number;
  target_stage: number;
  current_rung: StrategyRung;
  target_rung: StrategyRung;
};
export type Position = {
  id: string;
  title: string;
  role: Role;
  person: string | null;
  employment: Employment;
  fte: number;
  start_date: string | null;
  end_date: string | null;
  annual_base_cost: number;
  loaded_cost_multiplier: number;
  reports_to: string | null;
};
export type ResponsibilityAssignment = { responsibility: Responsibility; owner: string | null; notes: string };
export type BudgetLine = { id: string; category: BudgetCategory; description: string; amounts: Array<number> };
export type Budget = {
  currency: string;
  first_fiscal_year: number;
  first_month: number;
  horizon_years: number;
  lines: Array<BudgetLine>;
};
export type BudgetSettings = { currency: string; first_fiscal_year: number; first_month: number; horizon_years: number };
export type Stakeholder = {
  id: string;
  name: string;
  petal: Petal;
  interest: Level;
  influence: Level;
  owner: string | null;
  key_message: string;
};
export type Communication = {
  id: string;
  audience: string;
  message: string;
  channel: string;
  cadence: Cadence | null;
  first_date: string;
  owner: string | null;
};
export type Milestone = { id: string; title: string; date: string; done: boolean };
export type Kpi = { id: string; goal: string; metric: string; baseline: string; target: string; due: string | null };
export type Risk = { id: string; description: string; likelihood: Level; impact: Level; mitigation: string };

export type Plan = {
  id: number;
  name: string;
  created_at: string;
  updated_at: string;
  starter: string | null;
  locale: string;
  organization: Organization;
  structure: Structure;
  maturity: Maturity;
  responsibilities: Array<ResponsibilityAssignment>;
  positions: Array<Position>;
  budget: Budget;
  stakeholders: Array<Stakeholder>;
  communications: Array<Communication>;
  milestones: Array<Milestone>;
  kpis: Array<Kpi>;
  risks: Array<Risk>;
  assumptions: Array<string>;
  sources: Array<string>;
};
export type PlanSummary = { id: number; name: string; structure: StructureKind; updated_at: string };

export type CategoryTotal = { category: BudgetCategory; label: string; per_year: Array<number>; total: number };
export type Totals = {
  currency: string;
  years: Array<string>;
  by_category: Array<CategoryTotal>;
  staff_cost_per_year: Array<number>;
  per_year: Array<number>;
  grand_total: number;
  total_fte: number;
  positions: number;
  open_positions: number;
  cost_per_fte: number | null;
};

export type Source = { seed: string; section: string };
export type Finding = {
  rule: string;
  severity: Severity;
  message: string;
  items: Array<string>;
  fix: string;
  source: Source;
};
export type Review = { findings: Array<Finding>; passed: boolean };

export type PlanView = { plan: Plan; totals: Totals; review: Review; can_undo: boolean; can_redo: boolean };
export type FieldProblem = { path: string; message: string };
export type CommandError = { code: string; message: string; problems: Array<FieldProblem> };

export type Edit =
  | { op: "rename"; value: string }
  | { op: "set_locale"; value: string }
  | { op: "set_organization"; value: Organization }
  | { op: "set_structure"; value: Structure }
  | { op: "set_maturity"; value: Maturity }
  | { op: "set_budget_settings"; value: BudgetSettings }
  | { op: "set_responsibilities"; value: Array<ResponsibilityAssignment> }
  | { op: "set_assumptions"; value: Array<string> }
  | { op: "put_position"; value: Position }
  | { op: "remove_position"; value: string }
  | { op: "put_budget_line"; value: BudgetLine }
  | { op: "remove_budget_line"; value: string }
  | { op: "put_stakeholder"; value: Stakeholder }
  | { op: "remove_stakeholder"; value: string }
  | { op: "put_communication"; value: Communication }
  | { op: "remove_communication"; value: string }
  | { op: "put_milestone"; value: Milestone }
  | { op: "remove_milestone"; value: string }
  | { op: "put_kpi"; value: Kpi }
  | { op: "remove_kpi"; value: string }
  | { op: "put_risk"; value: Risk }
  | { op: "remove_risk"; value: string };

export type Starter = { id: string; name: string; structure: StructureKind; summary: string };

// Knowledge (guide::knowledge)
export type Question = { id: string; text: string; milestone: string };
export type Stage = {
  stage: number;
  name: string;
  summary: string;
  description: string;
  checklist: Array<Question>;
  source: Source;
};
export type StructureInfo = {
  kind: StructureKind;
  name: string;
  summary: string;
  fits: string;
  budget: string;
  pros: Array<string>;
  cons: Array<string>;
  source: Source;
};
export type Need = "always" | "from_stage_one" | "usually_reached" | "optional";
export type CareerStep = { trail_step: number; advice: string };
export type RoleInfo = {
  role: Role;
  name: string;
  does: string;
  traits: Array<string>;
  need: Need;
  career: Array<CareerStep>;
  source: Source;
};
export type ResponsibilityInfo = { responsibility: Responsibility; name: string; description: string; source: Source };
export type Action = { id: string; text: string; milestone: string; responsibility: Responsibility | null };
export type Rung = { rung: StrategyRung; name: string; summary: string; actions: Array<Action>; source: Source };
export type PetalInfo = { petal: Petal; name: string; focus: string; groups: Array<string>; source: Source };
export type MetricInfo = { id: string; name: string; why: string; example: string; source: Source };
export type CategoryInfo = { category: BudgetCategory; name: string; covers: string; source: Source };
export type ChallengeArea = { id: string; name: string; problem: string; remedies: Array<string>; source: Source };
export type Continuity = { name: string; meaning: string; source: Source };
export type SponsorGuidance = { duties: Array<string>; continuity: Array<Continuity>; source: Source };
export type TrailStep = { step: number; title: string; meaning: string; source: Source };
export type Knowledge = {
  stages: Array<Stage>;
  stage_note: string;
  structures: Array<StructureInfo>;
  roles: Array<RoleInfo>;
  core_compliance_team: Array<string>;
  responsibilities: Array<ResponsibilityInfo>;
  rungs: Array<Rung>;
  ladder_note: string;
  objectives: Array<string>;
  petals: Array<PetalInfo>;
  metrics: Array<MetricInfo>;
  budget_categories: Array<CategoryInfo>;
  challenges: Array<ChallengeArea>;
  sponsor: SponsorGuidance;
  trailmap: Array<TrailStep>;
};

// Advice
export type BudgetOwner = "rnd" | "cto_or_engineering" | "corporate" | "nobody";
export type StructureQuestions = { employees: number; divisions: number; reliance: Level; budget_owner: BudgetOwner };
export type StructureFit = { kind: StructureKind; score: number; reasons: Array<string>; info: StructureInfo };
export type RoleAdvice = {
  role: Role;
  name: string;
  needed: boolean;
  why: string;
  met: boolean;
  positions: Array<string>;
  career: Array<CareerStep>;
  source: Source;
};
export type CompliancePart = { member: string; met: boolean };
export type StaffingAdvice = {
  stage: number;
  roles: Array<RoleAdvice>;
  shortfalls: Array<string>;
  core_compliance_team: Array<CompliancePart>;
  notes: Array<string>;
};
export type LadderOffer = {
  rung: StrategyRung;
  action: Action;
  milestone_planned: boolean;
  responsibility_planned: boolean;
};

// Self-assessment
export type Answers = { [key in string]?: boolean };
export type Questionnaire = { stages: Array<Stage>; allowed_nos: number; note: string };
export type StageResult = { stage: number; name: string; yes: number; questions: number; met: boolean };
export type Gap = { stage: number; question: string; text: string; milestone: string; source: Source };
export type Assessment = { stage: number; target: number; stages: Array<StageResult>; gaps_to_target: Array<Gap> };
export type StoredAssessment = { id: number; plan_id: number; taken_on: string; answers: Answers };

// Export / merge
export type PdfDocument = "brief" | "proposal";
export type PaperSize = "a4" | "letter";
export type MergeSection = "positions" | "budget" | "stakeholders" | "communications" | "milestones" | "kpis" | "risks";
export type SectionCount = { section: MergeSection; added: number; already_there: number };
export type MergeOutcome = { view: PlanView; sections: Array<SectionCount>; notes: Array<string> };
