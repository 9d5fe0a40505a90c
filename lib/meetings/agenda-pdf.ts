import "server-only";
import PDFDocument from "pdfkit";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/translator";
import { utcToCopenhagenLocal } from "@/lib/calls/model";

// The agenda on A4 in the committee's style: its name (and logo), the head (date, time, place), who is invited,
// then each item numbered with Sagsfremstilling, Indstilling and who leaves the room. Helvetica covers æøå.

export type AgendaForPrint = {
  committee: string;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  venue: string;
  attendees: readonly { name: string; title: string }[];
  items: readonly {
    number: number;
    title: string;
    body: string;
    recommendation: string;
    lateReason: string | null;
    conflicts: readonly string[];
  }[];
};

const margin = 50;

/** "18.00" in Danish time ("18:00" in English). */
const clock = (date: Date, locale: Locale) => {
  const hm = utcToCopenhagenLocal(date).slice(11, 16);
  return locale === "da" ? hm.replace(":", ".") : hm;
};

export function agendaPdf(a: AgendaForPrint, t: Translator, locale: Locale, logo: Buffer | null): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin,
    info: { Title: `${t("meetings.pdf.heading")}: ${a.title}`, Subject: a.committee, Creator: "Lokalpulje" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  if (logo) {
    try {
      doc.image(logo, doc.page.width - margin - 120, margin, { fit: [120, 60] });
    } catch {
      // A logo PDFKit cannot read is left out; the committee's name still heads the page.
    }
  }
  doc.font("Helvetica-Bold").fontSize(11).fillColor("#444").text(a.committee.toUpperCase(), { width: 330 });
  doc.font("Helvetica-Bold").fontSize(18).fillColor("#000").text(t("meetings.pdf.heading"), { width: 330 });
  doc.font("Helvetica-Bold").fontSize(13).text(a.title, { width: 330 }).moveDown(0.5);
  const head = [
    t("meetings.pdf.date", { date: formatDate(a.startsAt, locale) }),
    t("meetings.pdf.time", {
      start: clock(a.startsAt, locale),
      hasEnd: a.endsAt ? "yes" : "no",
      end: a.endsAt ? clock(a.endsAt, locale) : "",
    }),
    ...(a.venue ? [t("meetings.pdf.venue", { venue: a.venue })] : []),
  ];
  doc.font("Helvetica").fontSize(10.5).text(head.join("\n")).moveDown(1);
  doc.font("Helvetica-Bold").fontSize(12).text(t("meetings.pdf.invited")).moveDown(0.2);
  const invited = a.attendees.map((p) => (p.title ? `${p.name} (${p.title})` : p.name));
  doc.font("Helvetica").fontSize(10.5);
  if (invited.length) doc.list(invited, { bulletRadius: 1.5, paragraphGap: 2 });
  else doc.text(t("meetings.pdf.noneInvited"));
  doc.moveDown(1);
  for (const item of a.items) {
    if (doc.y > doc.page.height - margin - 80) doc.addPage();
    doc
      .font("Helvetica-Bold")
      .fontSize(13)
      .text(t("meetings.agenda.numbered", { number: item.number, title: item.title }))
      .moveDown(0.2);
    doc.font("Helvetica").fontSize(10.5);
    if (item.lateReason) doc.font("Helvetica-Oblique").text(t("meetings.agenda.late", { reason: item.lateReason }));
    for (const name of item.conflicts) doc.font("Helvetica-Oblique").text(t("meetings.agenda.leavesRoom", { name }));
    const part = (heading: string, text: string) => {
      if (!text.trim()) return;
      doc.moveDown(0.3).font("Helvetica-Bold").fontSize(11).text(heading);
      doc.font("Helvetica").fontSize(10.5).text(text, { paragraphGap: 4 });
    };
    part(t("meetings.agenda.case"), item.body);
    part(t("meetings.agenda.recommendation"), item.recommendation);
    doc.moveDown(1);
  }
  doc.end();
  return done;
}
