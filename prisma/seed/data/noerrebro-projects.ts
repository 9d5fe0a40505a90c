// ../shared/seeds/noerrebro-*.txt as structured projects, in their own words.
import type { ProjectDocument } from "@/lib/projects/document";

const kr = (n: number) => n * 100;
const h = (n: number) => n * 60;

export const boligsocialKonference: ProjectDocument = {
  id: "demo-project-boligsocial",
  slug: "fremtidens-boligsociale-indsats",
  kind: "INTERNAL",
  title: "Fremtidens boligsociale indsats",
  status: "HELD",
  ownerBody: "Nørrebro Lokaludvalg",
  workingGroupText: "Integration, beskæftigelse, social og sundhed",
  periodText: "Marts 2025",
  startDate: "2025-03-01",
  endDate: "2025-03-31",
  purpose:
    "At opsamle erfaring fra den boligsociale indsats, samt komme med ideer til indsatser og organisering af det " +
    "fremtidige boligsociale arbejde.",
  description: [
    'Det boligsociale projekt "NørrebroByggerne" stopper med udgangen af 2025. Der skal derfor søges om en ' +
      "ny eller fortsat indsats.",
    "Derfor indkalder Lokaludvalget til en ét-dages konference med formål at evaluere på hvilke indsatser, der " +
      "ønskes fortsat og hvilke nye indsatser der ønskes igangsat.",
    "Der ønskes oplæg fra eksperter både lokale, fra kommunen og eksterne.",
  ].join("\n\n"),
  secretariatHoursEstimate: h(20),
  secretariatHoursText: "Groft anslået timeantal på samlet bistand fra sekretariatet: 20",
  people: [
    { role: "RESPONSIBLE", name: "Jesper Langebæk", userEmail: "medlem2@example.dk" },
    { role: "RESPONSIBLE", name: "Lene E. Nielsen", userEmail: "medlem3@example.dk", uncertain: true },
    { role: "RESPONSIBLE", name: "Trine O. Hansen", userEmail: "medlem1@example.dk" },
    { role: "RESPONSIBLE", name: "Tobias B. Gregory", userEmail: "medlem4@example.dk" },
  ],
  planGoalCodes: ["SOC", "UDS"],
  criteria: [
    {
      kind: "RANGE",
      label: "Antal deltagere",
      text: "Antal deltagere: 30-40",
      unit: "deltagere",
      targetMin: 30_000,
      targetMax: 40_000,
      measurements: [{ measuredOn: "2025-03-20", value: 36_000, text: "36 deltagere på konferencen" }],
    },
    {
      kind: "QUALITATIVE",
      label: "Samarbejdspartnere",
      text: "Samarbejdspartnere: Forvaltninger, institutioner, almene boliger, foreninger.",
    },
    {
      kind: "DELIVERABLE",
      label: "Udbytte",
      text:
        "Udbytte: En gennemarbejdet og fælles ansøgning om nyt boligsocialt projekt i relevante almene " +
        "boligafdelinger i bydelen.",
    },
  ],
  partners: [
    { name: "Socialforvaltningen" },
    { name: "Børne- og Ungdomsforvaltningen" },
    { name: "Kultur- og Fritidsforvaltningen" },
    { name: "Sikker By" },
    { name: "Skoler, Fritidsklubber og KKFOer." },
    { name: "Almene boligafdelinger/almment netværk." },
    { name: "Idrætsklubber og -projekter." },
    { name: "Områdefornyelserne." },
  ],
  communication: [
    { phase: "BEFORE", text: "Planlægning, indkaldelse" },
    { phase: "DURING_AFTER", text: "Sikre at der afsendes en samlet ansøgning fra Nørrebro." },
  ],
  timeline: [
    { precision: "MONTH", year: 2025, period: 1, title: "Udarbejdelse af program for konferencen.", done: true },
    { precision: "MONTH", year: 2025, period: 1, title: "Oplægsholdere.", done: true },
    { precision: "MONTH", year: 2025, period: 1, title: "Anden praktik", done: true },
    {
      precision: "MONTH",
      year: 2025,
      period: 2,
      title: "Indkaldelse af relevante parter til konferencen.",
      done: true,
    },
    { precision: "MONTH", year: 2025, period: 2, title: "Aftaler med oplægsholdere:", done: true },
    {
      precision: "MONTH",
      year: 2025,
      period: 3,
      title: "Gennemførelse af konference, referat, udarbejde ny ansøgning, anden opfølgning",
      done: true,
    },
  ],
  work: {
    roles: [{ label: "Sekretariat", isSecretariat: true }, { label: "NLU-medlemmer" }, { label: "Samarbejdspartnere" }],
    rows: [
      { label: "Forberedelse", cells: [h(10), h(10), h(10)] },
      { label: "Gennemførelse", cells: [h(5), h(25), h(25)] },
      { label: "Opfølgning", cells: [h(5), h(5), h(10)] },
    ],
  },
  budgetNote: "Budget for afholdelse af projektet:",
  budget: [
    { label: "Oplægsholdere", amountOre: kr(15_000), amountText: "15.000 kr." },
    { label: "Mad, diverse", amountOre: kr(5_000), amountText: "5.000 kr." },
    { label: "Grafik, kommunikation", amountOre: kr(7_500), amountText: "7.500 kr." },
  ],
  funding: [{ kind: "POOL", name: "Nørrebro Lokaludvalgs puljemidler", amountOre: kr(27_500), year: 2025, pool: true }],
};

export const deStemmerViGlemmer: ProjectDocument = {
  id: "demo-project-stemmer",
  slug: "de-stemmer-vi-glemmer",
  kind: "INTERNAL",
  title: "De stemmer vi glemmer - en hyldest til en stærk social indsats",
  status: "RUNNING",
  ownerBody: "Nørrebro Lokaludvalg",
  periodText: "Maj 2024",
  startDate: "2024-05-01",
  endDate: "2024-05-31",
  purpose: "Støtte og hylde en social indsats på Nørrebro",
  description: [
    "Nørrebro repræsenterer mange forskellige mennesker og bærer præg af mangfoldighed. Samtidig ved vi, at der " +
      "er mange udsatte mennesker, som bor og lever på Nørrebro og mange organisationer, som hver dag arbejder for " +
      "at skabe de bedst muligt rammer for de mennesker, der ikke altid har en synlig stemme. Ifølge os, er de " +
      "sociale organisationer fuldstændig afgørende for arbejdet med social udsathed på Nørrebro og vi mener det " +
      "vil være et stærkt signal at sende, hvis vi prioriterer en særlig social indsats og fokuserer vores midler.",
    "Med udgangspunkt i bydelsplanen vil vi gerne arbejde for at Nørrebro bliver socialt bæredygtig. Et led i " +
      "det, er at understøtte og synliggøre bydelens sociale aktørers indsatser, der er med til at løfte " +
      "lokalsamfundet.",
    "Projektet består af 2 dele:",
    "1. Synliggørelse via af portrætter på facebook af de sociale aktører i bydelen, én gang om måneden.\n2. " +
      "Støtte til en lokal social indsats med 50.000 kr., som den sociale aktør kan bruge til at løfte en indsats.",
    "Vi vil starte med at danne os et overblik over bydelens sociale foreninger og aktører. Alle sociale " +
      "foreninger og aktører modtager information om muligheden for at modtage 50.000 kr. til en lokal social " +
      "indsats.",
    "Vi nedsætter et udvalg på lokaludvalgsmødet i marts, der er med til at udvælge, hvilken indsats (blandt " +
      "ansøgerne) der skal modtage de 50.000 kr. Det skal være en indsats som spiller sammen med nogle af de mål, " +
      "vi har sat i Bydelsplanen. Dvs. at kriterierne for udvælgelsen er om indsatsen understøtter social " +
      "bæredygtighed, realkompetenceudvikling, lige adgang til arbejdsmarkedet, kampen mod ensomhed, eller social " +
      "udsathed mm. På den måde kan vi med dette projekt understøtte at en social indsats måske kan vokse og/eller " +
      "udvikles.",
    "Når feltet er indsnævret til 3-5 indsatser, besøger vi dem for at blive yderligere oplyst med henblik på at " +
      "finde den rigtige modtager af støtten. I denne forbindelse vil vi dokumentere de forskellige besøg og dermed " +
      "oplyse om indsatserne.",
    "Projektet skal køre i foråret, så den sociale aktør, der modtager midlerne kan afvikle indsatsen inden for " +
      "indeværende år.",
  ].join("\n\n"),
  secretariatHoursEstimate: h(50),
  secretariatHoursText: "Groft anslået timeantal på samlet bistand fra sekretariatet: 50",
  people: [
    { role: "RESPONSIBLE", name: "Trine Otto Hansen", userEmail: "medlem1@example.dk" },
    { role: "PARTICIPANT", name: "Line Bach Holm", userEmail: "medlem5@example.dk" },
  ],
  planGoalCodes: ["SOC", "REAL", "ARB", "ENS", "UDS"],
  criteria: [
    {
      kind: "MINIMUM",
      label: "Screening",
      text: "Screene mindst 15 sociale indsatser på Nørrebro og sende informationer ud",
      unit: "sociale indsatser",
      targetMin: 15_000,
      measurements: [{ measuredOn: "2026-02-01", value: 18_000, text: "18 ansøgninger modtaget" }],
    },
    {
      kind: "DELIVERABLE",
      label: "Vurderingssystem",
      text: "Lave et vurderingssystem, så udvælgelsen af modtageren af støtten, understøtter mål sat i bydelsplanen",
      measurements: [{ measuredOn: "2026-01-15", achieved: true, text: "Vurderingsskema med fem kriterier vedtaget" }],
    },
    {
      kind: "QUALITATIVE",
      label: "Udbytte",
      text: "Udbytte: Hyldest og synliggørelse af de sociale aktører på Nørrebro",
    },
  ],
  partners: [{ name: "De sociale aktører/indsatser på Nørrebro" }],
  communication: [
    {
      phase: "BEFORE",
      text: "Oplysning om muligheden for at søge de 50.000 kr. på hjemmesiden, via mails til netværk og på facebook",
      channels: ["hjemmeside", "e-mail", "facebook"],
    },
    { phase: "DURING_AFTER", text: "Løbende portrætter af indsatser på facebook", channels: ["facebook"] },
  ],
  timeline: [
    { precision: "UNDATED", title: "Screene og kortlægge sociale indsatser og aktører på Nørrebro", done: true },
    { precision: "UNDATED", title: "Lave månedlige portrætter til Facebook" },
    {
      precision: "UNDATED",
      title: "Lave et vurderingssystem som skal hjælpe i udvælgelsen af en indsats/ forening.",
      done: true,
    },
    { precision: "UNDATED", title: "Besøge 3-5 foreninger" },
    { precision: "UNDATED", title: "Evaluering" },
  ],
  work: {
    roles: [{ label: "Sekretariat", isSecretariat: true }, { label: "NLU medlemmer" }],
    rows: [
      { label: "Screene foreninger", cells: ["X", "X"] },
      { label: "Portrætter til Facebook", cells: ["X", null] },
      { label: "Evaluering", cells: ["X", "X"] },
    ],
  },
  secretariatTasks: ["Screene foreninger", "Portrætter til Facebook", "Evaluering"],
  budgetNote: "Budget for afholdelse af projektet:",
  budget: [
    {
      label: "Støtte til en social indsats",
      groupLabel: "Udgifter",
      amountText: "60.000 kr.",
      children: [
        { label: "til grafik, flyer m.m.", amountOre: kr(10_000), amountText: "10.000" },
        { label: "direkte til indsatsen", amountOre: kr(50_000), amountText: "50.000" },
      ],
    },
  ],
  funding: [
    { kind: "POOL", name: "Nørrebro Lokaludvalgs puljemidler", amountOre: kr(60_000), year: 2026, pool: true },
    {
      kind: "PASS_THROUGH",
      name: "Den sociale aktør, der udvælges",
      amountOre: kr(50_000),
      note: "50.000 direkte til indsatsen",
    },
  ],
};
