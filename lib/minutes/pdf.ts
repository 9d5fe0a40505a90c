import "server-only";
import PDFDocument from "pdfkit";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/translator";
import type { MinutesDocument } from "./model";

// The minutes on A4, as committees print them (see lib/projects/pdf.ts for the house's PDF style): the head, the
// attendance, the meeting's own words, then every item with its case, recommendation and decision.

const margin = 50;

/** The minutes (internal or public: the caller chooses the document) as an A4 PDF. */
export function minutesPdf(doc: MinutesDocument, t: Translator, locale: Locale, footer: string): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margin,
    info: { Title: `${t("minutes.title")}: ${doc.head.title}`, Subject: doc.head.committee, Creator: "Lokalpulje" },
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  const text = (s: string) => pdf.font("Helvetica").fontSize(10.5).text(s, { paragraphGap: 4 });
  const labelled = (label: string, value: string) =>
    pdf
      .font("Helvetica-Bold")
      .fontSize(10.5)
      .text(`${label}: `, { continued: true })
      .font("Helvetica")
      .text(value || "–", { paragraphGap: 3 });
  const heading = (s: string, size = 13) => {
    if (pdf.y > pdf.page.height - margin - 80) pdf.addPage();
    pdf.moveDown(0.5).font("Helvetica-Bold").fontSize(size).text(s).moveDown(0.2);
  };
  const names = (list: string[]) => (list.length ? list.join(", ") : t("minutes.nobody"));

  pdf.font("Helvetica-Bold").fontSize(11).fillColor("#444").text(t("minutes.title").toUpperCase(), {
    characterSpacing: 1,
  });
  pdf.font("Helvetica-Bold").fontSize(18).fillColor("#000").text(doc.head.title).moveDown(0.4);
  labelled(t("minutes.committee"), doc.head.committee);
  labelled(t("minutes.when"), formatDateTime(doc.head.startsAt, locale));
  labelled(t("minutes.place"), doc.head.venue);
  labelled(t("minutes.kind"), t(`minutes.kinds.${doc.head.kind}`));

  heading(t("minutes.attendance"));
  const a = doc.attendance;
  labelled(t("minutes.present"), names(a.present));
  labelled(
    t("minutes.withNotice"),
    names(
      a.withNotice.map((w) =>
        w.substitute ? t("minutes.substitute", { name: w.name, substitute: w.substitute }) : w.name,
      ),
    ),
  );
  labelled(t("minutes.absent"), names(a.absent));
  if (a.notes.length) labelled(t("minutes.notes"), a.notes.join("; "));

  if (doc.meetingText.trim()) {
    heading(t("minutes.meetingText"));
    text(doc.meetingText);
  }
  for (const item of doc.items) {
    heading(t("minutes.item", { number: item.number, title: item.title }));
    if (item.lateReason) text(t("minutes.late", { reason: item.lateReason }));
    for (const name of item.leftRoom) text(t("minutes.leftRoom", { name }));
    if (item.body.trim()) {
      pdf.font("Helvetica-Bold").fontSize(10.5).text(t("minutes.body"));
      text(item.body);
    }
    if (item.recommendation.trim()) {
      pdf.font("Helvetica-Bold").fontSize(10.5).text(t("minutes.recommendation"));
      text(item.recommendation);
    }
    pdf.font("Helvetica-Bold").fontSize(10.5).text(t("minutes.decision"));
    text(item.decision.trim() || t("minutes.noDecision"));
  }

  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    pdf
      .font("Helvetica")
      .fontSize(8)
      .fillColor("#666")
      .text(`${footer} · ${i + 1}/${range.count}`, margin, pdf.page.height - margin + 15, {
        width: pdf.page.width - margin * 2,
        align: "right",
        lineBreak: false,
      });
  }
  pdf.end();
  return done;
}
