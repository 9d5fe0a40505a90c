import { z } from "zod";

/** The largest value of a version column (PostgreSQL integer): a forged bigger one is a stale form, not a 500. */
export const maxVersion = 2_147_483_647;

/** A record's version as the form showed it (optimistic concurrency); 0 for a record not yet saved. */
export const versionField = z.coerce
  .number({ message: "errors.staleForm" })
  .int("errors.staleForm")
  .min(0, "errors.staleForm")
  .max(maxVersion, "errors.staleForm");
