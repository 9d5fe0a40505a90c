"use client";
import { useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { formatKr, formatNumber } from "@/lib/i18n/format";
import type { LivePage } from "@/lib/meetings/live-queries";
import { LiveItemView } from "./live-item";

/**
 * Meeting mode on a projector: one item at a time in large type, moved with the buttons or the arrow keys; the
 * heading of the item shown takes the focus, so a screen reader says where the meeting is.
 */
export function LiveMeeting({ page, year }: { page: LivePage; year: number }) {
  const t = useTranslations("meetingLive");
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const count = page.items.length;
  const go = (to: number) => {
    if (to < 0 || to >= count) return;
    moved.current = true;
    setIndex(to);
  };
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
      if (e.key === "ArrowRight" || e.key === "PageDown")
        setIndex((i) => (moved.current = true) && Math.min(i + 1, count - 1));
      if (e.key === "ArrowLeft" || e.key === "PageUp") setIndex((i) => (moved.current = true) && Math.max(i - 1, 0));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [count]);
  const item = page.items[Math.min(index, count - 1)];
  return (
    <div className="text-xl">
      <Attendance attendees={page.attendees} />
      {item ? (
        <>
          <nav aria-label={t("title")} className="flex flex-wrap gap-3 items-center my-4">
            <Button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
              ← {t("previous")}
            </Button>
            <span aria-live="polite">{t("itemOf", { position: index + 1, count })}</span>
            <Button type="button" onClick={() => go(index + 1)} disabled={index === count - 1}>
              {t("next")} →
            </Button>
            <span className="text-muted text-base">{t("keysHint")}</span>
          </nav>
          <LiveItemView key={item.id} item={item} page={page} year={year} headingRef={heading} />
        </>
      ) : (
        <p>{t("noItems")}</p>
      )}
    </div>
  );
}

function Attendance({ attendees }: { attendees: LivePage["attendees"] }) {
  const t = useTranslations("meetingLive");
  const present = attendees.filter((a) => a.attendance === "PRESENT").length;
  return (
    <details className="mb-2" data-testid="attendance">
      <summary>
        {t("attendance")}: {present}/{attendees.length}
      </summary>
      <ul className="text-base">
        {attendees.map((a) => (
          <li key={a.id}>
            {a.name}
            {a.title ? ` (${a.title})` : ""}: {t(`attendanceValues.${a.attendance}`)}
            {a.voting ? `, ${t("voting")}` : ""}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Money and scores in the reader's language. */
export function useNumbers() {
  const locale = useLocale() as "da" | "en";
  return {
    kr: (ore: number) => formatKr(ore, locale),
    score: (n: number | null) => (n === null ? "–" : formatNumber(Math.round(n * 100) / 100, locale)),
  };
}
