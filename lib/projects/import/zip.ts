import "server-only";
import { inflateRawSync } from "node:zlib";
import { UserError } from "@/lib/actions/errors";

// A .docx is a zip, and a zip can unpack to far more than it weighs (a zip
// bomb). Before mammoth unpacks one, its central directory is read here: the
// number of entries and the sizes they declare. Declared sizes can lie, so
// each entry is then inflated with Node's zlib, capped at the size it
// declared; an entry that would unpack to more is refused. Only the two
// methods a .docx uses (stored, deflate) are accepted. No ZIP64: a .docx
// under the upload cap never needs it.

export const zipLimits = { maxEntries: 1000, maxUncompressedBytes: 50 * 1024 * 1024 } as const;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

type Entry = { method: number; compressed: number; uncompressed: number; localOffset: number };

const unreadable = () => new UserError("projectSafety.docxUnreadable");

function endOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535; search backwards for its signature.
  const last = view.byteLength - 22;
  for (let i = last; i >= 0 && i >= last - 0xffff; i--) if (view.getUint32(i, true) === EOCD) return i;
  throw unreadable();
}

function centralDirectory(view: DataView, limits: typeof zipLimits): Entry[] {
  const eocd = endOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw unreadable();
  if (count > limits.maxEntries) throw new UserError("projectSafety.docxTooManyEntries");
  if (offset + size > eocd) throw unreadable();
  const entries: Entry[] = [];
  let at = offset;
  // Walk the directory itself rather than trust the count in the end record.
  while (at < offset + size) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) throw unreadable();
    if (entries.length >= limits.maxEntries) throw new UserError("projectSafety.docxTooManyEntries");
    entries.push({
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      uncompressed: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Throws a UserError (too many entries, too large unpacked, unreadable) unless the zip is safe to unpack. */
export function assertZipWithinLimits(bytes: Uint8Array, limits: typeof zipLimits = zipLimits): void {
  if (bytes.byteLength < 22) throw unreadable();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(view, limits);
  const declared = entries.reduce((sum, e) => sum + e.uncompressed, 0);
  if (declared > limits.maxUncompressedBytes) throw new UserError("projectSafety.docxTooLarge");
  for (const e of entries) {
    const at = e.localOffset;
    if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL) throw unreadable();
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + e.compressed > bytes.byteLength) throw unreadable();
    if (e.method === 0) {
      if (e.compressed !== e.uncompressed) throw new UserError("projectSafety.docxTooLarge");
    } else if (e.method === 8) {
      let out: Buffer;
      try {
        // One byte above what it declares: unpacking more than that means the header lied.
        out = inflateRawSync(bytes.subarray(start, start + e.compressed), { maxOutputLength: e.uncompressed + 1 });
      } catch (error) {
        if (error instanceof RangeError) throw new UserError("projectSafety.docxTooLarge");
        throw unreadable();
      }
      if (out.byteLength > e.uncompressed) throw new UserError("projectSafety.docxTooLarge");
    } else throw unreadable();
  }
}
