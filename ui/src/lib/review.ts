// Review findings point at items by path (`positions[2]`, `communications[0].owner`); this names
// them the way the user knows them.

import type { Finding, Plan, Severity } from "./types";
import { PETAL_LABELS } from "./labels";

const KINDS: Record<string, string> = {
  positions: "Position",
  stakeholders: "Stakeholder group",
  communications: "Communication",
  milestones: "Milestone",
  kpis: "KPI",
  risks: "Risk",
  responsibilities: "Responsibility",
  "budget.lines": "Budget line",
};

export function describeItem(path: string, plan: Plan): string {
  const m =
    /^(budget\.lines|positions|stakeholders|communications|milestones|kpis|risks|responsibilities)\[(\d+)\]/.exec(
      path,
    );
  if (m) {
    const i = Number(m[2]);
    const kind = KINDS[m[1]];
    let name: string | undefined;
    switch (m[1]) {
      case "positions":
        name = plan.positions[i]?.title;
        break;
      case "stakeholders":
        name = plan.stakeholders[i]?.name;
        break;
      case "communications": {
        const c = plan.communications[i];
        if (c)
          name = `${c.message}${c.audience ? ` → ${plan.stakeholders.find((s) => s.id === c.audience)?.name ?? c.audience}` : ""}`;
        break;
      }
      case "milestones":
        name = plan.milestones[i]?.title;
        break;
      case "kpis":
        name = plan.kpis[i]?.goal;
        break;
      case "risks":
        name = plan.risks[i]?.description;
        break;
      case "budget.lines":
        name = plan.budget.lines[i]?.description;
        break;
      case "responsibilities":
        name = plan.responsibilities[i]?.responsibility.replace(/_/g, " ");
        break;
    }
    return name ? `${kind}: ${name}` : `${kind} ${i + 1}`;
  }
  const petal = /^petals?\.(\w+)$/.exec(path);
  if (petal && petal[1] in PETAL_LABELS)
    return `Petal: ${PETAL_LABELS[petal[1] as keyof typeof PETAL_LABELS]}`;
  const plain: Record<string, string> = {
    "organization.sponsor": "Executive sponsor",
    "organization.sponsor.name": "Executive sponsor",
    "organization.value_propositions": "Value propositions",
    "maturity.target_stage": "Target stage",
    "maturity.current_stage": "Current stage",
    "budget.horizon_years": "Budget horizon",
    "structure.kind": "Structure",
  };
  return plain[path] ?? path;
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity] += 1;
  return out;
}
