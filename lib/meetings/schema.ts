import { z } from "zod";
import { versionField } from "@/lib/actions/version";
import { checkbox } from "@/lib/calls/schema";
import { copenhagenLocalToUtc } from "@/lib/calls/model";
import { attendanceError } from "./model";

// A committee's meetings and their agenda, shared by the browser and the server. Messages are keys ("meetings.*").

export const meetingKinds = ["PLENARY", "EXTRAORDINARY", "CHAIR_GROUP", "WORKING_GROUP", "STEERING_GROUP"] as const;
/** The kinds offered for a new meeting: ordinary, extraordinary, a working group's. */
export const newMeetingKinds = ["PLENARY", "EXTRAORDINARY", "WORKING_GROUP"] as const;
export const itemKinds = ["DECISION", "DISCUSSION", "INFORMATION"] as const;
export const attendances = ["INVITED", "PRESENT", "ABSENT_WITH_NOTICE", "ABSENT"] as const;

const text = (max: number) => z.string().trim().max(max, "meetings.errors.tooLong");
const id = z.string().min(1);

/** "18:30" → minutes after midnight; null when it is not a time. */
export function clockMinutes(v: string): number | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(v.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return Number(m[1]) * 60 + Number(m[2]);
}

export const meetingFormSchema = z
  .object({
    meetingId: z.string().optional().default(""),
    version: versionField.default(0),
    committeeId: z.string().trim().min(1, "meetings.errors.committeeRequired"),
    title: z.string().trim().min(2, "meetings.errors.titleRequired").max(200, "meetings.errors.tooLong"),
    // A datetime-local value, read as Danish time.
    startsAt: z
      .string()
      .trim()
      .refine((v) => copenhagenLocalToUtc(v) !== null, "meetings.errors.startsAtInvalid"),
    endsAt: text(5).default(""),
    venue: text(300).default(""),
    kind: z.enum(meetingKinds),
    workingGroupId: z.string().optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "WORKING_GROUP" && !v.workingGroupId)
      ctx.addIssue({ code: "custom", path: ["workingGroupId"], message: "meetings.errors.workingGroupRequired" });
    if (v.endsAt === "") return;
    const end = clockMinutes(v.endsAt);
    const start = clockMinutes(v.startsAt.slice(11));
    if (end === null || (start !== null && end <= start))
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "meetings.errors.endsAtInvalid" });
  });
export type MeetingFormInput = z.infer<typeof meetingFormSchema>;

/** A meeting as the page showed it: deleting it, sending its agenda. */
export const meetingRefSchema = z.object({ meetingId: id, version: versionField });
export type MeetingRefInput = z.infer<typeof meetingRefSchema>;

export const attendanceSchema = z
  .object({
    meetingId: id,
    version: versionField,
    attendees: z
      .array(
        z.object({
          attendeeId: id,
          attendance: z.enum(attendances),
          voting: checkbox,
          substituteName: text(200).default(""),
          note: text(1000).default(""),
        }),
      )
      .default([]),
  })
  .superRefine((v, ctx) =>
    v.attendees.forEach((a, i) => {
      const error = attendanceError(a);
      if (error)
        ctx.addIssue({ code: "custom", path: ["attendees", i, "voting"], message: `meetings.errors.${error}` });
    }),
  );
export type AttendanceInput = z.infer<typeof attendanceSchema>;

const lateReason = text(1000).default("");

export const callItemsSchema = z.object({
  meetingId: id,
  callId: z.string().min(1, "meetings.errors.callRequired"),
  mode: z.enum(["ROUND", "EACH"]),
  lateReason,
});
export type CallItemsInput = z.infer<typeof callItemsSchema>;

export const projectItemSchema = z.object({
  meetingId: id,
  projectId: z.string().min(1, "meetings.errors.projectRequired"),
  lateReason,
});
export type ProjectItemInput = z.infer<typeof projectItemSchema>;

const itemFields = {
  title: z.string().trim().min(2, "meetings.errors.itemTitleRequired").max(300, "meetings.errors.tooLong"),
  kind: z.enum(itemKinds),
  body: text(20000).default(""),
  recommendation: text(5000).default(""),
};

export const freeItemSchema = z.object({ meetingId: id, ...itemFields, lateReason });
export type FreeItemInput = z.infer<typeof freeItemSchema>;

export const itemUpdateSchema = z.object({ itemId: id, version: versionField, ...itemFields });
export type ItemUpdateInput = z.infer<typeof itemUpdateSchema>;

export const itemRefSchema = z.object({ itemId: id, version: versionField });
export type ItemRefInput = z.infer<typeof itemRefSchema>;

/** One step up or down; `order` is the item ids as the page showed them, so a stale view gets a conflict. */
export const moveItemSchema = z.object({
  itemId: id,
  direction: z.enum(["up", "down"]),
  order: z.string().max(20000),
});
export type MoveItemInput = z.infer<typeof moveItemSchema>;
