import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { planReport, writeReport } from "@/lib/project-reports/mutations";
import { getProjectReports } from "@/lib/project-reports/queries";
import { runReminders } from "@/lib/jobs/run";
import { getProjectView } from "@/lib/projects/queries";
import { printable } from "@/lib/projects/print";
import { readProjectDocument } from "@/lib/projects/read";
import { writeProject } from "@/lib/projects/write";
import type { Actor } from "@/lib/auth/permissions";
import { createCommittee, createUser } from "@/tests/factories";

const dayMs = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
let secA: Actor;
let secB: Actor;
let projectId: string;
let committeeId: string;

beforeAll(async () => {
  const a = await createCommittee();
  const b = await createCommittee();
  committeeId = a.id;
  secA = (await createUser({ roles: [{ committeeId: a.id, role: "SECRETARIAT" }] })).actor;
  secB = (await createUser({ roles: [{ committeeId: b.id, role: "SECRETARIAT" }] })).actor;
  const project = await db().project.create({
    data: { committeeId: a.id, slug: `p-${Date.now()}`, title: "Fællesspisning", createdById: secA.id },
  });
  projectId = project.id;
  // A report written before planned ones existed (no due date): it must keep working.
  await db().statusReport.create({
    data: { projectId, kind: "STATUS", text: "Gammel rapport", submittedAt: new Date() },
  });
});

describe("a project's planned reports", () => {
  it("are planned by the secretariat of the project's committee, and never by another committee's", async () => {
    const { id } = await planReport(secA, {
      projectId,
      kind: "MIDTERM_EVALUATION",
      dueOn: iso(new Date(Date.now() + 3 * dayMs)),
    });
    await planReport(secA, { projectId, kind: "STATUS", dueOn: iso(new Date(Date.now() - 2 * dayMs)) });
    await expect(planReport(secB, { projectId, kind: "STATUS", dueOn: "2027-01-01" })).rejects.toThrow(/forbidden/);
    expect(await getProjectReports(secB, projectId)).toBeNull();
    const page = (await getProjectReports(secA, projectId))!;
    expect(page.canPlan).toBe(true);
    expect(page.reports.map((r) => r.state)).toEqual(["overdue", "dueSoon", "submitted"]);
    expect(page.reports.find((r) => r.id === id)!.submittedAt).toBeNull();
    expect(await db().auditEntry.count({ where: { action: "project.reportPlanned", entityId: projectId } })).toBe(2);
  });

  it("remind the project's secretariat once when due and when overdue", async () => {
    const first = await runReminders("statusReports");
    const again = await runReminders("statusReports");
    expect(first.sent).toBe(2);
    expect(again.sent).toBe(0);
    const mails = await db().emailMessage.findMany({ where: { toAddress: secA.email }, select: { kind: true } });
    expect(mails.map((m) => m.kind).sort()).toEqual(["reminder:report-due-soon", "reminder:report-overdue"]);
    expect(await db().emailMessage.count({ where: { toAddress: secB.email } })).toBe(0);
  });

  it("are written once: of five people saving at once, one wins and the rest get a conflict", async () => {
    const planned = (await getProjectReports(secA, projectId))!.reports.find((r) => r.state === "overdue")!;
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) =>
        writeReport(secA, { reportId: planned.id, periodText: "Efterår 2026", text: `Rapport ${i}`, published: true }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((x) => x.status === "rejected")) expect(String(r.reason)).toMatch(/conflict/);
    await expect(
      writeReport(secB, { reportId: planned.id, periodText: "", text: "Ude", published: false }),
    ).rejects.toThrow(/forbidden|not found/);
    const after = (await getProjectReports(secA, projectId))!.reports.find((r) => r.id === planned.id)!;
    expect(after.state).toBe("submitted");
    expect(after.text).toMatch(/^Rapport \d$/);
  });

  it("are printed in the project PDF's text, with their state", async () => {
    const project = (await getProjectView(secA, projectId))!;
    const section = printable(project, "da").sections.find((s) => s.heading === "Statusrapporter og evalueringer")!;
    const text = section.blocks.map((b) => (b.kind === "p" ? b.text : "")).join("\n");
    expect(text).toContain("Midtvejsevaluering · Frist snart");
    expect(text).toContain("Gammel rapport");
    expect(text).toContain("Efterår 2026");
  });

  it("survive an edit of the project document, which rewrites only the undated reports", async () => {
    const doc = (await readProjectDocument(db(), projectId))!;
    expect(doc.reports?.map((r) => r.text)).toEqual(["Gammel rapport"]);
    await db().$transaction((tx) =>
      writeProject(
        tx,
        doc,
        { committeeId, createdById: secA.id, userIdByEmail: new Map(), planGoalIdByCode: new Map() },
        undefined,
        0,
        "replace",
      ),
    );
    const page = (await getProjectReports(secA, projectId))!;
    expect(page.reports).toHaveLength(3);
    expect(page.reports.filter((r) => r.dueOn !== null)).toHaveLength(2);
    // The undated report, written anew, is still a written report, not a planned one.
    expect(page.reports.find((r) => r.text === "Gammel rapport")!.state).toBe("submitted");
  });
});
