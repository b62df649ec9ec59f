// Rules of the front end that are cheap to check on the source itself.
/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { CATALOG } from "../../bindings/tables";

// Every source file of the UI as text (tests and generated bindings left out).
const sources = import.meta.glob(
  ["../../**/*.svelte", "../../**/*.ts", "!../../**/__tests__/**", "!../../bindings/**"],
  {
    query: "?raw",
    import: "default",
    eager: true,
  },
) as Record<string, string>;
const all = Object.keys(sources);
const svelte = all.filter((f) => f.endsWith(".svelte"));
const readFileSync = (f: string, _enc: string) => sources[f];

/** Opening tags of `names`, read up to the `>` outside `{…}` and quotes. */
function tags(text: string, names: string[]): string[] {
  const out: string[] = [];
  const re = new RegExp(`<(${names.join("|")})\\b`, "g");
  for (const m of text.matchAll(re)) {
    let depth = 0;
    let quote: string | null = null;
    for (let i = m.index!; i < text.length; i++) {
      const c = text[i];
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'" || c === "`") {
        if (depth > 0 || c === '"') quote = c;
      } else if (c === "{") depth++;
      else if (c === "}") depth--;
      else if (c === ">" && depth === 0) {
        out.push(text.slice(m.index!, i + 1));
        break;
      }
    }
  }
  return out;
}

describe("source guards", () => {
  it("never renders text as HTML", () => {
    for (const f of all) {
      const text = readFileSync(f, "utf8");
      expect(text.includes("{@html"), f).toBe(false);
      expect(/\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/.test(text), f).toBe(false);
    }
  });
  it("calls invoke only from api.ts", () => {
    for (const f of all) {
      if (f === "../api.ts" || f.endsWith("/lib/api.ts")) continue;
      expect(readFileSync(f, "utf8").includes("@tauri-apps/api"), f).toBe(false);
    }
  });
  it("gives every button, input, select and textarea a data-testid", () => {
    let controls = 0;
    for (const f of svelte) {
      const text = readFileSync(f, "utf8");
      for (const tag of tags(text, ["button", "input", "select", "textarea"])) {
        controls++;
        expect(/data-testid=/.test(tag), `${f}: ${tag.slice(0, 100)}`).toBe(true);
      }
    }
    expect(controls).toBeGreaterThan(50);
  });

  it("draws every menu with the app's listbox, never a native select (whose popup leaves a small window)", () => {
    for (const f of svelte) {
      expect(/<select[\s>]/.test(readFileSync(f, "utf8")), f).toBe(false);
    }
  });

  it("keeps no copy of the core's tables: every currency and label comes from bindings/tables.ts", () => {
    const quoted = (text: string) =>
      new RegExp(`["'\`]${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["'\`]`);
    const currencies = CATALOG.currencies.flatMap((c) => [
      quoted(c.code),
      new RegExp(`\\b${c.code}\\s*:`),
    ]);
    const labels = [
      ...CATALOG.stages,
      ...[
        CATALOG.structures,
        CATALOG.rungs,
        CATALOG.roles,
        CATALOG.responsibilities,
        CATALOG.categories,
        CATALOG.petals,
        CATALOG.levels,
        CATALOG.cadences,
        CATALOG.severities,
      ].flatMap((list) => list.map((c) => c.label)),
    ].map(quoted);
    expect(labels.length).toBeGreaterThan(60);
    for (const f of all) {
      const text = readFileSync(f, "utf8");
      for (const re of [...currencies, ...labels])
        expect(re.test(text), `${f} holds ${re}`).toBe(false);
    }
  });
});
