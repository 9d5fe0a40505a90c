// npx tsx scripts/bench-client-js.ts <base-url> <path> [<path> …]
// What a page makes the browser download before it can run: the JavaScript
// files its HTML loads (raw and gzip bytes) and the inline React payload
// (which carries, among other things, the messages handed to client
// components). Prints one Markdown row per page.
import { gzipSync } from "node:zlib";

async function bytesOf(url: string): Promise<Buffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

async function measure(base: string, path: string) {
  const html = (await bytesOf(new URL(path, base).href)).toString("utf8");
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1]!))];
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = await bytesOf(new URL(src, base).href);
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("");
  return {
    path,
    files: sources.length,
    raw,
    gzip,
    inline: Buffer.byteLength(inline),
    inlineGzip: gzipSync(inline).length,
  };
}

async function main() {
  const [base, ...paths] = process.argv.slice(2);
  if (!base || paths.length === 0) throw new Error("usage: bench-client-js <base-url> <path> …");
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log("| page | JS files | JS raw KB | JS gzip KB | inline payload KB | inline gzip KB |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const path of paths) {
    const m = await measure(base, path);
    console.log(`| ${m.path} | ${m.files} | ${kb(m.raw)} | ${kb(m.gzip)} | ${kb(m.inline)} | ${kb(m.inlineGzip)} |`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
