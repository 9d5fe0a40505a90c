// The two committees with their district-plan goals, and their pools and funds years.
import { kr, type Tx } from "./shared";

export async function seedCommittees(tx: Tx) {
  const noerrebro = await tx.committee.create({
    data: {
      id: "demo-committee-noerrebro",
      slug: "noerrebro",
      name: "Nørrebro Lokaludvalg",
      kind: "LOKALUDVALG",
      municipality: "Københavns Kommune",
      district: "Nørrebro",
      description: "Lokaludvalget for Nørrebro: 23 medlemmer udpeget af lokale foreninger og partier.",
    },
  });
  const moerkhoej = await tx.committee.create({
    data: {
      id: "demo-committee-moerkhoej",
      slug: "moerkhoej",
      name: "Styregruppen for social balance i Mørkhøj",
      kind: "STYREGRUPPE",
      municipality: "Gladsaxe Kommune",
      district: "Mørkhøj",
      description: "Styregruppe af lokale kommunale ledere, oprettet på baggrund af Mørkhøjanalysen 2017.",
    },
  });
  const committeeIds = { noerrebro: noerrebro.id, moerkhoej: moerkhoej.id };

  const planGoalIdByCode = new Map<string, string>();
  const nGoals = [
    ["SOC", "Social bæredygtighed", "Nørrebro skal være en socialt bæredygtig bydel."],
    ["REAL", "Realkompetenceudvikling", "Borgernes kompetencer skal ses og udvikles."],
    ["ARB", "Lige adgang til arbejdsmarkedet", "Flere skal have lige adgang til uddannelse og job."],
    ["ENS", "Kampen mod ensomhed", "Færre skal være ufrivilligt ensomme."],
    ["UDS", "Social udsathed", "Bydelens socialt udsatte skal støttes."],
  ] as const;
  const nPlan = await tx.districtPlan.create({
    data: {
      id: "demo-plan-noerrebro",
      committeeId: noerrebro.id,
      kind: "BYDELSPLAN",
      title: "Bydelsplan for Nørrebro 2025–2028",
      periodText: "2025–2028",
      startYear: 2025,
      endYear: 2028,
    },
  });
  for (const [i, [code, title, description]] of nGoals.entries()) {
    const g = await tx.planGoal.create({ data: { planId: nPlan.id, code, title, description, position: i } });
    planGoalIdByCode.set(code, g.id);
  }
  const mPlan = await tx.districtPlan.create({
    data: {
      id: "demo-plan-moerkhoej",
      committeeId: moerkhoej.id,
      kind: "PROGRAM",
      title: "Program for social balance i Mørkhøj",
      periodText: "2019–2022",
      startYear: 2019,
      endYear: 2022,
    },
  });
  const mGoalTitles = [
    "Social og kulturel sammenhængskraft",
    "Stærke fællesskaber",
    "Styregruppens indsatsområder",
    "Lokale samarbejder og forankring",
    "Behov opstået nedefra",
  ];
  for (const [i, title] of mGoalTitles.entries()) {
    const g = await tx.planGoal.create({ data: { planId: mPlan.id, code: `M${i + 1}`, title, position: i } });
    planGoalIdByCode.set(`M${i + 1}`, g.id);
  }
  return { noerrebro, moerkhoej, committeeIds, planGoalIdByCode };
}

/** A funds year with its first budget, which is also the first row of the budget's history. */
const budgetYear = (year: number, kroner: number) => ({
  year,
  budgetOre: kr(kroner),
  budgetChanges: { create: [{ budgetOre: kr(kroner), previousOre: null, note: "Budget vedtaget" }] },
});

export async function seedPools(tx: Tx, committees: { noerrebro: string; moerkhoej: string }) {
  const nPool = await tx.pool.create({
    data: {
      id: "demo-pool-noerrebro",
      committeeId: committees.noerrebro,
      name: "Nørrebro Lokaludvalgs puljemidler",
      description: "Lokaludvalgets årlige pulje til lokale initiativer og egne projekter.",
      advanceSharePct: 50,
      auditorLimitOre: kr(200_000),
      accountsDeadlineMonths: 1,
      years: {
        create: [2024, 2025, 2026, 2027].map((year) => budgetYear(year, year === 2027 ? 3_000_000 : 3_200_000)),
      },
    },
    include: { years: true },
  });
  const mPool = await tx.pool.create({
    data: {
      id: "demo-pool-moerkhoej",
      committeeId: committees.moerkhoej,
      name: "Puljen til social balance",
      years: {
        create: [
          [2019, 477_500],
          [2020, 930_000],
          [2021, 630_000],
          [2022, 472_500],
        ].map(([year, amount]) => budgetYear(year!, amount!)),
      },
    },
    include: { years: true },
  });
  const nYear = (y: number) => nPool.years.find((p) => p.year === y)!.id;
  return { nPool, mPool, nYear };
}
