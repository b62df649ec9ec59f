// The plan library: lists the plans in the database, as text only.
import { invoke } from "@tauri-apps/api/core";

interface PlanSummary {
  id: number;
  name: string;
  structure: string;
  updated_at: string;
}

const status = document.querySelector<HTMLParagraphElement>("#status")!;
const table = document.querySelector<HTMLTableElement>("#plans")!;

async function load(): Promise<void> {
  try {
    const plans = await invoke<PlanSummary[]>("list_plans");
    const body = table.tBodies[0];
    body.replaceChildren(
      ...plans.map((p) => {
        const row = body.insertRow();
        for (const text of [p.name, p.structure, new Date(p.updated_at).toLocaleString()]) {
          row.insertCell().textContent = text;
        }
        return row;
      }),
    );
    table.hidden = plans.length === 0;
    status.textContent = plans.length === 0 ? "No plans yet." : `${plans.length} plan(s)`;
  } catch (e) {
    status.textContent = (e as { message?: string }).message ?? String(e);
  }
}

void load();
