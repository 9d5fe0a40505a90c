"use client";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { formatNumber } from "@/lib/i18n/format";
import { cellOf } from "@/lib/projects/editor-form";
import { FormHint, type EditorHandle } from "./editor-field";

type Grid = { roles?: { label?: string }[]; rows?: { label?: string; cells?: unknown[] }[] };
const input = "w-full border-2 rounded px-3 py-2 border-gray-500";

/** Who does how many hours of which task: roles across, tasks down, each role's total below. */
export function WorkGrid({ h }: { h: EditorHandle }) {
  const t = useTranslations("projectEdit");
  const fields = useTranslations("projectFields");
  const parts = useTranslations("projectParts");
  const { control, register, getValues } = h.f.form;
  const roles = useFieldArray({ control, name: "work.roles" as never });
  const rows = useFieldArray({ control, name: "work.rows" as never });
  const grid = (useWatch({ control, name: "work" }) ?? {}) as Grid;
  const roleMinutes = roles.fields.map((_, j) =>
    (grid.rows ?? []).reduce((sum, r) => {
      const cell = cellOf(r.cells?.[j]);
      return sum + (typeof cell === "number" ? cell : 0);
    }, 0),
  );
  const guide = h.guide.get("work");
  const hours = t("hours");
  return (
    <section aria-labelledby="part-work" className="mb-8">
      <h2 id="part-work" className="text-2xl font-semibold mb-3">
        {parts("work")}
      </h2>
      {guide ? <FormHint id="part-work-hint" section={guide} /> : null}
      <div className="overflow-x-auto">
        <table className="border-collapse mb-2" data-testid="work-grid">
          <caption className="sr-only">{parts("work")}</caption>
          <thead>
            <tr>
              <th scope="col" className="p-1 text-left">
                {fields("rows")}
              </th>
              {roles.fields.map((role, j) => (
                <th key={role.id} scope="col" className="p-1">
                  <input
                    aria-label={`${fields("roles")} ${j + 1}`}
                    className={`${input} w-36`}
                    defaultValue={h.f.initial(`work.roles.${j}.label`)}
                    {...register(`work.roles.${j}.label`)}
                  />
                  <label className="flex items-center gap-1 text-sm font-normal mt-1">
                    <input
                      type="checkbox"
                      defaultChecked={getValues(`work.roles.${j}.isSecretariat`) === true}
                      {...register(`work.roles.${j}.isSecretariat`)}
                    />{" "}
                    {fields("isSecretariat")}
                  </label>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.fields.map((row, i) => (
              <tr key={row.id}>
                <th scope="row" className="p-1">
                  <input
                    aria-label={`${fields("rows")} ${i + 1}`}
                    className={`${input} w-48`}
                    defaultValue={h.f.initial(`work.rows.${i}.label`)}
                    {...register(`work.rows.${i}.label`)}
                  />
                </th>
                {roles.fields.map((role, j) => (
                  <td key={role.id} className="p-1">
                    <input
                      aria-label={`${grid.rows?.[i]?.label || i + 1}, ${grid.roles?.[j]?.label || j + 1} (${hours})`}
                      className={`${input} w-24`}
                      defaultValue={h.f.initial(`work.rows.${i}.cells.${j}`)}
                      {...register(`work.rows.${i}.cells.${j}`)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="p-1 text-left">
                {t("total")}
              </th>
              {roleMinutes.map((minutes, j) => (
                <td key={j} className="p-1 font-semibold" data-testid={`work-total-${j}`}>
                  {formatNumber(minutes / 60, h.locale)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          variant="secondary"
          onClick={() => roles.append({ label: "", isSecretariat: false } as never)}
        >
          {t("add")}: {fields("role").toLowerCase()}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => rows.append({ label: "", cells: roles.fields.map(() => "") } as never)}
        >
          {t("add")}: {fields("rows").toLowerCase()}
        </Button>
      </div>
    </section>
  );
}
