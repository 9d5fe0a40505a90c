import "server-only";
import { db } from "@/lib/db";
import { oreToNumber } from "@/lib/money";
import { translatorFor } from "@/lib/i18n/translator";
import { publicOrganisationName } from "./model";
import { asWritten, cardSelect, initiativeWhere, portraitWhere, cachedPublicly, type Anyone } from "./published";
import { listOpenCalls } from "./queries";

// What leaves the public site as files: the open data, the sitemap and the
// published photos. The same for every reader, like the pages.

export type OpenGrant = {
  committee: string;
  initiative: string;
  initiative_id: string;
  organisation: string;
  amount_kr: number;
  funds_year: number | null;
  decision_date: string;
  goals: string[];
};

// Open data is Danish, like the rest of the public register.
const privatePerson = translatorFor("da")("publicPrivacy.privatePerson");

/** Every published grant, for the open data files. */
export const listOpenGrants = async (_: Anyone): Promise<OpenGrant[]> => {
  "use cache";
  cachedPublicly();
  if (!asWritten(_)) return [];
  const rows = await db().application.findMany({
    where: initiativeWhere,
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    select: cardSelect,
  });
  return rows.map((r) => {
    const d = r.decisions[0]!;
    return {
      committee: r.call.committee.name,
      initiative: r.title,
      initiative_id: r.id,
      organisation: publicOrganisationName(r.organisation, r.publicName) ?? privatePerson,
      amount_kr: (oreToNumber(d.amountOre) ?? 0) / 100,
      funds_year: d.fundsYear,
      decision_date: d.decidedOn.toISOString().slice(0, 10),
      goals: r.planGoals.map((g) => g.planGoal.title),
    };
  });
};

/** A public photo's bytes: only a photo chosen for a published portrait. */
export async function getPublicPhoto(_: Anyone, id: string) {
  return db().attachment.findFirst({
    where: { id, isPublic: true, deletedAt: null, mimeType: { startsWith: "image/" }, portrait: portraitWhere() },
    select: { mimeType: true, data: true, sha256: true },
  });
}

/** What the sitemap lists: every public page with its last change. */
export async function listSitemapEntries(_: Anyone) {
  const [initiatives, committees, portraits, calls] = await Promise.all([
    db().application.findMany({ where: initiativeWhere, select: { id: true, updatedAt: true } }),
    db().committee.findMany({ where: { deletedAt: null }, select: { slug: true, updatedAt: true } }),
    db().portrait.findMany({ where: portraitWhere(), select: { slug: true, publishedAt: true } }),
    listOpenCalls(null),
  ]);
  return { initiatives, committees, portraits, calls };
}
