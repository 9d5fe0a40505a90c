import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { setShortlistedAction } from "@/lib/screening/actions";

/** Onto the shortlist or off it: one button, over the version of the application this page showed. */
export async function ShortlistForm({
  applicationId,
  version,
  shortlisted,
}: {
  applicationId: string;
  version: number;
  shortlisted: boolean;
}) {
  const t = await getTranslations("screening");
  return (
    <ButtonForm
      action={setShortlistedAction}
      fields={{ applicationId, version, shortlisted: shortlisted ? "no" : "yes" }}
    >
      <Button type="submit" variant="secondary">
        {shortlisted ? t("shortlistRemove") : t("shortlistAdd")}
      </Button>
    </ButtonForm>
  );
}
