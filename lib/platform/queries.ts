import "server-only";
import { db } from "@/lib/db";

export async function checkDatabase(): Promise<{ up: boolean; latencyMs: number; migrations?: number; error?: string }> {
  const started = performance.now();
  try {
    const rows = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    return { up: true, latencyMs: Math.round(performance.now() - started), migrations: Number(rows[0]?.n ?? 0) };
  } catch (e) {
    return { up: false, latencyMs: Math.round(performance.now() - started), error: (e as Error).message.split("\n")[0] };
  }
}
