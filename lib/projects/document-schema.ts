import { z } from "zod";
import * as E from "@/lib/generated/prisma/enums";
import type { ProjectDocument } from "./document";

// The project document as it arrives from an import, the API or the editor.
// The same schema checks it in the browser and on the server. Messages are
// translation keys. Amounts are øre (at most 1 mia. kr.); hours are minutes.

const maxOre = 100_000_000_000;
const ore = z
  .number({ message: "projectEdit.amountInvalid" })
  .int("projectEdit.amountInvalid")
  .min(0, "projectEdit.amountInvalid")
  .max(maxOre, "projectEdit.amountTooLarge");
const short = z.string().max(500, "projectEdit.tooLong");
const long = z.string().max(50_000, "projectEdit.tooLong");
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "projectEdit.dateInvalid");
const year = z.number().int().min(1990, "projectEdit.yearInvalid").max(2100, "projectEdit.yearInvalid");

const budgetChild = z.object({
  label: short.min(1, "projectEdit.labelRequired"),
  amountOre: ore,
  amountText: short.optional(),
});
const budgetLine = z
  .object({
    label: short.min(1, "projectEdit.labelRequired"),
    groupLabel: short.optional(),
    category: short.optional(),
    year: year.optional(),
    interventionSlug: short.optional(),
    amountOre: ore.optional(),
    amountText: short.optional(),
    note: long.optional(),
    children: z.array(budgetChild).max(200).optional(),
  })
  .refine(
    (l) =>
      l.amountOre === undefined ||
      !l.children?.length ||
      l.children.reduce((s, c) => s + c.amountOre, 0) <= l.amountOre,
    { path: ["amountOre"], message: "projectEdit.subLinesExceed" },
  );

/** A slug is part of a public address: lower-case letters, digits and hyphens only. */
export const slugPattern = /^[a-z0-9-]+$/;

const enumOf = <T extends Record<string, string>>(values: T) => z.enum(values);

const base = z.object({
  id: z.string().min(1).max(64),
  slug: z
    .string()
    .min(1, "projectSafety.slugInvalid")
    .max(120, "projectSafety.slugInvalid")
    .regex(slugPattern, "projectSafety.slugInvalid"),
  kind: enumOf(E.ProjectKind),
  title: z.string().trim().min(2, "projectEdit.titleRequired").max(300, "projectEdit.tooLong"),
  alias: short.optional(),
  status: enumOf(E.ProjectStatus),
  ownerBody: short.optional(),
  workingGroupText: short.optional(),
  periodText: short.optional(),
  startDate: isoDay.optional(),
  endDate: isoDay.optional(),
  purpose: long.optional(),
  background: long.optional(),
  description: long.optional(),
  effect: long.optional(),
  followUp: long.optional(),
  anchoring: long.optional(),
  responsibility: long.optional(),
  evaluationPlan: long.optional(),
  secretariatHoursEstimate: z.number().int().min(0).max(10_000_000, "projectEdit.hoursTooLarge").optional(),
  secretariatHoursText: short.optional(),
  budgetNote: long.optional(),
  budgetStatedTotalOre: ore.optional(),
  people: z
    .array(
      z.object({
        role: enumOf(E.ProjectPersonRole),
        name: short.min(1, "projectEdit.nameRequired"),
        userEmail: short.optional(),
        organisation: short.optional(),
        uncertain: z.boolean().optional(),
      }),
    )
    .max(200)
    .optional(),
  targetGroups: z
    .array(z.object({ priority: enumOf(E.TargetPriority), text: long.min(1) }))
    .max(100)
    .optional(),
  goals: z
    .array(z.object({ kind: enumOf(E.GoalKind), horizon: enumOf(E.GoalHorizon).optional(), text: long.min(1) }))
    .max(200)
    .optional(),
  planGoalCodes: z.array(short).max(100).optional(),
  criteria: z
    .array(
      z.object({
        kind: enumOf(E.CriterionKind),
        label: short,
        text: long.min(1),
        unit: short.optional(),
        targetMin: z.number().int().optional(),
        targetMax: z.number().int().optional(),
        baseline: z.number().int().optional(),
        byDate: isoDay.optional(),
        direction: enumOf(E.Direction).optional(),
        measurements: z
          .array(
            z.object({
              measuredOn: isoDay,
              value: z.number().int().optional(),
              achieved: z.boolean().optional(),
              text: long.optional(),
            }),
          )
          .max(500)
          .optional(),
      }),
    )
    .max(200)
    .optional(),
  partners: z
    .array(z.object({ name: short.min(1), role: short.optional() }))
    .max(200)
    .optional(),
  communication: z
    .array(
      z.object({ phase: enumOf(E.CommunicationPhase), text: long.min(1), channels: z.array(short).max(50).optional() }),
    )
    .max(200)
    .optional(),
  timeline: z
    .array(
      z.object({
        precision: enumOf(E.DatePrecision),
        year: year.optional(),
        // Month, week (to 53), quarter, half or season, by precision.
        period: z.number().int().min(1).max(53).optional(),
        at: z.string().datetime({ offset: true, message: "projectEdit.dateInvalid" }).optional(),
        venue: short.optional(),
        title: long.min(1),
        details: long.optional(),
        done: z.boolean().optional(),
      }),
    )
    .max(500)
    .optional(),
  work: z
    .object({
      roles: z.array(z.object({ label: short.min(1), isSecretariat: z.boolean().optional() })).max(30),
      rows: z
        .array(
          z.object({
            label: short.min(1),
            cells: z
              .array(
                z.union([
                  z.number().int().min(0).max(1_000_000, "projectEdit.hoursTooLarge"),
                  z.string().max(20),
                  z.null(),
                ]),
              )
              .max(30),
          }),
        )
        .max(300),
    })
    .optional(),
  secretariatTasks: z.array(long).max(200).optional(),
  staffing: z
    .array(
      z.object({
        title: short.min(1),
        durationText: short.optional(),
        months: z.number().int().min(0).max(600).optional(),
        workplace: short.optional(),
        dailyLead: short.optional(),
        reportsTo: short.optional(),
        note: long.optional(),
      }),
    )
    .max(100)
    .optional(),
  budget: z.array(budgetLine).max(1000).optional(),
  funding: z
    .array(
      z.object({
        kind: enumOf(E.FundingKind),
        name: short.min(1),
        amountOre: ore.optional(),
        amountText: short.optional(),
        year: year.optional(),
        note: long.optional(),
        pool: z.boolean().optional(),
      }),
    )
    .max(100)
    .optional(),
  quarterPlan: z
    .array(
      z.object({
        rowLabel: short,
        interventionSlug: short.optional(),
        from: z.tuple([year, z.number().int().min(1).max(4)]),
        to: z.tuple([year, z.number().int().min(1).max(4)]),
        label: short,
      }),
    )
    .max(500)
    .optional(),
  reports: z
    .array(
      z.object({
        kind: enumOf(E.ReportKind),
        periodText: short,
        periodStart: isoDay.optional(),
        text: long,
        continuation: long.optional(),
        published: z.boolean().optional(),
      }),
    )
    .max(200)
    .optional(),
  freeSections: z
    .array(z.object({ heading: short, body: long, after: enumOf(E.SectionPart).optional() }))
    .max(500)
    .optional(),
  importSource: z
    .array(z.object({ heading: short, part: short, raw: z.string().max(500_000, "projectEdit.importTooLarge") }))
    .max(500)
    .optional(),
});

/** The largest period each precision has: a month, a week, a quarter, a half-year, a season. */
const periodMax: Record<E.DatePrecision, number> = {
  DATETIME: 12,
  DAY: 12,
  WEEK: 53,
  EARLY_MONTH: 12,
  MID_MONTH: 12,
  LATE_MONTH: 12,
  MONTH: 12,
  QUARTER: 4,
  HALF_YEAR: 2,
  SEASON: 4,
  YEAR: 12,
  UNDATED: 12,
};

export type ParsedDocument = z.infer<typeof base> & { children?: ParsedDocument[] };

export const projectDocumentSchema: z.ZodType<ParsedDocument> = base
  .extend({ children: z.lazy(() => z.array(projectDocumentSchema).max(50)).optional() })
  .refine((d) => !d.startDate || !d.endDate || d.startDate <= d.endDate, {
    path: ["endDate"],
    message: "projectEdit.endBeforeStart",
  })
  .refine((d) => (d.timeline ?? []).every((t) => t.period === undefined || t.period <= periodMax[t.precision]), {
    path: ["timeline"],
    message: "projectEdit.periodInvalid",
  })
  .refine((d) => (d.quarterPlan ?? []).every((s) => s.from[0] * 4 + s.from[1] <= s.to[0] * 4 + s.to[1]), {
    path: ["quarterPlan"],
    message: "projectEdit.endBeforeStart",
  });

/** The parsed document is a ProjectDocument (the schema mirrors its type). */
export const asDocument = (d: ParsedDocument): ProjectDocument => d as ProjectDocument;
