import Link from "next/link";
import type { Route } from "next";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { setGoalStateAction } from "@/lib/plans/actions";
import type { getPlanPage } from "@/lib/plans/queries";
import { GoalForm } from "./goal-form";

type Goal = NonNullable<Awaited<ReturnType<typeof getPlanPage>>>["goals"][number];

/**
 * The plan's goals: each with where it is used (counts and links), a reword
 * form, and retire / reinstate, or delete while it has never been used.
 */
export async function GoalList({ planId, goals }: { planId: string; goals: Goal[] }) {
  const t = await getTranslations("plansAdmin");
  if (goals.length === 0) return <p className="mb-6">{t("noGoals")}</p>;
  return (
    <ul className="space-y-4 mb-8" data-testid="goal-list">
      {goals.map((g) => (
        <li key={g.id} className="border-l-4 border-brand-600 pl-4" data-testid={`goal-${g.code}`}>
          <h3 className="text-lg font-semibold">
            {g.code} {g.title}
            {g.retired ? <span className="ml-2 text-muted font-normal">({t("retired")})</span> : null}
          </h3>
          {g.description ? <p className="mb-1">{g.description}</p> : null}
          <p className="text-muted mb-1">
            {g.used
              ? t("usedBy", {
                  criteria: g.counts.criteria,
                  applications: g.counts.applications,
                  projects: g.counts.projects,
                })
              : t("notUsed")}
          </p>
          {g.used ? (
            <ul className="mb-2 list-disc pl-6">
              {g.rubrics.map((r) => (
                <li key={r.id}>
                  <Link href={`/rubrics/${r.id}` as Route} className="underline">
                    {t("rubricLink", { name: r.name })}
                  </Link>
                </li>
              ))}
              {g.applications.map((a) => (
                <li key={a.id}>
                  <Link href={`/calls/${a.callId}/applications/${a.id}` as Route} className="underline">
                    {t("applicationLink", { title: a.title })}
                  </Link>
                </li>
              ))}
              {g.projects.map((p) => (
                <li key={p.id}>
                  <Link href={`/projects/${p.id}` as Route} className="underline">
                    {t("projectLink", { title: p.title })}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="flex flex-wrap gap-3 items-start">
            <ButtonForm
              action={setGoalStateAction}
              fields={{ goalId: g.id, version: g.version, to: g.retired ? "active" : "retired" }}
            >
              <Button
                type="submit"
                variant="secondary"
                aria-label={`${g.retired ? t("reinstate") : t("retire")}: ${g.code}`}
              >
                {g.retired ? t("reinstate") : t("retire")}
              </Button>
            </ButtonForm>
            {g.used ? null : (
              <ButtonForm action={setGoalStateAction} fields={{ goalId: g.id, version: g.version, to: "deleted" }}>
                <Button type="submit" variant="secondary" aria-label={`${t("delete")}: ${g.code}`}>
                  {t("delete")}
                </Button>
              </ButtonForm>
            )}
          </div>
          <details className="mt-2">
            <summary className="cursor-pointer underline">{t("rewordTitle", { code: g.code })}</summary>
            <div className="mt-3">
              <GoalForm
                planId={planId}
                goalId={g.id}
                version={g.version}
                initial={{ code: g.code, title: g.title, description: g.description }}
              />
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
