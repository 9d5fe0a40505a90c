import type { Metadata } from "next";
import { ButtonForm } from "@/components/ui/button-form";
import { Table, Td, Th } from "@/components/ui/table";
import { Button } from "@/components/ui/button";
import { unlockUserAction } from "@/lib/auth/actions";
import { requirePermission } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/queries";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("nav.users") };
}

export default async function UsersPage() {
  const actor = await requirePermission("user:manage", "/admin/users");
  const [t, users] = await Promise.all([getTranslations(), listUsers(actor)]);
  return (
    <div>
      <h1 className="text-3xl font-bold mb-6">{t("nav.users")}</h1>
      <Table
        caption={t("nav.users")}
        captionHidden
        head={
          <tr>
            <Th>{t("users.name")}</Th>
            <Th>{t("login.email")}</Th>
            <Th>{t("dashboard.yourRoles")}</Th>
            <Th>{t("loginLock.usersLoginColumn")}</Th>
          </tr>
        }
      >
        {users.map((u) => (
          <tr key={u.id}>
            <Td>{u.name}</Td>
            <Td>{u.email}</Td>
            <Td>
              {u.memberships
                .map((m) => `${t(`roles.${m.role}`)}${m.title ? ` (${m.title})` : ""} – ${m.committee.name}`)
                .join("; ")}
            </Td>
            <Td>
              {u.locked ? (
                <ButtonForm action={unlockUserAction} fields={{ userId: u.id }} className="flex items-center gap-2">
                  <span>{t("loginLock.usersLocked")}</span>
                  <Button type="submit" variant="secondary" aria-label={`${t("loginLock.usersUnlock")}: ${u.name}`}>
                    {t("loginLock.usersUnlock")}
                  </Button>
                </ButtonForm>
              ) : null}
            </Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
