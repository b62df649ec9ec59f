// Org chart layout: a tidy tree from each position's reports-to. Leaves take consecutive slots, a
// parent is centred over its children; positions shared with another team or held by a contractor
// are drawn dotted. Safe against unknown bosses and loops (such a position becomes a root).

import type { Position } from "./types";

export type OrgNode = {
  id: string;
  title: string;
  person: string | null;
  open: boolean;
  dotted: boolean;
  /** Employment shown under the title: "Shared 50%", "Contractor" or "". */
  employment: string;
  depth: number;
  x: number;
  y: number;
  /** The box above the OSPO (whom the head reports to), not a position. */
  external: boolean;
};
export type OrgEdge = { from: string; to: string; dotted: boolean; d: string };
export type OrgLayout = {
  nodes: OrgNode[];
  edges: OrgEdge[];
  width: number;
  height: number;
  boxW: number;
  boxH: number;
};

export const BOX_W = 168;
export const BOX_H = 64;
const GAP_X = 20;
const GAP_Y = 44;
const PAD = 12;
export const TOP_ID = "__reports_to__";

export function employmentLabel(p: Position): string {
  switch (p.employment.kind) {
    case "shared":
      return `Shared ${p.employment.percent}%`;
    case "contractor":
      return "Contractor";
    default:
      return "";
  }
}

export function layoutOrgChart(positions: Position[], reportsTo = ""): OrgLayout {
  const ids = new Set(positions.map((p) => p.id));
  const byId = new Map(positions.map((p) => [p.id, p]));
  const children = new Map<string, string[]>();
  const roots: string[] = [];

  // A position whose chain of bosses loops or leaves the plan is treated as a root.
  const reachesRoot = (id: string): boolean => {
    const seen = new Set<string>();
    let cur: string | null = id;
    while (cur) {
      if (seen.has(cur)) return false;
      seen.add(cur);
      const boss: string | null = byId.get(cur)?.reports_to ?? null;
      if (boss && !ids.has(boss)) return true;
      cur = boss;
    }
    return true;
  };

  for (const p of positions) {
    const boss = p.reports_to;
    if (boss && ids.has(boss) && boss !== p.id && reachesRoot(p.id)) {
      const list = children.get(boss) ?? [];
      list.push(p.id);
      children.set(boss, list);
    } else {
      roots.push(p.id);
    }
  }

  const hasTop = reportsTo.trim() !== "" && positions.length > 0;
  const nodes: OrgNode[] = [];
  const place = new Map<string, { x: number; depth: number }>();
  let slot = 0;
  const baseDepth = hasTop ? 1 : 0;

  const visit = (id: string, depth: number, guard: Set<string>): number => {
    guard.add(id);
    const kids = (children.get(id) ?? []).filter((k) => !guard.has(k));
    let x: number;
    if (kids.length === 0) {
      x = slot++;
    } else {
      const xs = kids.map((k) => visit(k, depth + 1, guard));
      x = (xs[0] + xs[xs.length - 1]) / 2;
    }
    place.set(id, { x, depth });
    return x;
  };
  const guard = new Set<string>();
  const rootXs = roots.map((r) => visit(r, baseDepth, guard));

  const colW = BOX_W + GAP_X;
  const rowH = BOX_H + GAP_Y;
  const toPx = (x: number, depth: number) => ({ x: PAD + x * colW, y: PAD + depth * rowH });

  for (const p of positions) {
    const at = place.get(p.id);
    if (!at) continue;
    const { x, y } = toPx(at.x, at.depth);
    const open = !p.person || p.person.trim() === "";
    nodes.push({
      id: p.id,
      title: p.title,
      person: open ? null : p.person,
      open,
      dotted: p.employment.kind !== "dedicated",
      employment: employmentLabel(p),
      depth: at.depth,
      x,
      y,
      external: false,
    });
  }
  if (hasTop) {
    const cx = rootXs.length ? (Math.min(...rootXs) + Math.max(...rootXs)) / 2 : 0;
    const { x, y } = toPx(cx, 0);
    nodes.unshift({
      id: TOP_ID,
      title: reportsTo.trim(),
      person: null,
      open: false,
      dotted: false,
      employment: "",
      depth: 0,
      x,
      y,
      external: true,
    });
  }

  const pos = new Map(nodes.map((n) => [n.id, n]));
  const edges: OrgEdge[] = [];
  const link = (from: OrgNode, to: OrgNode, dotted: boolean) => {
    const x1 = from.x + BOX_W / 2;
    const y1 = from.y + BOX_H;
    const x2 = to.x + BOX_W / 2;
    const y2 = to.y;
    const my = y1 + (y2 - y1) / 2;
    edges.push({ from: from.id, to: to.id, dotted, d: `M${x1},${y1} V${my} H${x2} V${y2}` });
  };
  for (const [boss, kids] of children) {
    const b = pos.get(boss);
    for (const k of kids) {
      const n = pos.get(k);
      if (b && n) link(b, n, n.dotted);
    }
  }
  if (hasTop) {
    const top = pos.get(TOP_ID)!;
    for (const r of roots) {
      const n = pos.get(r);
      if (n) link(top, n, n.dotted);
    }
  }

  const maxDepth = nodes.reduce((m, n) => Math.max(m, n.depth), 0);
  const width = Math.max(1, slot) * colW - GAP_X + 2 * PAD;
  const height = nodes.length ? (maxDepth + 1) * rowH - GAP_Y + 2 * PAD : 0;
  return { nodes, edges, width, height, boxW: BOX_W, boxH: BOX_H };
}

/** Splits a title over at most two lines of about `max` characters, with an ellipsis if longer. */
export function wrapTitle(title: string, max = 22): string[] {
  const words = title.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = "";
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (next.length <= max || !cur) cur = next;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur) lines.push(cur);
  const clip = (s: string) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  if (lines.length <= 2) return lines.map(clip);
  const second = lines[1].length > max - 1 ? lines[1].slice(0, max - 1) : lines[1];
  return [clip(lines[0]), `${second}…`];
}
