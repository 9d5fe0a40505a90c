import "server-only";
import PDFDocument from "pdfkit";
import { formatDate } from "@/lib/i18n/format";
import type { Translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/config";

// The grant letter on A4, in the committee's style (lib/projects/pdf.ts): the committee above, the heading, the
// letter as sent (its stored Danish text, unchanged), and the acceptance when there is one. Helvetica covers æøå.

const margin = 50;

export type LetterPdf = {
  committee: string;
  reference: string;
  title: string;
  body: string;
  sentAt: Date;
  acceptedAt: Date | null;
  acceptedName: string | null;
};

export function grantLetterPdf(p: LetterPdf, t: Translator, locale: Locale): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin,
    info: { Title: `${t("letters.letterHeading")} – ${p.title}`, Subject: p.reference, Creator: "Lokalpulje" },
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font("Helvetica-Bold").fontSize(11).fillColor("#444").text(p.committee.toUpperCase(), { characterSpacing: 1 });
  doc.font("Helvetica-Bold").fontSize(18).fillColor("#000").text(t("letters.letterHeading")).moveDown(0.2);
  doc
    .font("Helvetica")
    .fontSize(9.5)
    .fillColor("#444")
    .text(`${p.reference} · ${p.title} · ${formatDate(p.sentAt, locale)}`)
    .fillColor("#000")
    .moveDown(1);
  doc.font("Helvetica").fontSize(10.5).text(p.body, { paragraphGap: 4 });
  if (p.acceptedAt) {
    doc
      .moveDown(1)
      .font("Helvetica-Bold")
      .fontSize(10.5)
      .text(t("letters.acceptedOn", { date: formatDate(p.acceptedAt, locale), name: p.acceptedName ?? "" }));
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor("#666")
      .text(`${p.committee} · ${p.reference} · ${i + 1}/${range.count}`, margin, doc.page.height - margin + 15, {
        width: doc.page.width - margin * 2,
        align: "right",
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}
