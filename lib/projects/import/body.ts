import { UserError } from "@/lib/actions/errors";

// A request body read with a cap that holds while it streams: a chunked body
// sends no Content-Length, so the header alone proves nothing. Reading stops
// (and the stream is cancelled) as soon as the cap is passed, so at most one
// chunk more than the cap is ever held in memory.

/** The whole body as bytes, or UserError "projectSafety.bodyTooLarge" once it passes maxBytes. */
export async function readCappedBody(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new UserError("projectSafety.bodyTooLarge");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
