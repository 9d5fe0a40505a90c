// The committees' forms and the three example documents as structured projects: the Nørrebro conference and
// "De stemmer vi glemmer", and the Gladsaxe programme with its interventions, approved on four funds years.
import { writeProject, type WriteContext } from "@/lib/projects/write";
import { boligsocialKonference, deStemmerViGlemmer } from "../data/noerrebro-projects";
import { moerkhoejProgramme } from "../data/gladsaxe-programme";
import { gladsaxeTemplate, noerrebroTemplate2024, noerrebroTemplate2025, type TemplateSeed } from "../data/templates";
import { d, type Tx } from "./shared";
import { secretariatId } from "./users";

async function createTemplate(tx: Tx, committeeId: string, t: TemplateSeed) {
  await tx.template.create({
    data: {
      id: t.id,
      committeeId,
      name: t.name,
      formTitle: t.formTitle,
      projectKind: t.projectKind,
      sections: {
        create: t.sections.map((s, i) => ({
          position: i,
          part: s.part,
          heading: s.heading,
          inline: s.inline ?? false,
          helpText: s.helpText ?? "",
          required: s.required ?? false,
        })),
      },
    },
  });
}

type PoolWithYears = { id: string; years: { id: string; year: number; budgetOre: bigint }[] };

export async function seedProjects(
  tx: Tx,
  ctx: {
    committeeIds: { noerrebro: string; moerkhoej: string };
    nPool: PoolWithYears;
    mPool: PoolWithYears;
    userIdByEmail: Map<string, string>;
    planGoalIdByCode: Map<string, string>;
    workingGroupId: string;
  },
) {
  const { committeeIds, nPool, mPool, userIdByEmail, planGoalIdByCode } = ctx;
  await createTemplate(tx, committeeIds.noerrebro, noerrebroTemplate2025);
  await createTemplate(tx, committeeIds.noerrebro, noerrebroTemplate2024);
  await createTemplate(tx, committeeIds.moerkhoej, gladsaxeTemplate);
  const nCtx: WriteContext = {
    committeeId: committeeIds.noerrebro,
    poolId: nPool.id,
    createdById: secretariatId,
    userIdByEmail,
    planGoalIdByCode,
    note: "Demo-data",
  };
  // The conference awaits the committee's approval, recommended "op til 27.500 kr.".
  await writeProject(
    tx,
    { ...boligsocialKonference, status: "RECOMMENDED" },
    {
      ...nCtx,
      templateId: noerrebroTemplate2025.id,
      note: "Indstillet til lokaludvalgets godkendelse med op til 27.500 kr.",
    },
  );
  await writeProject(tx, deStemmerViGlemmer, { ...nCtx, templateId: noerrebroTemplate2024.id });
  await writeProject(tx, moerkhoejProgramme, {
    committeeId: committeeIds.moerkhoej,
    poolId: mPool.id,
    templateId: gladsaxeTemplate.id,
    createdById: secretariatId,
    userIdByEmail,
    planGoalIdByCode,
  });
  await tx.project.update({
    where: { id: boligsocialKonference.id },
    data: { workingGroupId: ctx.workingGroupId, approvedAmountOre: null },
  });
  // The programme was approved once, on four funds years; the later years conditional on their budgets.
  await tx.decision.create({
    data: {
      projectId: moerkhoejProgramme.id,
      outcome: "APPROVED",
      decidingBody: "PLENARY",
      amountOre: mPool.years.reduce((sum, py) => sum + py.budgetOre, 0n),
      fundsYear: 2019,
      reasons: "",
      decidedOn: d("2019-03-28T10:00:00Z"),
      recordedById: secretariatId,
      years: {
        create: mPool.years.map((py) => ({
          poolYearId: py.id,
          year: py.year,
          amountOre: py.budgetOre,
          conditional: py.year > 2019,
        })),
      },
    },
  });
}
