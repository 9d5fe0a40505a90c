import "server-only";
import sharp from "sharp";

// A phone photo carries the camera, the time and often the GPS position of
// where it was taken, and such a photo may be published. So an uploaded photo
// is decoded and encoded afresh: only the pixels survive, never the metadata.

/** Larger than any phone camera; refuses decompression bombs before they fill memory. */
const maxPixels = 60_000_000;

/**
 * The image re-encoded in its own format, turned upright by its orientation
 * tag (which is dropped with the rest), with no EXIF, GPS, XMP, IPTC or ICC
 * block; null when the bytes are not a readable image.
 */
export async function reencodeWithoutMetadata(bytes: Uint8Array, mime: string): Promise<Buffer | null> {
  try {
    // sharp writes no metadata unless asked to (withMetadata/withExif/keepExif).
    const image = sharp(bytes, { limitInputPixels: maxPixels }).rotate();
    if (mime === "image/png") return await image.png().toBuffer();
    if (mime === "image/webp") return await image.webp({ quality: 85 }).toBuffer();
    if (mime === "image/jpeg") return await image.jpeg({ quality: 88 }).toBuffer();
    return null;
  } catch {
    return null;
  }
}
