// Each committee's own form as data: headings in its own words and order.
import type { SectionPart } from "../../../lib/generated/prisma/enums";

export type TemplateSeed = {
  id: string;
  name: string;
  formTitle: string;
  projectKind: "INTERNAL" | "PROGRAMME";
  sections: { part: SectionPart; heading: string; inline?: boolean; helpText?: string; required?: boolean }[];
};

const noerrebroSections = (responsible: string, participants: string): TemplateSeed["sections"] => [
  { part: "TITLE", heading: "Navn på projektet", inline: true, required: true },
  { part: "PEOPLE", heading: responsible, inline: true },
  { part: "WORKING_GROUP", heading: participants, inline: true },
  { part: "PURPOSE", heading: "Formål med projektet", inline: true, required: true },
  { part: "PERIOD", heading: "Dato for afholdelse af projektet", inline: true },
  { part: "DESCRIPTION", heading: "Beskrivelse af projektet" },
  {
    part: "SUCCESS_CRITERIA",
    heading: "Succeskriterier",
    helpText: "Skriv målbare kriterier: antal, interval, andel eller et konkret udbytte.",
  },
  { part: "PARTNERS", heading: "Samarbejdspartnere", inline: true },
  { part: "COMMUNICATION", heading: "Kommunikationsstrategi", inline: true, helpText: "Før: … Under/efter: …" },
  { part: "TIMELINE", heading: "Tidsplan/milepæle" },
  {
    part: "WORK_DISTRIBUTION",
    heading: "Arbejdsfordeling",
    helpText: "Groft anslået timeantal på samlet bistand fra sekretariatet",
  },
  { part: "BUDGET", heading: "Økonomi", helpText: "Budget for afholdelse af projektet:" },
];

export const noerrebroTemplate2025: TemplateSeed = {
  id: "demo-template-noerrebro-2025",
  name: "Nørrebro Lokaludvalg – projektbeskrivelse (2025)",
  formTitle: "PROJEKTBEKRIVELSE",
  projectKind: "INTERNAL",
  sections: noerrebroSections("Ansvarligt medlem(mer)", "Deltagere fra arbejdsgruppen"),
};

export const noerrebroTemplate2024: TemplateSeed = {
  id: "demo-template-noerrebro-2024",
  name: "Nørrebro Lokaludvalg – projektbeskrivelse (2024)",
  formTitle: "PROJEKTBEKRIVELSE",
  projectKind: "INTERNAL",
  sections: noerrebroSections("Ansvarligt medlem", "Deltagere i projektgruppen"),
};

export const gladsaxeTemplate: TemplateSeed = {
  id: "demo-template-gladsaxe-program",
  name: "Gladsaxe Kommune – programdokument",
  formTitle: "Programdokument:",
  projectKind: "PROGRAMME",
  sections: [
    { part: "TITLE", heading: "", required: true },
    { part: "BACKGROUND", heading: "Baggrund" },
    { part: "PURPOSE", heading: "Formål" },
    { part: "GOALS", heading: "Målene er, at:" },
    { part: "TARGET_GROUPS", heading: "Målgruppe" },
    { part: "INTERVENTIONS", heading: "Programmets elementer" },
    { part: "STAFFING", heading: "Programplan" },
    { part: "ANCHORING", heading: "" },
    { part: "QUARTER_PLAN", heading: "Programindsats" },
    { part: "BUDGET", heading: "Økonomi", helpText: "Fra social balance-puljen:" },
    { part: "EVALUATION", heading: "Programopfølgning og evaluering" },
    { part: "RESPONSIBILITY", heading: "Programansvar" },
  ],
};
