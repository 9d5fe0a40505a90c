import { createHash } from "node:crypto";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordVisit } from "@/lib/screening/mutations";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor } from "@/tests/factories";

const visit = async (applicationId: string) => ({
  applicationId,
  version: (await db().application.findUniqueOrThrow({ where: { id: applicationId } })).version,
  visitedOn: "2026-11-20",
  participants: ["demo-user-medlem1"],
  notes: "Besøg i gården.",
  photoAlt: "Gården",
});
const file = (name: string, bytes: Buffer) => ({ name, size: bytes.length, bytes: new Uint8Array(bytes) });

/** A phone photo: turned by its orientation tag, with the camera and the place it was taken in EXIF. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: "#3366cc" } })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: "KameraMærke", Model: "Telefon 12" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "55/1 41/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "12/1 33/1 0/1" },
    })
    .jpeg()
    .toBuffer();
}

beforeAll(async () => {
  await seedDemo(process.env.DATABASE_URL!);
}, 60_000);

describe("visit photos lose their EXIF and GPS data when uploaded", () => {
  it("stores a re-encoded JPEG, turned upright, with no EXIF, and the hash and size of what is stored", async () => {
    const original = await phonePhoto();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const png = await sharp({ create: { width: 8, height: 8, channels: 4, background: "#ffffff" } })
      .withExif({ IFD0: { Make: "PNGKamera" } })
      .png()
      .toBuffer();
    expect(png.includes("PNGKamera")).toBe(true);

    const { id } = await recordVisit(await actorFor("sekretariat@example.dk"), await visit("demo-app-004"), [
      file("gaard.jpg", original),
      file("bede.png", png),
    ]);
    const photos = await db().attachment.findMany({
      where: { visitId: id },
      orderBy: { filename: "desc" },
      select: { mimeType: true, data: true, sha256: true, sizeBytes: true },
    });
    expect(photos.map((p) => p.mimeType)).toEqual(["image/jpeg", "image/png"]);
    for (const p of photos) {
      const bytes = Buffer.from(p.data!);
      const meta = await sharp(bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(bytes.includes("Telefon") || bytes.includes("KameraM") || bytes.includes("PNGKamera")).toBe(false);
      expect(p.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(p.sizeBytes).toBe(bytes.length);
    }
    const jpeg = await sharp(Buffer.from(photos[0]!.data!)).metadata();
    expect([jpeg.width, jpeg.height]).toEqual([48, 64]);
  });

  it("refuses a file that starts like an image but is none, with a message for the photo field", async () => {
    const fake = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2, 3, 4, 5]);
    await expect(
      recordVisit(await actorFor("sekretariat@example.dk"), await visit("demo-app-006"), [file("x.jpg", fake)]),
    ).rejects.toMatchObject({ fieldErrors: { photos: "screening.photoUnreadable" } });
    expect(await db().visit.count({ where: { applicationId: "demo-app-006" } })).toBe(0);
  });
});
