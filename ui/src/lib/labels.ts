// Human labels for the plan's enums, in the words the core and the PDF use.
import type { BudgetCategory, Cadence, Level, Petal, Responsibility, Role, Severity, Source, StrategyRung, StructureKind } from "./types";

export const STRUCTURE_LABELS: Record<StructureKind, string> = {
  within_rnd: "OSPO within R&D",
  corporate_with_divisions: "Corporate OSPO with division OSPOs",
  cto_office: "OSPO in the CTO office",
  virtual: "Virtual OSPO",
  no_official: "No official OSPO",
};
export const STRUCTURES = Object.keys(STRUCTURE_LABELS) as StructureKind[];

export const STAGE_NAMES = ["Ad hoc", "Legal-driven", "Community-driven", "Engagement-driven", "Leadership-driven"];

export const RUNG_LABELS: Record<StrategyRung, string> = {
  consumer: "Consumer",
  participant: "Participant",
  contributor: "Contributor",
  leader: "Leader",
};
export const RUNGS = Object.keys(RUNG_LABELS) as StrategyRung[];

export const ROLE_LABELS: Record<Role, string> = {
  head_of_ospo: "Head of OSPO",
  software_architect: "Software architect",
  technical_evangelist: "Technical evangelist",
  compliance_engineer: "Compliance engineer",
  legal_counsel: "Legal counsel",
  community_manager: "Community manager",
  program_manager: "Program manager",
  other: "Other",
};
export const ROLES = Object.keys(ROLE_LABELS) as Role[];

export const RESPONSIBILITY_LABELS: Record<Responsibility, string> = {
  strategy: "Set and carry out the open source strategy",
  eliminate_friction: "Remove friction from using and contributing",
  infrastructure: "Run open source infrastructure",
  advice: "Advise on open source",
  talent: "Grow and keep open source talent",
  inner_source: "Bring in InnerSource practices",
  metrics: "Track performance metrics",
  open_source_organizations: "Work with open source foundations",
  upstream_development: "Prioritize upstream development",
  policies_and_processes: "Set and improve policies and processes",
  compliance: "Oversee license compliance",
  corporate_development: "Support mergers and acquisitions",
};
export const RESPONSIBILITIES = Object.keys(RESPONSIBILITY_LABELS) as Responsibility[];

export const CATEGORY_LABELS: Record<BudgetCategory, string> = {
  headcount: "Headcount",
  travel: "Travel",
  event_sponsorship: "Event sponsorship",
  foundation_memberships: "Foundation memberships",
  tooling_infrastructure: "Tooling and infrastructure",
  training: "Training",
  legal_compliance: "Legal and compliance services",
  miscellaneous: "Miscellaneous",
};
export const CATEGORIES = Object.keys(CATEGORY_LABELS) as BudgetCategory[];
/** Categories a budget line may use (headcount is derived from positions). */
export const LINE_CATEGORIES = CATEGORIES.filter((c) => c !== "headcount");

export const PETAL_LABELS: Record<Petal, string> = {
  individual_contributors: "Individual contributors",
  management: "Management",
  legal: "Legal",
  business: "Business",
  open_source_ecosystem: "Open source ecosystem",
  ospo: "The OSPO",
  internal_ecosystem: "Internal ecosystem",
  external_regulators: "External regulators",
};
export const PETALS = Object.keys(PETAL_LABELS) as Petal[];

export const LEVEL_LABELS: Record<Level, string> = { low: "Low", medium: "Medium", high: "High" };
export const LEVELS = Object.keys(LEVEL_LABELS) as Level[];

export const CADENCE_LABELS: Record<Cadence, string> = {
  once: "Once",
  weekly: "Weekly",
  monthly: "Monthly",
  quarterly: "Quarterly",
  yearly: "Yearly",
};
export const CADENCES = Object.keys(CADENCE_LABELS) as Cadence[];

export const SEVERITY_LABELS: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };

export const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** Where a fact comes from, as the core's `Source::cite` writes it: "Document — section". */
export function cite(source: Source | undefined): string {
  return source ? `${source.document} — ${source.section}` : "";
}
