// Recognising section headings in the committees' own words, including
// variants and the garbled letters of scanned documents ("@konomi", "M&l",
// "Formael"). Pure.

export const parts = [
  "title",
  "people",
  "workingGroup",
  "purpose",
  "period",
  "description",
  "background",
  "goals",
  "targetGroups",
  "criteria",
  "partners",
  "communication",
  "timeline",
  "work",
  "workTable",
  "budget",
  "effect",
  "followUp",
  "anchoring",
  "responsibility",
  "interventions",
  "secretariatTasks",
  "staffing",
] as const;
export type Part = (typeof parts)[number];

/** Known headings per typed part: the example forms' words and other committees' variants. */
const headingVariants: Record<Part, readonly string[]> = {
  title: ["Navn på projektet", "Projektnavn", "Projektets navn", "Titel", "Projektets titel", "Projekttitel", "Navn"],
  people: [
    "Ansvarligt medlem",
    "Ansvarligt medlem(mer)",
    "Ansvarlige medlemmer",
    "Ansvarlige",
    "Projektansvarlig",
    "Tovholder",
    "Tovholdere",
    "Kontaktperson",
  ],
  workingGroup: [
    "Deltagere fra arbejdsgruppen",
    "Deltagere i projektgruppen",
    "Arbejdsgruppe",
    "Projektgruppe",
    "Deltagere",
  ],
  purpose: [
    "Formål med projektet",
    "Formål",
    "Hvad vil vi opnå med projektet?",
    "Hvad vil vi opnå",
    "Projektets formål",
  ],
  period: ["Dato for afholdelse af projektet", "Periode", "Tidsrum", "Projektperiode", "Hvornår"],
  description: [
    "Beskrivelse af projektet",
    "Beskrivelse",
    "Projektbeskrivelse",
    "Indhold",
    "Hvad skal der ske?",
    "Beskrivelse af indsats",
    "Beskrivelse af indsatsen",
  ],
  background: ["Baggrund", "Hvorfor", "Baggrund for projektet", "Hvorfor skal projektet gennemføres?"],
  goals: ["Mål", "Målene er", "Mål og forventede resultater", "Forventede resultater", "Mål for projektet", "Delmål"],
  targetGroups: ["Målgruppe", "Målgrupper", "Hvem er projektet for?"],
  criteria: ["Succeskriterier", "Succeskriterie", "Succeskriterier og måling", "Hvornår er projektet en succes?"],
  partners: ["Samarbejdspartnere", "Partnere", "Samarbejde"],
  communication: ["Kommunikationsstrategi", "Kommunikation", "Kommunikationsplan"],
  timeline: ["Tidsplan/milepæle", "Tidsplan", "Milepæle", "Tids- og handleplan", "Handleplan"],
  work: ["Arbejdsfordeling", "Ressourcer", "Sekretariatets ressourcer"],
  workTable: ["Opgavefordeling", "Opgave fordeling"],
  budget: ["Økonomi", "Budget", "Budget for afholdelse af projektet", "Økonomi og budget", "Finansiering"],
  effect: ["Effekt", "Effekter", "Forventet effekt"],
  followUp: ["Opfølgning", "Programopfølgning og evaluering", "Evaluering", "Opfølgning og evaluering"],
  anchoring: ["Forankring", "Forankring og videreførelse"],
  responsibility: ["Programansvar", "Ansvar", "Projektansvar", "Organisering"],
  interventions: ["Programmets elementer", "Indsatser", "Elementer"],
  secretariatTasks: ["Sekretariatets opgaver", "Sekretariatsbistand"],
  staffing: ["Bemanding", "Ansættelse", "Stillinger"],
};

/** Letters folded so that scanned variants meet their originals: æ/ae, ø/o/@, å/aa/&. */
export function skeleton(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/[ø@ö]/g, "o")
    .replace(/å|aa|&/g, "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]/g, "");
}

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

const table = parts.flatMap((part) => headingVariants[part].map((v) => ({ part, key: skeleton(v) })));

/** The part a heading names, allowing a scanner's slip or two in longer words; null when none. */
export function matchHeading(text: string): Part | null {
  // A heading is short; a long line is not read letter by letter for one.
  if (text.length > 200) return null;
  const key = skeleton(text);
  if (key.length < 3 || key.length > 60) return null;
  let best: { part: Part; d: number } | null = null;
  for (const entry of table) {
    const allowed = entry.key.length >= 12 ? 2 : entry.key.length >= 6 ? 1 : 0;
    const d = Math.abs(entry.key.length - key.length) > allowed ? allowed + 1 : editDistance(key, entry.key);
    if (d <= allowed && (!best || d < best.d)) best = { part: entry.part, d };
  }
  return best?.part ?? null;
}

const formTitles = ["projektbeskrivelse", "projektbekrivelse", "programdokument", "projektkort", "ansogning"];

/** Words that name the form itself ("PROJEKTBESKRIVELSE", "Programdokument"): kept, not a section. */
export function isFormTitle(text: string): boolean {
  if (text.length > 200) return false;
  const key = skeleton(text);
  return formTitles.some((k) => Math.abs(k.length - key.length) <= 2 && editDistance(key, k) <= 2);
}
