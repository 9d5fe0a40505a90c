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
  "owner",
  "evaluation",
  "funding",
  "status",
] as const;
export type Part = (typeof parts)[number];

/** Known headings per typed part: the example forms' words and other committees' variants. */
const headingVariants: Record<Part, readonly string[]> = {
  title: [
    "Navn på projektet",
    "Projektnavn",
    "Projektets navn",
    "Titel",
    "Projektets titel",
    "Projekttitel",
    "Navn",
    "Hvad hedder projektet?",
  ],
  people: [
    "Ansvarligt medlem",
    "Ansvarligt medlem(mer)",
    "Ansvarlige medlemmer",
    "Ansvarlige",
    "Projektansvarlig",
    "Projektansvarlige",
    "Projektleder",
    "Tovholder",
    "Tovholdere",
    "Kontaktperson",
    "Kontaktpersoner",
    "Hvem står bag projektet?",
    "Hvem er ansvarlige?",
    "Hvem er ansvarlig?",
  ],
  workingGroup: [
    "Deltagere fra arbejdsgruppen",
    "Deltagere i projektgruppen",
    "Arbejdsgruppe",
    "Arbejdsgruppen",
    "Projektgruppe",
    "Projektgruppen",
    "Deltagere",
  ],
  purpose: [
    "Formål med projektet",
    "Formål",
    "Hvad vil vi opnå med projektet?",
    "Hvad vil vi opnå",
    "Hvad vil I opnå",
    "Projektets formål",
    "Hvad er formålet",
  ],
  period: [
    "Dato for afholdelse af projektet",
    "Periode",
    "Tidsrum",
    "Projektperiode",
    "Hvornår",
    "Dato",
    "Tidsperiode",
    "Varighed",
  ],
  description: [
    "Beskrivelse af projektet",
    "Beskrivelse",
    "Projektbeskrivelse",
    "Indhold",
    "Hvad skal der ske?",
    "Beskrivelse af indsats",
    "Beskrivelse af indsatsen",
    "Aktiviteter",
    "Hvad går projektet ud på?",
    "Hvad vil I lave?",
    "Hvad vil vi lave?",
  ],
  background: ["Baggrund", "Hvorfor", "Baggrund for projektet", "Hvorfor skal projektet gennemføres?", "Behov"],
  goals: [
    "Mål",
    "Målene er",
    "Mål og forventede resultater",
    "Forventede resultater",
    "Mål for projektet",
    "Delmål",
    "Resultater",
  ],
  targetGroups: ["Målgruppe", "Målgrupper", "Hvem er projektet for?", "Hvem henvender projektet sig til?"],
  criteria: [
    "Succeskriterier",
    "Succeskriterie",
    "Succeskriterier og måling",
    "Hvornår er projektet en succes?",
    "Succesmål",
    "Hvordan ved vi, at det er lykkedes?",
    "Hvordan ved I, at det er lykkedes?",
  ],
  partners: [
    "Samarbejdspartnere",
    "Partnere",
    "Samarbejde",
    "Samarbejdsparter",
    "Hvem samarbejder I med?",
    "Hvem samarbejder vi med?",
  ],
  communication: ["Kommunikationsstrategi", "Kommunikation", "Kommunikationsplan", "Formidling", "Markedsføring"],
  timeline: [
    "Tidsplan/milepæle",
    "Tidsplan",
    "Milepæle",
    "Milepælsplan",
    "Tids- og handleplan",
    "Handleplan",
    "Tids- og aktivitetsplan",
  ],
  work: [
    "Arbejdsfordeling",
    "Ressourcer",
    "Sekretariatets ressourcer",
    "Sekretariatets timer",
    "Timeforbrug",
    "Timer fra sekretariatet",
    "Timeforbrug i sekretariatet",
    "Sekretariatets timeforbrug",
    "Forventet tidsforbrug",
    "Tidsforbrug",
  ],
  workTable: ["Opgavefordeling", "Opgave fordeling"],
  budget: [
    "Økonomi",
    "Budget",
    "Budget for afholdelse af projektet",
    "Økonomi og budget",
    "Hvad koster det?",
    "Hvad koster projektet?",
    "Budget og økonomi",
    "Udgifter",
  ],
  effect: ["Effekt", "Effekter", "Forventet effekt", "Virkning"],
  followUp: [
    "Opfølgning",
    "Programopfølgning og evaluering",
    "Opfølgning og evaluering",
    "Hvordan følger I op?",
    "Hvordan følger vi op?",
  ],
  anchoring: [
    "Forankring",
    "Forankring og videreførelse",
    "Videreførelse",
    "Hvad sker der bagefter?",
    "Hvem skal føre det videre?",
  ],
  responsibility: ["Programansvar", "Ansvar", "Projektansvar", "Organisering", "Ansvarsfordeling"],
  interventions: ["Programmets elementer", "Indsatser", "Elementer"],
  secretariatTasks: ["Sekretariatets opgaver", "Sekretariatsbistand", "Opgaver for sekretariatet"],
  staffing: ["Bemanding", "Ansættelse", "Stillinger"],
  owner: ["Udvalg", "Ejer", "Projektejer", "Ansvarligt udvalg", "Indstillende udvalg", "Lokaludvalg"],
  evaluation: ["Evaluering", "Evalueringsplan", "Hvordan evaluerer I?"],
  funding: ["Finansiering", "Medfinansiering", "Anden finansiering", "Egenfinansiering"],
  status: ["Status", "Statusrapport", "Status på projektet"],
};

/** The form's section each part prints in (lib/templates), for a template read from a blank form. */
export const sectionPartOf: Record<Part, string> = {
  title: "TITLE",
  people: "PEOPLE",
  workingGroup: "WORKING_GROUP",
  purpose: "PURPOSE",
  period: "PERIOD",
  description: "DESCRIPTION",
  background: "BACKGROUND",
  goals: "GOALS",
  targetGroups: "TARGET_GROUPS",
  criteria: "SUCCESS_CRITERIA",
  partners: "PARTNERS",
  communication: "COMMUNICATION",
  timeline: "TIMELINE",
  work: "WORK_DISTRIBUTION",
  workTable: "WORK_DISTRIBUTION",
  budget: "BUDGET",
  effect: "EFFECT",
  followUp: "FOLLOW_UP",
  anchoring: "ANCHORING",
  responsibility: "RESPONSIBILITY",
  interventions: "INTERVENTIONS",
  secretariatTasks: "SECRETARIAT_TASKS",
  staffing: "STAFFING",
  owner: "OWNER",
  evaluation: "EVALUATION",
  funding: "FUNDING",
  status: "STATUS",
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

/**
 * A heading as the committees write it, reduced to the words that name it:
 * numbering ("1.", "A)", "1.2"), a trailing colon or question mark and
 * parenthetical additions ("(arbejdsgruppe + tovholder)") go. Pure.
 */
export function headingWords(text: string): string {
  let t = text.trim();
  // Numbering: "1.", "1.2", "2)", "A)", "b." — a letter only with a bracket or dot and a space after it.
  t = t.replace(/^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[A-Za-zÆØÅæøå][.)])\s+/, "");
  t = t.replace(/\([^()]{0,80}\)/g, " ");
  // The trailing colon, question mark and dots, by a scan: /[\s:?.]+$/ retried from every space of a long run.
  let end = t.length;
  while (end > 0 && /[\s:?.]/.test(t[end - 1]!)) end--;
  return t.slice(0, end).replace(/\s+/g, " ").trim();
}

const tokensOf = (text: string) =>
  headingWords(text)
    .split(/[\s/–-]+/)
    .map(skeleton)
    .filter(Boolean);

/** Similarity of two skeletons: one scanner's slip from 6 letters, two from 12, none in a short word. */
function similar(a: string, b: string): boolean {
  if (a === b) return true;
  const longer = Math.max(a.length, b.length);
  const allowed = longer >= 12 ? 2 : longer >= 6 ? 1 : 0;
  if (allowed === 0 || Math.abs(a.length - b.length) > allowed) return false;
  return editDistance(a, b) <= allowed;
}

const tokenTable = parts.flatMap((part) =>
  headingVariants[part].map((v) => ({ part, key: skeleton(v), tokens: tokensOf(v) })),
);

export type HeadingMatch = { part: Part; exact: boolean };

/**
 * The part a heading names; null when none. The whole heading is compared
 * first (letters folded, a scanner's slip allowed); then its first part
 * before a slash ("Kommunikationsstrategi/Tidsplan"); then, when `loose`,
 * a heading that starts with a known one and adds a few words ("Formål med
 * vores projekt", "Hvorfor skal vi lave det?"). Loose matches are for lines
 * that look like headings by their form (a colon, a question mark, capitals,
 * a line of their own), never for prose.
 */
export function matchHeadingOf(text: string, loose = false): HeadingMatch | null {
  if (text.length > 200) return null;
  const words = headingWords(text);
  const key = skeleton(words);
  if (key.length < 3 || key.length > 80) return null;
  for (const entry of tokenTable) if (entry.key === key) return { part: entry.part, exact: true };
  for (const entry of tokenTable) if (similar(entry.key, key)) return { part: entry.part, exact: true };
  const slash = words.indexOf("/");
  if (slash > 0) {
    const head = matchHeadingOf(words.slice(0, slash), false);
    if (head) return head;
  }
  if (!loose) return null;
  const tokens = tokensOf(words);
  let best: { part: Part; n: number } | null = null;
  for (const entry of tokenTable) {
    const n = entry.tokens.length;
    if (n === 0 || n >= tokens.length || tokens.length - n > 4) continue;
    if (entry.tokens.every((t, i) => similar(t, tokens[i]!)) && (!best || n > best.n)) best = { part: entry.part, n };
  }
  return best ? { part: best.part, exact: false } : questionPart(text, tokens);
}

/** Words that say what a question-heading asks for, by the start of the word (letters folded). */
const questionWords: [string, Part][] = [
  ["formal", "purpose"],
  ["baggrund", "background"],
  ["hvorfor", "background"],
  ["malgrupp", "targetGroups"],
  ["kost", "budget"],
  ["budget", "budget"],
  ["okonomi", "budget"],
  ["udgift", "budget"],
  ["lykked", "criteria"],
  ["succes", "criteria"],
  ["samarbejd", "partners"],
  ["tidsplan", "timeline"],
  ["milepael", "timeline"],
  ["hvornar", "period"],
  ["forankr", "anchoring"],
  ["folger", "followUp"],
  ["opfolg", "followUp"],
  ["evaluer", "evaluation"],
  ["ansvarlig", "people"],
  ["kommunik", "communication"],
  ["effekt", "effect"],
  ["ske", "description"],
  ["aktivitet", "description"],
];
const questionStart = /^(hvad|hvorfor|hvem|hvordan|hvornar|hvor|hvilke|hvilken)$/;

/**
 * A question-heading no known heading matches ("Hvad er projektets formål?",
 * "Hvordan vil I måle, om det er lykkedes?"): the part its first telling word
 * names. Only for a line that starts with a question word and ends with "?".
 */
function questionPart(text: string, tokens: readonly string[]): HeadingMatch | null {
  if (!text.trim().endsWith("?") || !questionStart.test(tokens[0] ?? "") || tokens.length > 12) return null;
  for (const [i, token] of tokens.entries())
    for (const [stem, part] of questionWords)
      if ((stem === "hvorfor" || stem === "hvornar" ? i === 0 && token === stem : token.startsWith(stem)) && token)
        return { part, exact: false };
  return null;
}

/** True when the heading is, letters folded, exactly one of the known headings. */
export function isKnownHeading(text: string): boolean {
  if (text.length > 200) return false;
  const key = skeleton(headingWords(text));
  return tokenTable.some((entry) => entry.key === key);
}

/** The part a heading names, allowing a scanner's slip or two in longer words; null when none. */
export function matchHeading(text: string): Part | null {
  return matchHeadingOf(text)?.part ?? null;
}

const formTitles = [
  "projektbeskrivelse",
  "projektbekrivelse",
  "programdokument",
  "projektkort",
  "ansogning",
  "projektskema",
  "ansogningsskema",
  "skabelon",
];

/** Words that name the form itself ("PROJEKTBESKRIVELSE", "Programdokument"): kept, not a section. */
export function isFormTitle(text: string): boolean {
  if (text.length > 200) return false;
  const key = skeleton(text);
  return formTitles.some((k) => Math.abs(k.length - key.length) <= 2 && editDistance(key, k) <= 2);
}

/**
 * Above the first heading, a short line that starts with the form's name
 * ("PROJEKTBESKRIVELSE – EGNE PROJEKTER", "Ansøgning om puljemidler").
 */
export function startsWithFormTitle(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 5 || text.length > 80 || /[.?]$/.test(text.trim())) return false;
  // "Projektbeskrivelse – egne projekter", "Skolebestyrelsens projektskema": the form's name first or last.
  return [words[0], words.at(-1)].some((w) => {
    const key = skeleton(w ?? "");
    return formTitles.some((k) => Math.abs(k.length - key.length) <= 2 && editDistance(key, k) <= 2);
  });
}
