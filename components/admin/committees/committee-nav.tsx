import Link from "next/link";
import type { Route } from "next";
import { getTranslations } from "next-intl/server";

type Section = "settings" | "plans" | "pools" | "groups";

/** The committee's admin sections, with the current one marked for screen readers. */
export async function CommitteeNav({
  committee,
  current,
}: {
  committee: { id: string; name: string };
  current: Section;
}) {
  const t = await getTranslations("committeesAdmin");
  const base = `/admin/committees/${committee.id}`;
  const items: { key: Section; href: string }[] = [
    { key: "settings", href: base },
    { key: "plans", href: `${base}/plans` },
    { key: "pools", href: `${base}/pools` },
    { key: "groups", href: `${base}/groups` },
  ];
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/committees" className="underline">
          ← {t("title")}
        </Link>
      </p>
      <nav aria-label={t("sections", { name: committee.name })} className="mb-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {items.map((i) => (
            <li key={i.key}>
              <Link
                href={i.href as Route}
                aria-current={i.key === current ? "page" : undefined}
                className={i.key === current ? "font-bold underline" : "underline"}
              >
                {t(`section.${i.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
