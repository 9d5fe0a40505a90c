import fs from "node:fs";
import http from "node:http";
import JSZip from "jszip";
import { expect, test } from "@playwright/test";
import { storageState } from "./support";

// Issue 10, point 10: the importer's limits hold over the API and in the import page's server actions.
const MB = 1024 * 1024;

/** A .docx-shaped zip whose document unpacks to 60 MB of spaces (about 60 KB packed). */
async function zipBomb(): Promise<Buffer> {
  const z = new JSZip();
  z.file(
    "word/document.xml",
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${" ".repeat(60 * MB)}</w:t></w:r></w:p></w:body></w:document>`,
  );
  return z.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 } });
}

/** The secretariat's session cookies, as the setup project saved them. */
function cookieHeader(): string {
  const state = JSON.parse(fs.readFileSync(storageState("secretariat"), "utf8")) as {
    cookies: { name: string; value: string }[];
  };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** POSTs a body in chunks without Content-Length (Transfer-Encoding: chunked); stops once the server answers. */
function postChunked(
  baseURL: string,
  path: string,
  chunk: Buffer,
  chunks: number,
): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, baseURL);
    let sent = 0;
    let answered = false;
    const req = http.request(
      url,
      {
        method: "POST",
        headers: { "Content-Type": "text/plain; charset=utf-8", Cookie: cookieHeader(), Origin: url.origin },
      },
      (res) => {
        answered = true;
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, sent }));
      },
    );
    req.on("error", (e) => (answered ? undefined : reject(e)));
    const pump = () => {
      while (!answered && sent < chunks) {
        sent++;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

test.describe("the importer's limits", () => {
  test.use({ storageState: storageState("secretariat") });

  test("a chunked body over 5 MB without Content-Length gets 413 with a reason in Danish", async ({ baseURL }) => {
    const res = await postChunked(
      baseURL!,
      "/api/projects/import?committeeId=demo-committee-noerrebro",
      Buffer.alloc(256 * 1024, "a"),
      40,
    );
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({
      error: "projectSafety.bodyTooLarge",
      message: "Indholdet er for stort (højst 5 MB).",
    });
  });

  test("a .docx zip bomb gets 413 with a reason, never a 500", async ({ request, baseURL }) => {
    const res = await request.post("/api/projects/import?committeeId=demo-committee-noerrebro", {
      data: await zipBomb(),
      // Same-site, as the import page would send it (a foreign or missing Origin is refused first).
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Origin: baseURL!,
      },
    });
    expect(res.status()).toBe(413);
    expect(await res.json()).toMatchObject({ error: "projectSafety.docxTooLarge" });
  });

  test("the import page refuses a zip bomb and an oversized file with a message, keeping what was typed", async ({
    page,
  }) => {
    await page.goto("/projects/import");
    await page.getByLabel("Tekst", { exact: true }).fill("Projektnavn: Gårdfest");
    const upload = page.getByLabel("Eller upload en fil (.txt eller .docx, højst 5 MB)");
    await upload.setInputFiles({
      name: "bombe.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: await zipBomb(),
    });
    await page.getByRole("button", { name: "Læs dokumentet" }).click();
    await expect(page.locator("[data-error-summary]")).toContainText("Word-filen fylder for meget, når den pakkes ud");
    await upload.setInputFiles({ name: "stor.txt", mimeType: "text/plain", buffer: Buffer.alloc(6 * MB, "a") });
    await page.getByRole("button", { name: "Læs dokumentet" }).click();
    await expect(page.locator("[data-error-summary]")).toContainText(
      "Filen eller teksten er for stor til at blive sendt (højst 5 MB).",
    );
    await expect(page.getByLabel("Tekst", { exact: true })).toHaveValue("Projektnavn: Gårdfest");
  });
});
