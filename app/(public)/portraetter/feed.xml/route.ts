import { translatorFor } from "@/lib/i18n/translator";
import { listPortraits } from "@/lib/public/queries";
import { escapeXml } from "@/lib/public/model";
import { siteUrl } from "@/lib/installation/site";

// The feed is Danish, like the portraits it carries (xml:lang="da").
const feedTitle = translatorFor("da")("publicSite.feedTitle");

/** The portraits as an Atom feed (RFC 4287), newest first. */
export async function GET() {
  const [base, portraits] = await Promise.all([siteUrl(), listPortraits(null, 30)]);
  const updated = portraits[0]?.publishedAt ?? new Date(0).toISOString();
  const entries = portraits
    .map((p) =>
      [
        "  <entry>",
        `    <title>${escapeXml(p.title)}</title>`,
        `    <link href="${escapeXml(`${base}/portraetter/${p.slug}`)}"/>`,
        `    <id>${escapeXml(`${base}/portraetter/${p.slug}`)}</id>`,
        `    <published>${p.publishedAt}</published>`,
        `    <updated>${p.publishedAt}</updated>`,
        `    <author><name>${escapeXml(p.committee)}</name></author>`,
        `    <summary>${escapeXml(p.excerpt)}</summary>`,
        "  </entry>",
      ].join("\n"),
    )
    .join("\n");
  const body = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">',
    `  <title>${escapeXml(feedTitle)}</title>`,
    `  <link rel="self" href="${escapeXml(`${base}/portraetter/feed.xml`)}"/>`,
    `  <link href="${escapeXml(`${base}/portraetter`)}"/>`,
    `  <id>${escapeXml(`${base}/portraetter`)}</id>`,
    `  <updated>${updated}</updated>`,
    entries,
    "</feed>",
    "",
  ].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
