import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/lib/public/open-data";
import { siteUrl } from "@/lib/installation/site";

export const dynamic = "force-dynamic";

/** Every public page: the lists, each initiative, committee, portrait and open call. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [base, e] = await Promise.all([siteUrl(), listSitemapEntries(null)]);
  return [
    { url: `${base}/`, changeFrequency: "weekly", priority: 1 },
    { url: `${base}/initiativer`, changeFrequency: "weekly", priority: 0.9 },
    { url: `${base}/portraetter`, changeFrequency: "monthly", priority: 0.7 },
    { url: `${base}/opslag`, changeFrequency: "weekly", priority: 0.8 },
    { url: `${base}/tilgaengelighed`, changeFrequency: "yearly", priority: 0.2 },
    { url: `${base}/privatliv`, changeFrequency: "yearly", priority: 0.2 },
    ...e.initiatives.map((i) => ({ url: `${base}/initiativer/${i.id}`, lastModified: i.updatedAt, priority: 0.8 })),
    ...e.committees.map((c) => ({ url: `${base}/udvalg/${c.slug}`, lastModified: c.updatedAt, priority: 0.7 })),
    ...e.portraits.map((p) => ({
      url: `${base}/portraetter/${p.slug}`,
      lastModified: p.publishedAt ?? undefined,
      priority: 0.6,
    })),
    ...e.calls.map((c) => ({ url: `${base}/opslag/${c.slug}`, priority: 0.8 })),
  ];
}
