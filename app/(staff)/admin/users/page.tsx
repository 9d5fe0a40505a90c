import type { Metadata } from "next";
import { Table, Td, Th } from "@/components/ui/table";
import { Button } from "@/components/ui/button";
import { lockedUserIds } from "@/lib/auth/admin-unlock";
import { unlockUserAction } from "@/lib/auth/actions";
import { requirePermission } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/queries";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("nav.users") };
}

export default async function UsersPage() {
  const actor = await requirePermission("user:manage", "/admin/users");
  const [t, users] = await Promise.all([getT(), listUsers(actor)]);
  const locked = await lockedUserIds(users);
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
              {locked.has(u.id) ? (
                <form action={unlockUserAction} className="flex items-center gap-2">
                  <span>{t("loginLock.usersLocked")}</span>
                  <input type="hidden" name="userId" value={u.id} />
                  <Button type="submit" variant="secondary" aria-label={`${t("loginLock.usersUnlock")}: ${u.name}`}>
                    {t("loginLock.usersUnlock")}
                  </Button>
                </form>
              ) : null}
            </Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
