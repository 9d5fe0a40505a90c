// Fictional applicant organisations for the demo call "50.000 kr. til en
// social indsats" (all contact data is made up; e-mails are @example.dk).
export type ApplicantSeed = {
  org: string;
  cvr?: string;
  kind: "ASSOCIATION" | "INSTITUTION" | "PRIVATE_PERSON";
  contact: string;
  title: string;
  description: string;
  targetGroup: string;
  requestedKr: number;
  goals: string[];
};

export const socialCallApplicants: ApplicantSeed[] = [
  { org: "Foreningen Fællesbordet", cvr: "31000101", kind: "ASSOCIATION", contact: "Maja Sørensen", title: "Fællesspisning for ensomme ældre", description: "Ugentlig fællesspisning i kælderlokalet for ældre, der bor alene, med frivillige kokke fra kvarteret.", targetGroup: "Ældre, der bor alene", requestedKr: 50_000, goals: ["ENS", "SOC"] },
  { org: "Lektiecaféen Mimersgade", cvr: "31000102", kind: "ASSOCIATION", contact: "Ali Hassan", title: "Lektiehjælp og mentorordning", description: "Frivillige studerende giver lektiehjælp og bliver mentorer for unge i udskolingen.", targetGroup: "Unge i 7.–10. klasse", requestedKr: 45_000, goals: ["REAL", "ARB"] },
  { org: "Nørrebro Værestedet", cvr: "31000103", kind: "ASSOCIATION", contact: "Peter Nielsen", title: "Morgenmad og rådgivning for hjemløse", description: "Morgenmad tre dage om ugen med socialrådgiver til stede.", targetGroup: "Hjemløse og socialt udsatte", requestedKr: 50_000, goals: ["UDS", "SOC"] },
  { org: "Kvindenetværket Nord", cvr: "31000104", kind: "ASSOCIATION", contact: "Fatima Yilmaz", title: "Jobcafé for kvinder", description: "Hjælp til CV, ansøgninger og praktikpladser for kvinder uden for arbejdsmarkedet.", targetGroup: "Kvinder uden for arbejdsmarkedet", requestedKr: 40_000, goals: ["ARB", "REAL"] },
  { org: "Seniorbold Nørrebroparken", cvr: "31000105", kind: "ASSOCIATION", contact: "Bent Larsen", title: "Gåfodbold for seniorer", description: "Ugentlig gåfodbold og kaffe for seniorer.", targetGroup: "Seniorer", requestedKr: 15_000, goals: ["ENS"] },
  { org: "Ungdomshuset Basen", cvr: "31000106", kind: "ASSOCIATION", contact: "Sara Mikkelsen", title: "Fritidsjob-forløb for unge", description: "Forløb der klæder unge på til deres første fritidsjob, med lokale butikker som partnere.", targetGroup: "Unge 14–17 år", requestedKr: 50_000, goals: ["ARB", "UDS"] },
  { org: "Foreningen Grønne Gårde", cvr: "31000107", kind: "ASSOCIATION", contact: "Jonas Holm", title: "Fælleshaver i gårdene", description: "Beboerne anlægger og passer fælleshaver sammen.", targetGroup: "Beboere i almene boliger", requestedKr: 30_000, goals: ["SOC", "ENS"] },
  { org: "Mødrenetværket Blågården", cvr: "31000108", kind: "ASSOCIATION", contact: "Amina Khalil", title: "Mødregrupper for nybagte mødre", description: "Mødregrupper med sundhedsplejerske for mødre med lille netværk.", targetGroup: "Nybagte mødre med lille netværk", requestedKr: 35_000, goals: ["ENS", "UDS"] },
  { org: "Rådgivningen Indre Nørrebro", cvr: "31000109", kind: "ASSOCIATION", contact: "Henrik Dahl", title: "Gældsrådgivning i lokalområdet", description: "Gratis gældsrådgivning to aftener om måneden.", targetGroup: "Borgere med gæld", requestedKr: 50_000, goals: ["UDS", "SOC"] },
  { org: "Kulturforeningen Stemmer", cvr: "31000110", kind: "ASSOCIATION", contact: "Louise Berg", title: "Fortællecafé – de stemmer vi glemmer", description: "Beboere fortæller deres historier; fortællingerne bliver til en udstilling.", targetGroup: "Beboere uden en synlig stemme", requestedKr: 25_000, goals: ["SOC", "ENS"] },
  { org: "Nørrebro Cykelværksted for Alle", cvr: "31000111", kind: "ASSOCIATION", contact: "Kasper Friis", title: "Cykelværksted som praktikplads", description: "Unge ledige lærer at reparere cykler og får et praktikforløb.", targetGroup: "Unge ledige", requestedKr: 45_000, goals: ["ARB", "REAL"] },
  { org: "Sprogcaféen Nord", cvr: "31000112", kind: "ASSOCIATION", contact: "Nadia Osman", title: "Dansk sprogcafé", description: "Uformel sprogtræning med frivillige to gange om ugen.", targetGroup: "Nydanskere", requestedKr: 20_000, goals: ["REAL", "ARB"] },
  { org: "Foreningen Bydelsmødrene Nørrebro", cvr: "31000113", kind: "ASSOCIATION", contact: "Hanan Ahmed", title: "Bydelsmødre i dialog", description: "Bydelsmødre besøger isolerede kvinder og guider til kommunens tilbud.", targetGroup: "Isolerede kvinder", requestedKr: 50_000, goals: ["UDS", "ENS"] },
  { org: "Idrætsforeningen Nørrebro United", cvr: "31000114", kind: "ASSOCIATION", contact: "Mads Kjær", title: "Gratis fodbold for børn fra udsatte familier", description: "Kontingentfri plads på holdene og udstyr til børn fra udsatte familier.", targetGroup: "Børn 6–12 år fra udsatte familier", requestedKr: 40_000, goals: ["UDS", "SOC"] },
  { org: "Café Hjertestarteren", cvr: "31000115", kind: "ASSOCIATION", contact: "Eva Lund", title: "Samtalecafé om psykisk sårbarhed", description: "Et trygt mødested for borgere med psykisk sårbarhed, drevet af peers.", targetGroup: "Psykisk sårbare borgere", requestedKr: 50_000, goals: ["UDS", "ENS"] },
  { org: "Nørrebro Musikskole for Alle", cvr: "31000116", kind: "INSTITUTION", contact: "Thomas Winther", title: "Orkester for børn i boligområderne", description: "Gratis instrumentundervisning og orkester i boligområderne.", targetGroup: "Børn i almene boligområder", requestedKr: 50_000, goals: ["SOC"] },
  { org: "Frivilligcentret Nørrebro", cvr: "31000117", kind: "ASSOCIATION", contact: "Camilla Ravn", title: "Frivilligbørs for nye frivillige", description: "Matcher nye frivillige med lokale sociale foreninger.", targetGroup: "Borgere, der vil være frivillige", requestedKr: 30_000, goals: ["SOC", "REAL"] },
  { org: "Ahmad Rahimi", kind: "PRIVATE_PERSON", contact: "Ahmad Rahimi", title: "Skak i gården", description: "Skakborde og turneringer i gården for alle generationer.", targetGroup: "Alle generationer i gården", requestedKr: 8_000, goals: ["ENS"] },
];

// Small grants from the committee's pool 2025, decided and published: the
// public front page shows them.
export const decidedGrants = [
  { org: "Lokalhistorisk Forening Nørrebro", cvr: "32000201", contact: "Inge Madsen", title: "Byvandringer om Nørrebros historie", summary: "Ti gratis byvandringer for beboere, ført af frivillige lokalhistorikere. 240 deltog.", requestedKr: 25_000, grantedKr: 25_000, outcome: "GRANT" as const, goals: ["SOC", "ENS"], reasons: "" },
  { org: "Foreningen Nørrebro Repair Café", cvr: "32000202", contact: "Rasmus Bech", title: "Repair Café hver måned", summary: "Naboer reparerer ting sammen én lørdag om måneden og lærer hinanden at kende.", requestedKr: 18_000, grantedKr: 18_000, outcome: "GRANT" as const, goals: ["SOC", "REAL"], reasons: "" },
  { org: "Ungdomsklubben Mjølner", cvr: "32000203", contact: "Yasmin Said", title: "Sommerjob-messe for unge", summary: "En messe, hvor 35 lokale virksomheder mødte 400 unge, der søgte sommerjob.", requestedKr: 60_000, grantedKr: 40_000, outcome: "PARTIAL_GRANT" as const, goals: ["ARB", "REAL"], reasons: "Bevilget delvist: udgiften til lydanlæg kan lånes gratis af kommunen, og honorarer er sat ned til lokaludvalgets takst." },
  { org: "Nørrebro Seniorkor", cvr: "32000204", contact: "Jytte Olsen", title: "Korsang mod ensomhed", summary: "Et åbent kor for ældre, der bor alene, med koncert på plejehjemmene.", requestedKr: 12_000, grantedKr: 12_000, outcome: "GRANT" as const, goals: ["ENS"], reasons: "" },
  { org: "Festforeningen Gadefest", cvr: "32000205", contact: "Morten Krag", title: "Gadefest med øl-telt", summary: "", requestedKr: 80_000, grantedKr: 0, outcome: "REFUSAL" as const, goals: ["SOC"], reasons: "Afslag: puljen støtter ikke arrangementer, hvis hovedformål er salg af alkohol, og ansøgningen viser ikke, hvordan festen når bydelens udsatte borgere." },
  // Granted, but not yet published: the secretariat publishes it in the demo (and the e2e test).
  { org: "Lektiecaféen Mjølnerparken", cvr: "32000206", contact: "Amina Hussein", title: "Lektiecafé for skolebørn", summary: "", requestedKr: 30_000, grantedKr: 30_000, outcome: "GRANT" as const, goals: ["REAL", "SOC"], reasons: "", unpublished: true },
  // A private person: published without a name (no public name chosen), so the public site says "Privatperson".
  { org: "Karen Winther", kind: "PRIVATE_PERSON" as const, contact: "Karen Winther", title: "Bogbytteskab ved legepladsen", summary: "Et bogbytteskab ved legepladsen, hvor naboerne stiller bøger og tager nye med hjem.", requestedKr: 6_000, grantedKr: 6_000, outcome: "GRANT" as const, goals: ["SOC"], reasons: "" },
];
