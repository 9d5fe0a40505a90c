import { describe, expect, it } from "vitest";
import {
  agendaOpen,
  attendanceError,
  decisionsOpen,
  lateItemError,
  minutesEditable,
  moveItem,
} from "@/lib/meetings/model";

const future = new Date("2027-01-13T16:30:00Z");
const now = new Date("2026-12-01T10:00:00Z");

describe("a meeting's rules", () => {
  it("keeps the agenda and the minutes open until the minutes are approved", () => {
    expect(agendaOpen("HELD")).toBe(true);
    expect(agendaOpen("MINUTES_APPROVED")).toBe(false);
    expect(minutesEditable("HELD")).toBe(true);
    expect(minutesEditable("MINUTES_PUBLISHED")).toBe(false);
    expect(decisionsOpen("AGENDA_SENT")).toBe(true);
    expect(decisionsOpen("MINUTES_APPROVED")).toBe(false);
  });
  it("asks for a reason for an item added after the agenda went out or after the meeting's date", () => {
    expect(lateItemError({ status: "PLANNED", startsAt: future }, "", now)).toBeNull();
    expect(lateItemError({ status: "AGENDA_SENT", startsAt: future }, "", now)).toBe("lateReasonRequired");
    expect(lateItemError({ status: "PLANNED", startsAt: new Date("2026-11-01T16:00:00Z") }, " ", now)).toBe(
      "lateReasonRequired",
    );
    expect(lateItemError({ status: "HELD", startsAt: future }, "Eftersendt af formanden", now)).toBeNull();
    expect(lateItemError({ status: "MINUTES_APPROVED", startsAt: future }, "Fordi", now)).toBe("closed");
  });
  it("lets only a member present vote", () => {
    expect(attendanceError({ attendance: "PRESENT", voting: true })).toBeNull();
    expect(attendanceError({ attendance: "ABSENT_WITH_NOTICE", voting: true })).toBe("absentCannotVote");
    expect(attendanceError({ attendance: "ABSENT", voting: false })).toBeNull();
    expect(attendanceError({ attendance: "INVITED", voting: true })).toBe("absentCannotVote");
  });
  it("moves an item up or down and leaves the list alone for a move off its ends", () => {
    expect(moveItem(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
  });
});
