import "server-only";
import pino, { type Logger } from "pino";
import { env } from "@/lib/env";
import { withoutEmails } from "./model";

// The app's one logger: JSON lines on standard output (pino), for whatever collects the container's or the
// service's output. Level from LOG_LEVEL. Next bundles the route handlers, the pages and instrumentation.ts
// apart, so the instance lives under a process-wide key: every bundle writes through the same one.
//
// What goes in: events with ids and counts, errors with their message and stack. Never cookies, query strings,
// request bodies, e-mail addresses or tokens (the request line's path is masked in lib/ops/model.ts).

const key = Symbol.for("lokalpulje.logger");
const holder = globalThis as unknown as { [key]?: Logger };

export function logger(): Logger {
  holder[key] ??= pino({
    level: env().LOG_LEVEL,
    base: { app: "lokalpulje", pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // An error's message may quote a recipient (an SMTP refusal) or a value: addresses are masked.
    serializers: { err: scrubbedError },
  });
  return holder[key];
}

function scrubbedError(error: unknown) {
  const e = pino.stdSerializers.err(error as Error);
  if (!e || typeof e !== "object") return e;
  return { ...e, message: withoutEmails(String(e.message ?? "")), stack: withoutEmails(String(e.stack ?? "")) };
}

/** A logger whose lines carry `component` ("jobs", "mail", "action", "http"). */
export const componentLog = (component: string): Logger => logger().child({ component });
