// ../shared/seeds/gladsaxe-moerkhoej-programdokument.txt as a programme with
// three interventions, its quarterly plan and its year × category budget.
import { formatNumber } from "../../../lib/i18n/format";
import type { ProjectDocument } from "@/lib/projects/document";

const kr = (n: number) => n * 100;
const innovator = "Indsats 1 og 2 – social innovator";
const years = [2019, 2020, 2021, 2022] as const;

function yearLine(category: string, amounts: readonly number[]) {
  return amounts.map((amount, i) => ({
    label: category,
    groupLabel: innovator,
    category,
    year: years[i],
    amountOre: kr(amount),
    amountText: amount === 0 ? "0" : formatNumber(amount),
  }));
}

const followUpQualitative =
  "Der følges kvalitativt op på effekten gennem fokusgrupper eller dialogmøder med relevante borgere og aktører i " +
  "området.";

export const moerkhoejProgramme: ProjectDocument = {
  id: "demo-project-moerkhoej",
  slug: "styrket-indsats-for-social-balance-i-moerkhoej",
  kind: "PROGRAMME",
  title: "Styrket indsats for social balance i Mørkhøj",
  status: "EVALUATED",
  ownerBody: "Styregruppen for social balance i Mørkhøj",
  periodText: "2019 K2 – 2022 K4",
  startDate: "2019-04-01",
  endDate: "2022-12-31",
  background: [
    "På baggrund af Mørkhøjanalysen 2017, som påviste, at der er områder i Mørkhøj i social ubalance baseret på " +
      "socioøkonomiske indikatorer, blev der oprettet en styregruppe for social balance i Mørkhøj. Styregruppen " +
      "bestående af lokale kommunale ledere begyndte i starten af 2018 sit virke og valgte tre indsatsområder: " +
      "Styrket forældresamarbejde, bedre fritidsmuligheder og visionen om et bydelshus eller lignende kulturelt og " +
      "socialt kraftcenter i Mørkhøj.",
    "Styregruppen for social balance i Mørkhøj har imidlertid ikke tilstrækkelige ressourcer til at gribe de " +
      "mange spirende idéer og indsatser, der skal til for at realisere ambitionen om et Mørkhøj i mere social " +
      "balance, og ønsker derfor at ansætte en projektmedarbejder – en social innovator i en tidsbegrænset " +
      "stilling, der kan medvirke til at realisere indsatserne.",
    "Den sociale innovator skal understøtte styregruppens indsatsområder og især have fokus på koblingen mellem " +
      "de kommunale institutioner og de udviklingsmuligheder, der skabes i samarbejdet med civilsamfundet. Dette " +
      "kan f.eks. være samarbejder med boligorganisationer, foreninger og andre lokale kræfter, der kan mobiliseres " +
      "i arbejdet med at skabe social balance. Den sociale innovator skal sammen med styregruppen koordinere " +
      "indsatserne, så initiativerne bliver et supplement til kommunens kernerdrift, og så de så vidt muligt " +
      "forankres lokalt i civilsamfundet.",
    "Ansættelsen af en social innovator i Mørkhøj understøtter Gladsaxe Kommunes Kultur-, Fritids- og " +
      "Idrætspolitik i forhold til at understøtte og medvirke til at skabe stærke fællesskaber, der er forankret i " +
      "lokalsamfundet. Arbejdet understøtter desuden de strategiske mål i Børne- og skolepolitikken i forhold til " +
      "at børn og unge deltager i fysiske og digitale fællesskaber og dannes til at være aktive medborgere, der " +
      "bidrager i lokalsamfundet. Indsatserne understøtter desuden ambitionerne i Gladsaxe Kommunes " +
      "medborgerskabsstrategi i forhold til at skabe lokalt engagement og samarbejder på tværs. Styregruppen for " +
      "social balance i Mørkhøj er ydermere i gang med at afdække og undersøge potentielle samarbejder med " +
      "enhederne i social- og sundhedsforvaltningen.",
  ].join("\n\n"),
  purpose:
    "Formålet med programmet er at inspirere og aktivere borgerne til at tage ansvar for hinanden og skabe gode " +
    "rammer for fællesskaber i Mørkhøj. Indsatserne skal understøtte kultur- og foreningslivet og støtte op om, at " +
    "alle borgere har mulighed for at tage del i fællesskaber. Ønsket er at give familier den bedst mulige støtte " +
    "og børn og unge mulighed for at møde rollemodeller, der inspirerer til en aktiv fritid, uddannelse og " +
    "beskæftigelse. Dette skal ske ved at understøtte og mobilisere lokale kræfter til at udvikle og drive " +
    "indsatser, der kan understøtte den sociale balance i området.",
  goals: [
    {
      kind: "GOAL",
      text:
        "Skabe større social og kulturel sammenhængskraft i området ved at bygge bro mellem lokale aktører og skabe " +
        "engagement hos lokale kræfter i civilsamfundet",
    },
    {
      kind: "GOAL",
      text:
        "Opdyrke og skabe stærke fællesskaber i Mørkhøj med særligt fokus på de grupper, som ikke er en del af et " +
        "fællesskab",
    },
    { kind: "GOAL", text: "Medvirke til at realisere styregruppens indsatsområder" },
    { kind: "GOAL", text: "Opdyrke lokale samarbejder og skabe lokal forankring af udviklingstiltag" },
    { kind: "GOAL", text: "Behov opstået nedefra imødekommes og hjælpes på vej" },
  ],
  planGoalCodes: ["M1", "M2", "M3", "M4", "M5"],
  targetGroups: [
    {
      priority: "PRIMARY",
      text:
        "Målgruppen for programmet er alle borgere i Mørkhøj, der vil være med til at styrke områdets sociale " +
        "sammenhængskraft og balance. Det er først og fremmest børn, unge og familier, som er marginaliserede, " +
        "eller som har svært ved at blive en del af et fællesskab, der skal tilgodeses i programmets aktiviteter, " +
        "men ressourcestærke borgere skal også aktiveres og understøttes i forhold til igangsætte håndholdte " +
        "indsatser der støtter op om de marginaliserede borgergrupper i Mørkhøj. Programmet skal desuden særligt " +
        "tilgodeses de mest udsatte boligområder i Mørkhøj.",
    },
  ],
  description:
    "Indsatserne skal ses i sammenhæng med styregruppens arbejde, og der kan komme flere elementer til i " +
    "programmets varighed.",
  staffing: [
    {
      title: "Social innovator",
      durationText: "3 år",
      months: 36,
      workplace: "Mørkhøj bibliotek",
      dailyLead: "filiallederen for Mørkhøj Bibliotek",
      reportsTo: "styregruppen for social balance i Mørkhøj",
      note:
        "Der ansættes en social innovator for 3 år med primær arbejdsplads på Mørkhøj bibliotek og filiallederen " +
        "for Mørkhøj Bibliotek som daglig leder. Den sociale innovator refererer til styregruppen for social " +
        "balance i Mørkhøj og bidrager til planlægningen af møderne. Den social innovators arbejde bliver " +
        "hovedsageligt arbejdet med indsats 1 og 2, eventuelt sammen med den arbejdsgruppe, der er nedsat til " +
        "indsats 2. Indsats 3 drives af styregruppens arbejdsgruppe nedsat hertil.",
    },
  ],
  anchoring: [
    "Forankringen vil foregå løbende, da meningen er, at den sociale innovator altid skal finde ejerskab for " +
      "indsatserne hos borgere, virksomheder eller kernerdrift/medarbejdere, der i forvejen agerer i området.",
    "Den sociale innovator skal bruge store dele af sin tid på at opbygge og vedligeholde relationer, og der især " +
      "fokus på dette i den første tid. Det er oplagt, at den sociale innovator lader sig inspirere af det " +
      "boligsociale arbejde, der udføres i Høje Gladsaxe og Værebros Park, og eventuelt har løbende faglig sparring " +
      "med disse medarbejdere.",
  ].join("\n\n"),
  evaluationPlan:
    "Løbende opfølgning på fremdrift og indsatser foretages af styregruppen for social balance i Mørkhøj. " +
    "Programmet følges løbende i et tæt samarbejde mellem styregruppen i Mørkhøj og BKF-chefgruppen. Der foretages " +
    "en midtvejs- og slutevaluering, som begge forelægges styregruppen for social balance i Gladsaxe Kommune. Der " +
    "vil i evalueringerne være fokus på læring, resultater og effekter. Ved indsatsernes afslutning tages stilling " +
    "til, om de skal videreføres.",
  responsibility:
    "Programejer er direktøren i Børne- og Kulturforvaltningen. Formanden for Styregruppen for Mørkhøj i social " +
    "balance er programleder og ansvarlig for implementeringen og fremdrift af indsatsområderne. SOB-enheden " +
    "understøtter arbejdet med opfølgning og udvikling af programmet.",
  people: [
    { role: "OWNER", name: "Direktøren i Børne- og Kulturforvaltningen", organisation: "Gladsaxe Kommune" },
    { role: "LEADER", name: "Formanden for Styregruppen for Mørkhøj i social balance" },
    { role: "PARTICIPANT", name: "SOB-enheden", organisation: "Gladsaxe Kommune" },
  ],
  budgetNote: "Fra social balance-puljen:",
  budget: [
    ...yearLine("Løn", [143_750, 575_000, 575_000, 431_250]),
    ...yearLine("Etableringsomkostninger", [20_000, 0, 0, 0]),
    ...yearLine("Driftudgifter, herunder telefon, uddannelse mv.", [6_250, 25_000, 25_000, 18_750]),
    ...yearLine("Aktivitetsudgifter", [7_500, 30_000, 30_000, 22_500]),
    ...[2019, 2020].map((year) => ({
      label: "Indsats 3 – Det gode forældresamarbejde",
      groupLabel: "Indsats 3 – Det gode forældresamarbejde",
      year,
      interventionSlug: "moerkhoej-indsats-3",
      amountOre: kr(300_000),
      amountText: "300.000",
    })),
  ],
  funding: [
    { kind: "POOL", name: "Puljen til social balance", amountOre: kr(2_510_000), amountText: "2.510.000", pool: true },
    { kind: "IN_KIND", name: "De decentrale institutioner betaler selv arbejdstiden (indsats 3)" },
  ],
  quarterPlan: [
    ...["1. Fællesskabende aktiviteter", "2. Bedre fritidsmuligheder"].flatMap((rowLabel, i) => {
      const interventionSlug = `moerkhoej-indsats-${i + 1}`;
      return [
        { rowLabel, interventionSlug, from: [2019, 3], to: [2019, 3], label: "Planlægning af ansættelse og indsats" },
        {
          rowLabel,
          interventionSlug,
          from: [2019, 4],
          to: [2019, 4],
          label: "Social innovator ansættes. Relationsopbygning, research, opstartsfasen",
        },
        { rowLabel, interventionSlug, from: [2020, 1], to: [2021, 4], label: "Implementering af aktiviteter" },
        {
          rowLabel,
          interventionSlug,
          from: [2022, 1],
          to: [2022, 4],
          label: "Eventuel videreførelse af social innovator i driften",
        },
      ] satisfies NonNullable<ProjectDocument["quarterPlan"]>;
    }),
    {
      rowLabel: "3. Det gode forældresamarbejde",
      interventionSlug: "moerkhoej-indsats-3",
      from: [2019, 2],
      to: [2019, 2],
      label: "Planlægning",
    },
    {
      rowLabel: "3. Det gode forældresamarbejde",
      interventionSlug: "moerkhoej-indsats-3",
      from: [2019, 3],
      to: [2020, 4],
      label: "Implementering af aktiviteter",
    },
  ],
  reports: [
    {
      kind: "MIDTERM_EVALUATION",
      periodText: "2019 K2 – 2020 K4",
      text: "Midtvejsevaluering forelagt styregruppen for social balance.",
    },
    {
      kind: "FINAL_EVALUATION",
      periodText: "2019 K2 – 2022 K4",
      text: "Slutevaluering forelagt styregruppen for social balance.",
      continuation: "Der tages stilling til videreførelse ved indsatsernes afslutning.",
    },
  ],
  children: [
    {
      id: "demo-project-moerkhoej-1",
      slug: "moerkhoej-indsats-1",
      kind: "INTERVENTION",
      title: "Fællesskabende aktiviteter i Mørkhøj",
      status: "EVALUATED",
      description:
        "Indsatsen skal skabe fællesskab og sammenhængskraft i Mørkhøj og etablere mødesteder, for de borgere, der " +
        "ikke er med i de i forvejen etablerede fællesskaber. De foreløbige idéer er fællesspisning for familier, " +
        "lektiecafé for børn og unge og generelt aktiviteter og samarbejde mellem områdets institutioner og " +
        "boligselskaber, der kan ændre livsbaner og borgerne kan inspireres til nye livsveje på tværs af " +
        "generationer. Der er forslag om at etablere Familie/Forældrekursus, forældrenetværk, læseklub for " +
        "flersprogede drenge, babybibliotek og meget mere. Den sociale innovator skal inspirere borgerne til at " +
        "tænke nyt og kreativt, i forhold til at tage ansvar for hinanden og fællesskabet. Dette kan være være " +
        "håndholdte indsatser for udsatte borgergrupper og aktiviteter for alle i Mørkhøj. Indsatser og aktiviteter " +
        "skal så vidt muligt løftes af borgerne i Mørkhøj og forankres i civilsamfundet.",
      targetGroups: [
        {
          priority: "PRIMARY",
          text:
            "Alle borgere i Mørkhøj, der vil være med til at styrke områdets sociale sammenhængskraft og balance. " +
            "Marginaliserede børn, unge og familier skal særligt tilgodeses.",
        },
      ],
      effect:
        "Flere borgeraktiviteter og fællesskaber på tværs af generationer og aktivering af udsatte grupper i området.",
      followUp: followUpQualitative,
    },
    {
      id: "demo-project-moerkhoej-2",
      slug: "moerkhoej-indsats-2",
      kind: "INTERVENTION",
      title: "Bedre fritidsmuligheder",
      status: "EVALUATED",
      description:
        "Antagelsen er, at de nuværende fritidsmuligheder i området ikke rammer alle målgrupper, og at der mangler " +
        "relevante tilbud til fx nogle unge, der opholder sig på gaden med uhensigtsmæssig opførsel. Dette " +
        "fokusområde søger derfor 1) at afdække foreningsliv og fritidsmuligheder i Mørkhøj og 2) at udbrede " +
        "information og guide til eksisterende fritidstilbud samt opstarte eller fremme nye fritidstilbud med " +
        "udgangspunkt i borgerinddragelse. Fritidstilbud kan være med til at både børn, unge og familier lærer at " +
        "mestre livet og tager aktivt del i det omkringliggende samfund. Aktiviteterne skal så vidt muligt " +
        "forankres i civilsamfundet.",
      targetGroups: [
        {
          priority: "PRIMARY",
          text:
            "Børn, unge og familier i Mørkhøj, som ikke har tilstrækkelige muligheder for et aktivt og meningsfuldt " +
            "fritidsliv.",
        },
      ],
      effect:
        "Flere børn, unge og familier har et aktivt fritidsliv, og der er etableret en bredere vifte af " +
        "fritidstilbud i Mørkhøj.",
      followUp:
        "Der følges kvalitativt op på effekten gennem fokusgrupper eller dialogmøder relevante borgere og aktører i " +
        "området.",
    },
    {
      id: "demo-project-moerkhoej-3",
      slug: "moerkhoej-indsats-3",
      kind: "INTERVENTION",
      title: "Det gode forældresamarbejde",
      status: "EVALUATED",
      purpose:
        "Formålet med indsatsen er at udvikle det gode forældresamarbejde med fælles ansvar for barnets trivsel, " +
        "udvikling, læring og dannelse. Der er særlig opmærksomhed på de børn og familier, der er i faregruppen for " +
        "marginalisering, eksklusion og lav trivsel eller fagligt udbytte. Målet er at opbygge engagement og ansvar " +
        "for samarbejdet mellem forældre, dagtilbud og skoler. Det skal ske ved at inddrage forældre i deres barns " +
        "trivsel og udvikling samt ved at inddrage forældrene i børnefællesskabernes trivsel og udvikling.",
      description:
        "Indsatsen består i første omgang i kapacitetsopbygning af områdets fagprofessionelle, hvor de får indsigt " +
        "i og viden om, hvordan de kan være med til at etablere og facilitere konstruktive forældresamarbejder. Der " +
        "arbejdes med forskellige strategier for forældre- og netværksinddragelse, og der arbejdes med de " +
        "narrativer, vi har omkring forældre og børn ud fra et ressourceorienteret perspektiv der tager afsæt i den " +
        "faglige og forskningsmæssige viden, der er inden for området. Der arbejdes med en vekselvirkning af teori " +
        "og afprøvning i professionelle læringsfællesskaber. I indsatsen indgår 100 medarbejdere fra dagtilbud, 160 " +
        "medarbejdere fra skolerne, 20 medarbejdere fra Ung i Gladsaxe og fra sundhedsplejen. Det lokale PPR team " +
        "indgår også i forløbet og er med til at sikre den videre forankring. Der er lavet en særskilt " +
        "projektbeskrivelse til dette projekt og de decentrale institutioner betaler selv arbejdstiden, og det " +
        "foreslås, at puljen til social balance finansierer kr. 600.000 til selve forløbet.",
      targetGroups: [
        {
          priority: "PRIMARY",
          text:
            "Forældre og børn med særlig opmærksomhed på og hensyn til de børn og familier, der er i faregruppen " +
            "for marginalisering, eksklusion og lav trivsel eller fagligt udbytte.",
        },
        { priority: "SECONDARY", text: "Fagprofessionelle (lærere og pædagoger)" },
      ],
      goals: [
        {
          kind: "EFFECT",
          text:
            "Forældre oplever sig som værdifulde og ligeværdige samarbejdspartnere og oplever, at de får den " +
            "guidning og vejledning, som gør dem i stand til at udfylde deres forælderrolle optimalt.",
        },
        {
          kind: "EFFECT",
          text:
            "Medarbejderne oplever, at de har værktøjer og handlemuligheder, der gør dem i stand til at understøtte " +
            "forældrene i deres rolle.",
        },
        { kind: "EFFECT", text: "Styrket forældresamarbejde og dermed øget læring og trivsel" },
        { kind: "EFFECT", text: "Nye stærke forældrenetværk og anvendelse af nye metoder i samarbejdet" },
      ],
      followUp: "Der følges op på effekterne gennem løbende samtaler med forældre og medarbejdere",
      criteria: [
        {
          kind: "MINIMUM",
          label: "Medarbejdere fra dagtilbud",
          text: "I indsatsen indgår 100 medarbejdere fra dagtilbud",
          unit: "medarbejdere",
          targetMin: 100_000,
        },
        {
          kind: "MINIMUM",
          label: "Medarbejdere fra skolerne",
          text: "160 medarbejdere fra skolerne",
          unit: "medarbejdere",
          targetMin: 160_000,
        },
        {
          kind: "MINIMUM",
          label: "Medarbejdere fra Ung i Gladsaxe og sundhedsplejen",
          text: "20 medarbejdere fra Ung i Gladsaxe og fra sundhedsplejen",
          unit: "medarbejdere",
          targetMin: 20_000,
        },
      ],
      funding: [
        {
          kind: "POOL",
          name: "Puljen til social balance",
          amountOre: kr(600_000),
          amountText: "kr. 600.000",
          pool: true,
        },
        { kind: "IN_KIND", name: "De decentrale institutioner betaler selv arbejdstiden" },
      ],
    },
  ],
};
