// npm run db:migrate | db:migration -- <name> | db:seed [-- --scale city [--factor F]] | db:reset
// | db:backup [FILE] | db:restore FILE
// Each works on DATABASE_URL, or starts the embedded server for the call.
import { withDatabase } from "./lib/database";
import { applyMigrations, createMigration, resetDatabase } from "./lib/migrations";
import { seedDemo } from "../prisma/seed/demo";
import { restoreBackup, writeBackup } from "./lib/backup";
import { seedCity } from "../prisma/seed/city";

const [command, ...rest] = process.argv.slice(2);

/** `--scale demo|city` (demo by default); `--factor F` (0 < F ≤ 1, city only): a smaller city of the same shape. */
function seedOptions(args: string[]): { scale: "demo" | "city"; factor: number } {
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const scale = value("--scale") ?? "demo";
  if (scale !== "demo" && scale !== "city") throw new Error(`--scale is demo or city (got '${scale}').`);
  const factor = Number(value("--factor") ?? 1);
  if (!(factor > 0 && factor <= 1))
    throw new Error(`--factor is a number above 0 and at most 1 (got '${value("--factor")}').`);
  return { scale, factor };
}

async function main() {
  await withDatabase("app", async (url) => {
    switch (command) {
      case "migrate": {
        const applied = await applyMigrations(url);
        console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
        break;
      }
      case "migration": {
        const name = rest.join("_");
        if (!name) throw new Error("Name the migration: npm run db:migration -- <name>");
        const dir = await createMigration(url, name);
        console.log(dir ? `Created ${dir}` : "No change in the schema since the last migration.");
        break;
      }
      case "seed": {
        const { scale, factor } = seedOptions(rest);
        await applyMigrations(url);
        console.log(scale === "city" ? await seedCity(url, { factor, log: console.log }) : await seedDemo(url));
        break;
      }
      case "reset": {
        await resetDatabase(url);
        await applyMigrations(url);
        console.log(await seedDemo(url));
        break;
      }
      case "backup": {
        const file = rest[0] ?? `lokalpulje-${new Date().toISOString().replace(/[:.]/g, "-")}.backup.gz`;
        const { tables, rows } = await writeBackup(url, file);
        console.log(`Wrote ${file}: ${tables} tables, ${rows} rows.`);
        break;
      }
      case "restore": {
        if (!rest[0]) throw new Error("Name the backup: npm run db:restore FILE");
        const { tables, rows } = await restoreBackup(url, rest[0]);
        console.log(`Restored ${rest[0]}: ${tables} tables, ${rows} rows.`);
        break;
      }
      default:
        throw new Error(
          `Unknown command '${command ?? ""}'. ` +
            "Use migrate, migration <name>, seed, reset, backup [FILE] or restore FILE.",
        );
    }
  });
}

main().catch((e: unknown) => {
  console.error(`lokalpulje: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
