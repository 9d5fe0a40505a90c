import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { ButtonForm } from "@/components/ui/button-form";
import { IntlScope } from "@/components/ui/intl-scope";
import { unpublishInitiativeAction } from "@/lib/public/actions";
import { PublishFields, type PublishStart } from "./publish-fields";

/**
 * Publishing a granted application, on the case page. It brings its own
 * messages to the browser (the publish texts), so the page that shows it
 * need not list them; taking it off the public site is one button.
 */
export async function PublishForm(props: PublishStart) {
  const t = await getTranslations("publish");
  return (
    <div>
      <IntlScope namespaces={["publish", "publicPrivacy"]}>
        <PublishFields {...props} />
      </IntlScope>
      {props.published ? (
        <ButtonForm action={unpublishInitiativeAction} fields={{ applicationId: props.applicationId }} className="mt-4">
          <Button type="submit" variant="secondary">
            {t("unpublish")}
          </Button>
        </ButtonForm>
      ) : null}
    </div>
  );
}
