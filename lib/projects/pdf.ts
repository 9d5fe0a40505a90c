import "server-only";
import PDFDocument from "pdfkit";
import type { Block, Printable } from "./print";

// Draws a printable project on A4 for meeting papers: the form's title, the
// project's title, then each section under the template's heading; tables
// with a bold total row. Helvetica covers Danish letters (æøå, ÆØÅ).

const margin = 50;

function table(doc: PDFKit.PDFDocument, b: Extract<Block, { kind: "table" }>) {
  const width = doc.page.width - margin * 2;
  const cols = b.head.length;
  // Text columns first (a budget matrix has two: group and category), then the numbers. A text column is wide
  // enough for a long Danish word ("Etableringsomkostninger"): pdfkit breaks a word that does not fit.
  const labels = Math.min(b.labelColumns ?? 1, cols - 1);
  const labelWidth = cols > 2 ? Math.min(width * (labels > 1 ? 0.23 : 0.34), 170) : width * 0.7;
  const rest = (width - labelWidth * labels) / Math.max(cols - labels, 1);
  const widthOf = (i: number) => (i < labels ? labelWidth : rest);
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(cols > 5 ? 8 : 9.5);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c || " ", { width: widthOf(i) - 6 }))) + 6;
    if (doc.y + height > doc.page.height - margin) doc.addPage();
    const y = doc.y;
    let x = margin;
    cells.forEach((c, i) => {
      doc.text(c, x + 3, y + 3, { width: widthOf(i) - 6, align: i < labels ? "left" : "right" });
      x += widthOf(i);
    });
    doc
      .moveTo(margin, y + height)
      .lineTo(margin + width, y + height)
      .lineWidth(bold ? 1 : 0.5)
      .strokeColor("#555")
      .stroke();
    doc.x = margin;
    doc.y = y + height;
  };
  row(b.head, true);
  b.rows.forEach((r) => row(r, false));
  if (b.foot) row(b.foot, true);
  doc.moveDown(0.8);
}

function block(doc: PDFKit.PDFDocument, b: Block) {
  if (b.kind === "p") doc.font("Helvetica").fontSize(10.5).text(b.text, { paragraphGap: 6 });
  else if (b.kind === "list")
    doc.font("Helvetica").fontSize(10.5).list(b.items, { bulletRadius: 1.5, paragraphGap: 3 });
  else table(doc, b);
  doc.moveDown(0.3);
}

/** The printable as an A4 PDF. */
export function projectPdf(p: Printable, footer: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin,
    info: { Title: p.title, Subject: p.formTitle || p.title, Creator: "Lokalpulje" },
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  if (p.formTitle)
    doc.font("Helvetica-Bold").fontSize(11).fillColor("#444").text(p.formTitle.toUpperCase(), { characterSpacing: 1 });
  doc.font("Helvetica-Bold").fontSize(18).fillColor("#000").text(p.title).moveDown(0.2);
  doc.font("Helvetica").fontSize(9.5).fillColor("#444").text(p.meta).fillColor("#000").moveDown(1);
  for (const s of p.sections) {
    if (s.inline) {
      const text =
        s.blocks.map((b) => (b.kind === "p" ? b.text : b.kind === "list" ? b.items.join("; ") : "")).join(" ") || "–";
      doc
        .font("Helvetica-Bold")
        .fontSize(10.5)
        .text(`${s.heading}: `, { continued: true })
        .font("Helvetica")
        .text(text)
        .moveDown(0.3);
      continue;
    }
    if (doc.y > doc.page.height - margin - 80) doc.addPage();
    doc
      .moveDown(0.4)
      .font("Helvetica-Bold")
      .fontSize(13)
      .text(s.heading || "–")
      .moveDown(0.3);
    if (!s.blocks.length) doc.font("Helvetica").fontSize(10.5).fillColor("#666").text("–").fillColor("#000");
    s.blocks.forEach((b) => block(doc, b));
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor("#666")
      .text(`${footer} · ${i + 1}/${range.count}`, margin, doc.page.height - margin + 15, {
        width: doc.page.width - margin * 2,
        align: "right",
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}
