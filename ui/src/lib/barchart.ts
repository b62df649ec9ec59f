// The budget chart: one stacked bar per fiscal year, a segment per category, with a readable axis.

import type { BudgetCategory, Totals } from "./types";

/** A round step so that about `count` ticks cover [0, max]. */
export function niceStep(max: number, count = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return nice * mag;
}

export function ticks(max: number, count = 4): number[] {
  const step = niceStep(max, count);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const out: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) out.push(v);
  return out;
}

export type Segment = {
  category: BudgetCategory;
  label: string;
  value: number;
  y: number;
  h: number;
};
export type Bar = { year: string; total: number; x: number; w: number; segments: Segment[] };
export type BarChart = {
  bars: Bar[];
  ticks: Array<{ value: number; y: number }>;
  plot: { x: number; y: number; w: number; h: number };
  width: number;
  height: number;
};

export function barChart(
  totals: Totals,
  width = 560,
  height = 260,
  margin = { left: 64, right: 12, top: 12, bottom: 28 },
): BarChart {
  const plot = {
    x: margin.left,
    y: margin.top,
    w: width - margin.left - margin.right,
    h: height - margin.top - margin.bottom,
  };
  const max = Math.max(0, ...totals.per_year);
  const tk = ticks(max);
  const top = tk[tk.length - 1] || 1;
  const scale = (v: number) => (v / top) * plot.h;
  const n = totals.years.length || 1;
  const band = plot.w / n;
  const w = Math.min(72, band * 0.6);
  const bars = totals.years.map((year, i) => {
    let base = plot.y + plot.h;
    const segments: Segment[] = [];
    for (const c of totals.by_category) {
      const value = c.per_year[i] ?? 0;
      if (value <= 0) continue;
      const h = scale(value);
      base -= h;
      segments.push({ category: c.category, label: c.label, value, y: base, h });
    }
    return {
      year: year.label,
      total: totals.per_year[i] ?? 0,
      x: plot.x + band * i + (band - w) / 2,
      w,
      segments,
    };
  });
  return {
    bars,
    ticks: tk.map((value) => ({ value, y: plot.y + plot.h - scale(value) })),
    plot,
    width,
    height,
  };
}
