// Danish-looking text of realistic lengths, from a seeded generator: titles of 30–90 characters and
// descriptions of 0,5–3 KB. Real words, nonsense sentences.

const nouns = (
  "forening fællesskab bydel kvarter gård have værksted festival koncert udstilling madklub lektiecafé " +
  "bibliotek skole børnehave ungdomsklub seniorer frivillige naboer familier børn unge ældre kunstnere " +
  "musikere idrætsforening fodboldklub svømmehal legeplads park torv gade plads beboerhus medborgerhus " +
  "kirke moské kulturhus café marked loppemarked cykelværksted dyrehold byhave nyttehave træer blomster " +
  "bænke belysning mural gavlmaleri fortælling historie byvandring sommerfest julefrokost fastelavn " +
  "sankthans workshop kursus netværk mentorordning praktik job uddannelse sprog dansk matematik " +
  "ensomhed trivsel sundhed motion bevægelse natur miljø genbrug klima affald vand energi tryghed"
).split(" ");
const verbs = (
  "skaber samler styrker udvikler inviterer åbner bygger planter maler fortæller spiller synger laver " +
  "deler lærer hjælper mødes understøtter løfter forankrer etablerer gennemfører afholder arrangerer"
).split(" ");
const adjectives = (
  "lokale nye gamle grønne sociale kreative åbne trygge stærke unge fælles frivillige sunde levende " +
  "små store bæredygtige inkluderende blandede aktive rolige glade varme lyse"
).split(" ");
const linkers = "og for med til i på om hos sammen efter gennem".split(" ");

export type Rand = () => number;

const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const between = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A title between `min` and `max` characters (30–90 by default). */
export function title(rand: Rand, min = 30, max = 90): string {
  const target = between(rand, min, max);
  let t = `${capital(pick(rand, adjectives))} ${pick(rand, nouns)}`;
  while (t.length < target) {
    const next = ` ${pick(rand, linkers)} ${pick(rand, rand() < 0.4 ? adjectives : nouns)}`;
    if (t.length + next.length > max) break;
    t += next;
  }
  // Every word is shorter than 20 characters, so topping up past `min` stays below a `max` of 50 or more.
  while (t.length < min) t += ` ${pick(rand, nouns)}`;
  return t;
}

function sentence(rand: Rand): string {
  const words = [capital(pick(rand, adjectives)), pick(rand, nouns), pick(rand, verbs)];
  const more = between(rand, 3, 12);
  for (let i = 0; i < more; i++) words.push(pick(rand, i % 3 === 0 ? linkers : i % 3 === 1 ? adjectives : nouns));
  return `${words.join(" ")}.`;
}

/** Running text of about `minBytes`–`maxBytes` bytes in UTF-8, in paragraphs. */
export function paragraphs(rand: Rand, minBytes = 500, maxBytes = 3000): string {
  const target = between(rand, minBytes, maxBytes);
  const parts: string[] = [];
  let bytes = 0;
  let paragraph: string[] = [];
  while (bytes < target) {
    const s = sentence(rand);
    paragraph.push(s);
    bytes += Buffer.byteLength(s) + 1;
    if (paragraph.length >= 5) {
      parts.push(paragraph.join(" "));
      paragraph = [];
    }
  }
  if (paragraph.length) parts.push(paragraph.join(" "));
  const text = parts.join("\n\n");
  // Trim to the upper bound on a character boundary (Danish letters take two bytes).
  let out = text;
  while (Buffer.byteLength(out) > maxBytes) out = out.slice(0, -1);
  return out;
}

const firstNames = ["Anne", "Mette", "Hanne", "Lene", "Ida", "Sofie", "Fatima", "Aisha", "Peter", "Jens", "Lars"];
const lastNames = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Larsen", "Sørensen", "Yilmaz", "Hussein"];

export const personName = (rand: Rand) => `${pick(rand, firstNames)} ${pick(rand, lastNames)}`;

export const organisationName = (rand: Rand) =>
  `${pick(rand, ["Foreningen", "Netværket", "Klubben", "Beboerforeningen", "Kulturforeningen"])} ` +
  `${capital(pick(rand, adjectives))} ${capital(pick(rand, nouns))}`;

export { between, pick };
