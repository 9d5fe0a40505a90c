// What the project editor shows for each typed part: its fields and their
// kinds. Pure data; the editor component renders it.
import * as E from "@/lib/generated/prisma/enums";
import { freeSectionFor } from "@/lib/templates/model";
import type { Messages } from "@/lib/i18n/messages";
import type { ProjectDocument } from "./document";

export type FieldKind =
  | "text"
  | "textarea"
  | "number"
  | "amount"
  | "hours"
  | "date"
  | "datetime"
  | "checkbox"
  | "select"
  | "yearQuarter"
  | "list";
/** A field's key names its label (projectFields), an option its label (projectOptions). */
export type FieldSpec = {
  key: keyof Messages["projectFields"];
  kind: FieldKind;
  options?: readonly (keyof Messages["projectOptions"])[];
  list?: ListSpec;
};
/** part names the list (its labels, projectParts); key, where it differs, is its place in the document. */
export type ListSpec = {
  part: keyof Messages["projectParts"];
  key?: string;
  fields: readonly FieldSpec[];
  blank: Record<string, unknown>;
};

const opts = <T extends keyof Messages["projectOptions"]>(o: Record<string, T>) => Object.values(o);

export const scalarFields: readonly FieldSpec[] = [
  { key: "title", kind: "text" },
  { key: "alias", kind: "text" },
  { key: "ownerBody", kind: "text" },
  { key: "workingGroupText", kind: "text" },
  { key: "periodText", kind: "text" },
  { key: "startDate", kind: "date" },
  { key: "endDate", kind: "date" },
  { key: "purpose", kind: "textarea" },
  { key: "background", kind: "textarea" },
  { key: "description", kind: "textarea" },
  { key: "effect", kind: "textarea" },
  { key: "followUp", kind: "textarea" },
  { key: "anchoring", kind: "textarea" },
  { key: "responsibility", kind: "textarea" },
  { key: "evaluationPlan", kind: "textarea" },
  { key: "secretariatHoursEstimate", kind: "hours" },
  { key: "secretariatHoursText", kind: "text" },
  { key: "budgetNote", kind: "textarea" },
];

export const listSpecs: readonly ListSpec[] = [
  {
    part: "people",
    blank: { role: "RESPONSIBLE", name: "" },
    fields: [
      { key: "role", kind: "select", options: opts(E.ProjectPersonRole) },
      { key: "name", kind: "text" },
      { key: "organisation", kind: "text" },
      { key: "uncertain", kind: "checkbox" },
    ],
  },
  {
    part: "targetGroups",
    blank: { priority: "PRIMARY", text: "" },
    fields: [
      { key: "priority", kind: "select", options: opts(E.TargetPriority) },
      { key: "text", kind: "textarea" },
    ],
  },
  {
    part: "goals",
    blank: { kind: "GOAL", text: "" },
    fields: [
      { key: "kind", kind: "select", options: opts(E.GoalKind) },
      { key: "horizon", kind: "select", options: opts(E.GoalHorizon) },
      { key: "text", kind: "textarea" },
    ],
  },
  {
    part: "criteria",
    blank: { kind: "QUALITATIVE", label: "", text: "" },
    fields: [
      { key: "kind", kind: "select", options: opts(E.CriterionKind) },
      { key: "label", kind: "text" },
      { key: "text", kind: "textarea" },
      { key: "unit", kind: "text" },
      { key: "targetMin", kind: "number" },
      { key: "targetMax", kind: "number" },
      { key: "baseline", kind: "number" },
      { key: "byDate", kind: "date" },
      { key: "direction", kind: "select", options: opts(E.Direction) },
      {
        key: "measurements",
        kind: "list",
        list: {
          part: "measurements",
          blank: { measuredOn: "" },
          fields: [
            { key: "measuredOn", kind: "date" },
            { key: "value", kind: "number" },
            { key: "achieved", kind: "checkbox" },
            { key: "text", kind: "text" },
          ],
        },
      },
    ],
  },
  {
    part: "partners",
    blank: { name: "" },
    fields: [
      { key: "name", kind: "text" },
      { key: "role", kind: "text" },
    ],
  },
  {
    part: "communication",
    blank: { phase: "BEFORE", text: "" },
    fields: [
      { key: "phase", kind: "select", options: opts(E.CommunicationPhase) },
      { key: "text", kind: "textarea" },
    ],
  },
  {
    part: "timeline",
    blank: { precision: "MONTH", title: "" },
    fields: [
      { key: "precision", kind: "select", options: opts(E.DatePrecision) },
      { key: "year", kind: "number" },
      { key: "period", kind: "number" },
      { key: "at", kind: "datetime" },
      { key: "venue", kind: "text" },
      { key: "title", kind: "text" },
      { key: "details", kind: "textarea" },
      { key: "done", kind: "checkbox" },
    ],
  },
  { part: "secretariatTasks", blank: { text: "" }, fields: [{ key: "text", kind: "text" }] },
  {
    part: "staffing",
    blank: { title: "" },
    fields: [
      { key: "title", kind: "text" },
      { key: "durationText", kind: "text" },
      { key: "months", kind: "number" },
      { key: "workplace", kind: "text" },
      { key: "dailyLead", kind: "text" },
      { key: "reportsTo", kind: "text" },
      { key: "note", kind: "textarea" },
    ],
  },
  {
    part: "budget",
    blank: { label: "" },
    fields: [
      { key: "groupLabel", kind: "text" },
      { key: "label", kind: "text" },
      { key: "category", kind: "text" },
      { key: "year", kind: "number" },
      { key: "amountOre", kind: "amount" },
      { key: "note", kind: "text" },
      {
        key: "children",
        kind: "list",
        list: {
          part: "children",
          blank: { label: "", amountOre: 0 },
          fields: [
            { key: "label", kind: "text" },
            { key: "amountOre", kind: "amount" },
          ],
        },
      },
    ],
  },
  {
    part: "funding",
    blank: { kind: "POOL", name: "" },
    fields: [
      { key: "kind", kind: "select", options: opts(E.FundingKind) },
      { key: "name", kind: "text" },
      { key: "amountOre", kind: "amount" },
      { key: "year", kind: "number" },
      { key: "note", kind: "text" },
    ],
  },
  {
    part: "quarterPlan",
    blank: { rowLabel: "", from: [2026, 1], to: [2026, 4], label: "" },
    fields: [
      { key: "rowLabel", kind: "text" },
      { key: "from", kind: "yearQuarter" },
      { key: "to", kind: "yearQuarter" },
      { key: "label", kind: "text" },
    ],
  },
  {
    part: "reports",
    blank: { kind: "STATUS", periodText: "", text: "" },
    fields: [
      { key: "kind", kind: "select", options: opts(E.ReportKind) },
      { key: "periodText", kind: "text" },
      { key: "text", kind: "textarea" },
      { key: "continuation", kind: "textarea" },
    ],
  },
  {
    part: "freeSections",
    blank: { heading: "", body: "" },
    fields: [
      { key: "heading", kind: "text" },
      { key: "body", kind: "textarea" },
    ],
  },
  // A programme's interventions are child projects: each with its description, target group and effect.
  {
    part: "interventions",
    key: "children",
    blank: { id: "new", slug: "new", kind: "INTERVENTION", status: "DRAFT", title: "" },
    fields: [
      { key: "title", kind: "text" },
      { key: "description", kind: "textarea" },
      {
        key: "targetGroups",
        kind: "list",
        list: {
          part: "targetGroups",
          blank: { priority: "PRIMARY", text: "" },
          fields: [
            { key: "priority", kind: "select", options: opts(E.TargetPriority) },
            { key: "text", kind: "textarea" },
          ],
        },
      },
      { key: "effect", kind: "textarea" },
    ],
  },
];

/** Where each part of a committee's form is written in the editor: a text field's key, or a list's part. */
export const formTargets: Record<E.SectionPart, string | null> = {
  TITLE: "title",
  ALIAS: "alias",
  PEOPLE: "people",
  WORKING_GROUP: "workingGroupText",
  OWNER: "ownerBody",
  PERIOD: "periodText",
  PURPOSE: "purpose",
  BACKGROUND: "background",
  DESCRIPTION: "description",
  TARGET_GROUPS: "targetGroups",
  GOALS: "goals",
  EXPECTED_RESULTS: "goals",
  EFFECT: "effect",
  FOLLOW_UP: "followUp",
  ANCHORING: "anchoring",
  SUCCESS_CRITERIA: "criteria",
  PARTNERS: "partners",
  COMMUNICATION: "communication",
  TIMELINE: "timeline",
  INTERVENTIONS: "interventions",
  QUARTER_PLAN: "quarterPlan",
  WORK_DISTRIBUTION: "work",
  SECRETARIAT_TASKS: "secretariatTasks",
  STAFFING: "staffing",
  BUDGET: "budget",
  FUNDING: "funding",
  EVALUATION: "evaluationPlan",
  RESPONSIBILITY: "responsibility",
  STATUS: "reports",
  FREE: "freeSections",
};

export type FormSection = { part: E.SectionPart; heading: string; helpText: string; required: boolean };

/**
 * Whether the document has something written for a section of the form (a
 * FREE section: a free section of its heading with text).
 */
export function isFilled(section: FormSection, doc: ProjectDocument): boolean {
  if (section.part === "FREE")
    return (freeSectionFor(section.heading, doc.freeSections ?? [])?.body.trim() ?? "") !== "";
  const target = formTargets[section.part];
  const value =
    target === "interventions"
      ? doc.children
      : target === "work"
        ? doc.work?.rows
        : target
          ? (doc as Record<string, unknown>)[target]
          : undefined;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null;
}

/** The sections a form requires that the document leaves empty: a project is recommended only when they are written. */
export const missingRequired = (form: readonly FormSection[], doc: ProjectDocument) =>
  form.filter((s) => s.required && !isFilled(s, doc));

/** The editor holds secretariat tasks as { text } rows; the document as plain strings. */
export const toEditable = (tasks: readonly string[] | undefined) => (tasks ?? []).map((text) => ({ text }));
export const fromEditable = (rows: readonly { text?: unknown }[]) => rows.map((r) => String(r.text ?? ""));
