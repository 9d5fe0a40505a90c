import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/installation/site";

export const dynamic = "force-dynamic";

/** The public pages are for everyone; staff pages, private links and APIs (bar open data) are not for indexing. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const base = await siteUrl();
  return {
    rules: [
      {
        userAgent: "*",
        allow: ["/", "/api/public/"],
        disallow: [
          "/ansoegning/",
          "/api/",
          "/dashboard",
          "/projects",
          "/calls",
          "/rubrics",
          "/admin",
          "/login",
          "/logout",
        ],
      },
    ],
    sitemap: `${base}/sitemap.xml`,
  };
}
