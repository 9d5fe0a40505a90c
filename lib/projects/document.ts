// A whole project as plain data: what the demo seed writes, and the shape a
// later JSON import/export can share. Amounts are øre; hours are minutes.
import type {
  CommunicationPhase,
  CriterionKind,
  DatePrecision,
  Direction,
  FundingKind,
  GoalHorizon,
  GoalKind,
  ProjectKind,
  ProjectPersonRole,
  ProjectStatus,
  ReportKind,
  SectionPart,
  TargetPriority,
} from "@/lib/generated/prisma/enums";

export type ProjectDocument = {
  id: string;
  slug: string;
  kind: ProjectKind;
  title: string;
  alias?: string;
  status: ProjectStatus;
  ownerBody?: string;
  workingGroupText?: string;
  periodText?: string;
  startDate?: string;
  endDate?: string;
  purpose?: string;
  background?: string;
  description?: string;
  effect?: string;
  followUp?: string;
  anchoring?: string;
  responsibility?: string;
  evaluationPlan?: string;
  secretariatHoursEstimate?: number;
  secretariatHoursText?: string;
  budgetNote?: string;
  /** The total the form states ("I alt"), kept when it differs from the lines' sum. */
  budgetStatedTotalOre?: number;
  people?: { role: ProjectPersonRole; name: string; userEmail?: string; organisation?: string; uncertain?: boolean }[];
  targetGroups?: { priority: TargetPriority; text: string }[];
  goals?: { kind: GoalKind; horizon?: GoalHorizon; text: string }[];
  planGoalCodes?: string[];
  criteria?: {
    kind: CriterionKind;
    label: string;
    text: string;
    unit?: string;
    targetMin?: number;
    targetMax?: number;
    baseline?: number;
    byDate?: string;
    direction?: Direction;
    measurements?: { measuredOn: string; value?: number; achieved?: boolean; text?: string }[];
  }[];
  partners?: { name: string; role?: string }[];
  communication?: { phase: CommunicationPhase; text: string; channels?: string[] }[];
  timeline?: {
    precision: DatePrecision;
    year?: number;
    period?: number;
    at?: string;
    venue?: string;
    title: string;
    details?: string;
    done?: boolean;
  }[];
  work?: {
    roles: { label: string; isSecretariat?: boolean }[];
    rows: { label: string; cells: (number | string | null)[] }[];
  };
  secretariatTasks?: string[];
  staffing?: {
    title: string;
    durationText?: string;
    months?: number;
    workplace?: string;
    dailyLead?: string;
    reportsTo?: string;
    note?: string;
  }[];
  budget?: {
    label: string;
    groupLabel?: string;
    category?: string;
    year?: number;
    interventionSlug?: string;
    amountOre?: number;
    amountText?: string;
    note?: string;
    children?: { label: string; amountOre: number; amountText?: string }[];
  }[];
  funding?: {
    kind: FundingKind;
    name: string;
    amountOre?: number;
    amountText?: string;
    year?: number;
    note?: string;
    pool?: boolean;
  }[];
  quarterPlan?: {
    rowLabel: string;
    interventionSlug?: string;
    from: [number, number];
    to: [number, number];
    label: string;
  }[];
  reports?: {
    kind: ReportKind;
    periodText: string;
    /** The day the report is dated, "YYYY-MM-DD". */
    periodStart?: string;
    text: string;
    continuation?: string;
    published?: boolean;
  }[];
  /** `after`: the part an imported form had it after (TITLE: at the start); without it, after the typed parts. */
  freeSections?: { heading: string; body: string; after?: SectionPart }[];
  /**
   * An import's source, section by section: the heading as written, the raw
   * text, and the typed part it was read into ("free" when kept as a free section).
   */
  importSource?: { heading: string; part: string; raw: string }[];
  children?: ProjectDocument[];
};
