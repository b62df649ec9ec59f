// The OSPO flower: the OSPO at the centre, six petals around it, external regulators outside.

import type { Communication, Petal, Stakeholder } from "./types";

export const OUTER_PETALS: Petal[] = [
  "management",
  "legal",
  "business",
  "open_source_ecosystem",
  "internal_ecosystem",
  "individual_contributors",
];

export type PetalShape = {
  petal: Petal;
  /** Rotation of the petal in degrees (0 = pointing up). */
  angle: number;
  /** Centre of the petal's ellipse. */
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  /** Where its label goes. */
  lx: number;
  ly: number;
};

export type FlowerLayout = {
  size: number;
  cx: number;
  cy: number;
  centerR: number;
  petals: PetalShape[];
  regulators: { r: number; lx: number; ly: number };
};

export function flowerLayout(size = 420): FlowerLayout {
  const cx = size / 2;
  const cy = size / 2;
  const centerR = size * 0.13;
  const dist = size * 0.235;
  const rx = size * 0.1;
  const ry = size * 0.15;
  const petals = OUTER_PETALS.map((petal, i) => {
    const angle = i * 60;
    const rad = ((angle - 90) * Math.PI) / 180;
    return {
      petal,
      angle,
      cx: cx + dist * Math.cos(rad),
      cy: cy + dist * Math.sin(rad),
      rx,
      ry,
      lx: cx + dist * Math.cos(rad),
      ly: cy + dist * Math.sin(rad),
    };
  });
  const r = size * 0.47;
  return {
    size,
    cx,
    cy,
    centerR,
    petals,
    regulators: { r, lx: cx + r * Math.cos(Math.PI / 4), ly: cy + r * Math.sin(Math.PI / 4) },
  };
}

export type PetalCount = { groups: number; comms: number; silent: number };

/** Per petal: stakeholder groups, communications addressed to them, and groups nobody talks to. */
export function petalCounts(
  stakeholders: Stakeholder[],
  comms: Communication[],
): Record<Petal, PetalCount> {
  const out = {} as Record<Petal, PetalCount>;
  const all: Petal[] = [...OUTER_PETALS, "ospo", "external_regulators"];
  for (const p of all) out[p] = { groups: 0, comms: 0, silent: 0 };
  const addressed = new Map<string, number>();
  for (const c of comms) addressed.set(c.audience, (addressed.get(c.audience) ?? 0) + 1);
  for (const s of stakeholders) {
    const c = out[s.petal];
    if (!c) continue;
    c.groups += 1;
    const n = addressed.get(s.id) ?? 0;
    c.comms += n;
    if (n === 0) c.silent += 1;
  }
  return out;
}
