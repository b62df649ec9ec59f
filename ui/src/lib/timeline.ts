// The milestone timeline: dates on a horizontal axis, labels stacked in lanes so they never overlap.

import type { Milestone } from "./types";
import { addMonths, parseIso, toIso } from "./calendar";

const DAY = 86_400_000;
const ms = (iso: string) => {
  const d = parseIso(iso);
  return d ? Date.UTC(d.y, d.m - 1, d.d) : NaN;
};

export type TimelineItem = {
  milestone: Milestone;
  x: number;
  lane: number;
  past: boolean;
  labelW: number;
};
export type Timeline = {
  items: TimelineItem[];
  ticks: Array<{ x: number; label: string }>;
  width: number;
  lanes: number;
  todayX: number | null;
};

/** Rough label width in px for a 12px system font. */
export function labelWidth(text: string): number {
  return Math.min(180, Math.max(24, text.length * 6.4));
}

export function timelineLayout(
  milestones: Milestone[],
  width: number,
  today: string,
  pad = 16,
): Timeline {
  const dated = milestones
    .filter((m) => !Number.isNaN(ms(m.date)))
    .sort((a, b) => a.date.localeCompare(b.date));
  if (dated.length === 0) return { items: [], ticks: [], width, lanes: 0, todayX: null };
  const first = parseIso(dated[0].date)!;
  const last = parseIso(dated[dated.length - 1].date)!;
  const start = ms(toIso({ y: first.y, m: first.m, d: 1 }));
  const endMonth = addMonths({ y: last.y, m: last.m, d: 1 }, 1);
  const end = Math.max(ms(toIso(endMonth)), start + 31 * DAY);
  const x = (t: number) => pad + ((t - start) / (end - start)) * (width - 2 * pad);

  const laneEnds: number[] = [];
  const items = dated.map((m) => {
    const px = x(ms(m.date));
    const labelW = labelWidth(m.title);
    let lane = laneEnds.findIndex((e) => e + 8 <= px);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(0);
    }
    laneEnds[lane] = px + labelW;
    return { milestone: m, x: px, lane, past: !m.done && m.date < today, labelW };
  });

  const months = Math.round((end - start) / (30.44 * DAY));
  const stepMonths = months <= 12 ? 1 : months <= 36 ? 3 : months <= 72 ? 6 : 12;
  const ticks: Array<{ x: number; label: string }> = [];
  const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  for (
    let cur = { y: first.y, m: first.m, d: 1 }, i = 0;
    ms(toIso(cur)) <= end && i < 400;
    cur = addMonths(cur, stepMonths), i++
  ) {
    ticks.push({
      x: x(ms(toIso(cur))),
      label: cur.m === 1 || i === 0 ? `${MON[cur.m - 1]} ${cur.y}` : MON[cur.m - 1],
    });
  }
  const t = ms(today);
  const todayX = t >= start && t <= end ? x(t) : null;
  return { items, ticks, width, lanes: laneEnds.length, todayX };
}
