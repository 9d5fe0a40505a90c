import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import type { SectionPart } from "@/lib/generated/prisma/enums";
import { importText } from "@/lib/projects/import/parse";
import { templateHeadings } from "@/lib/projects/import/blank-form";
import { corpusDir, corpusForms } from "../support/import-corpus";
import { hiddenLines } from "../support/visible";
import { expectAccessible, storageState } from "./support";

// Issue 15: another committee's forms. A blank form becomes a template; a filled form of the same committee is
// read against it and shows in its order and words, on the page and in the PDF. Every line of every form of the
// corpus is visible in the project page's text (the PDF: tests/integration/import-corpus.test.ts).

const templates = path.join(corpusDir, "templates");
type Expected = { formTitle: string; sections: { heading: string; part: SectionPart }[] };
const blank = JSON.parse(fs.readFileSync(path.join(templates, "01-egne-projekter.expected.json"), "utf8")) as Expected;

/** Where each heading stands in a text: -1 when missing. */
const positions = (text: string, headings: string[]) => headings.map((h) => text.indexOf(h));
const inOrder = (found: number[]) => found.every((p, i) => i === 0 || p > found[i - 1]!);

async function pdfText(page: Page, id: string): Promise<string> {
  const res = await page.request.get(`/api/projects/${id}/pdf`);
  expect(res.status()).toBe(200);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await res.body())), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

test(
  "a blank form uploaded as a template; a filled form of the same committee read against it shows in the " +
    "template's order and words, and the PDF has its headings",
  async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await (await browser.newContext({ storageState: storageState("secretariat") })).newPage();
    await page.goto("/templates");
    await page.getByRole("link", { name: "Importér en blank formular" }).click();
    await expect(page).toHaveURL(/\/templates\/import$/);
    await page
      .getByLabel("Blank formular (.docx eller .txt)")
      .setInputFiles(path.join(templates, "01-egne-projekter.docx"));
    await page.getByRole("button", { name: "Læs formularen" }).click();
    const review = page.getByTestId("blank-review");
    await expect(review.getByRole("status")).toContainText(`${blank.sections.length} overskrifter fundet.`);
    // The mapping to review: each heading in the form's words, on the part it asks for.
    const headingFields = review.getByLabel("Overskrift", { exact: true });
    await expect(headingFields).toHaveCount(blank.sections.length);
    for (const [i, s] of blank.sections.entries()) await expect(headingFields.nth(i)).toHaveValue(s.heading);
    await expectAccessible(page);
    const name = `Egne projekter ${Date.now()}`;
    await review.getByLabel("Navn", { exact: true }).fill(name);
    await review.getByRole("button", { name: "Gem skabelonen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

    // A filled form of the same committee, read against the new template.
    await page.goto("/projects/import");
    await page
      .getByLabel("Eller upload en fil (.txt eller .docx, højst 5 MB)")
      .setInputFiles(path.join(templates, "01-filled.docx"));
    await page.getByLabel("Læs efter skabelon").selectOption({ label: `Nørrebro Lokaludvalg – ${name}` });
    await page.getByRole("button", { name: "Læs dokumentet" }).click();
    const read = page.getByTestId("import-review");
    const own = blank.sections.find((s) => s.part === "FREE")!.heading;
    await expect(read.getByTestId("import-sections")).toContainText(`${own} → Frit afsnit (udvalgets eget)`);
    await expectAccessible(page);
    await read.getByRole("button", { name: "Gem som nyt projekt" }).click();
    await expect(page).toHaveURL(/\/projects\/(?!import)[^/]+$/);
    const id = new URL(page.url()).pathname.split("/").pop()!;

    // The page and the PDF: the form's headings, in its order and its words; the form's title on top.
    const headings = blank.sections.filter((s) => s.part !== "TITLE").map((s) => s.heading);
    const onPage = positions(await page.locator("article").innerText(), headings);
    expect(onPage.filter((p) => p < 0).length, JSON.stringify(headings)).toBe(0);
    expect(inOrder(onPage)).toBe(true);
    await expect(page.getByText(blank.formTitle)).toBeVisible();
    const pdf = await pdfText(page, id);
    const inPdf = positions(pdf, headings);
    expect(inPdf.filter((p) => p < 0).length, JSON.stringify(headings)).toBe(0);
    expect(inOrder(inPdf)).toBe(true);

    // Nothing of the filled form is hidden on the page.
    const filled = fs.readFileSync(path.join(templates, "01-filled.txt"), "utf8");
    const reading = { formTitle: blank.formTitle, headings: templateHeadings(blank.sections) };
    const { sections } = importText(filled, reading);
    expect(hiddenLines(filled, await page.locator("article").innerText(), sections)).toEqual([]);
  },
);

test("every line of every form of the corpus is visible on its project page", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const page = await (await browser.newContext({ storageState: storageState("secretariat") })).newPage();
  for (const form of corpusForms()) {
    const created = await page.request.post("/api/projects/import?committeeId=demo-committee-noerrebro", {
      headers: { Origin: baseURL!, "Content-Type": "text/plain; charset=utf-8" },
      data: form.text,
    });
    expect(created.status(), form.name).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await page.goto(`/projects/${id}`);
    const text = await page.locator("main").innerText();
    expect(hiddenLines(form.text, text, importText(form.text).sections), form.name).toEqual([]);
  }
});

test("the import API reads against a template and refuses another committee's", async ({ browser, baseURL }) => {
  const page = await (await browser.newContext({ storageState: storageState("secretariat") })).newPage();
  const post = (templateId: string) =>
    page.request.post(`/api/projects/import?committeeId=demo-committee-noerrebro&templateId=${templateId}`, {
      headers: { Origin: baseURL!, "Content-Type": "text/plain; charset=utf-8" },
      data: "Navn på projektet: Skabelonprøve\n\nFormål med projektet: At prøve.",
    });
  const ok = await post("demo-template-noerrebro-2024");
  expect(ok.status()).toBe(201);
  const { id } = (await ok.json()) as { id: string };
  const doc = (await (await page.request.get(`/api/projects/${id}`)).json()) as { title: string; purpose: string };
  expect(doc).toMatchObject({ title: "Skabelonprøve", purpose: "At prøve." });
  const refused = await post("demo-template-gladsaxe-program");
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: string }).error).toContain("templateId");
});
