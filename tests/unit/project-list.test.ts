import { describe, expect, it } from "vitest";
import { parseProjectListFilters, projectListHref } from "@/lib/projects/model";

describe("the staff project list's address", () => {
  it("reads a status, a search and a page, and ignores what it does not know", () => {
    expect(parseProjectListFilters({ q: " have ", status: "RUNNING", side: "3" })).toEqual({
      q: "have",
      status: "RUNNING",
      page: 3,
    });
    expect(parseProjectListFilters({ status: "NONSENSE", side: "-2" })).toEqual({ q: "", status: null, page: 1 });
    expect(parseProjectListFilters({ side: "1.5" }).page).toBe(1);
  });

  it("links another page of the same filtered list", () => {
    const f = parseProjectListFilters({ q: "have", status: "RUNNING" });
    expect(projectListHref(f, 2)).toBe("/projects?q=have&status=RUNNING&side=2");
    expect(projectListHref(parseProjectListFilters({}), 1)).toBe("/projects");
  });
});
