import { describe, expect, it } from "vitest";
import { CATALOG } from "../../bindings/tables";
import {
  RESPONSIBILITY_LABELS,
  ROLE_LABELS,
  STAGE_NAMES,
  say,
  useSpelling,
} from "../spelling.svelte";

describe("the plan's spelling", () => {
  it("spells the catalog's labels and the window's words as the core does", () => {
    useSpelling("british");
    expect(RESPONSIBILITY_LABELS.upstream_development).toBe("Prioritise upstream development");
    expect(say("Where the OSPO sits in the organization")).toBe(
      "Where the OSPO sits in the organisation",
    );
    expect(ROLE_LABELS.head_of_ospo).toBe(
      CATALOG.roles.find((r) => r.value === "head_of_ospo")?.label,
    );
    useSpelling("american");
    expect(RESPONSIBILITY_LABELS.upstream_development).toBe("Prioritize upstream development");
    expect(say("organization")).toBe("organization");
    expect(STAGE_NAMES).toEqual(CATALOG.stages);
  });
});
