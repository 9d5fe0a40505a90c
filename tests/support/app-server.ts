// The production server (scripts/server.ts) started from a test, on the test file's database: what the tests of the
// server itself and of several instances on one database share.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import net from "node:net";
import { serverArgs } from "@/scripts/lib/fresh-app";
import { projectRoot } from "@/scripts/lib/paths";
import { serverReferences } from "@/scripts/lib/server-references";
import { actionBody, actionHeaders } from "./action-call";

export type Started = { child: ChildProcess; port: number; out: string[]; exited: Promise<number | null> };

export async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** The JSON lines the server has written so far. */
export const logLines = (s: Started) =>
  s.out.flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });

export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 60_000) {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startServer(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, serverArgs, {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: process.env.DATABASE_URL!,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "info",
      ...env,
    },
  });
  const out: string[] = [];
  let rest = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    const parts = (rest + chunk.toString("utf8")).split("\n");
    rest = parts.pop() ?? "";
    out.push(...parts);
  });
  child.stderr!.on("data", (chunk: Buffer) => out.push(...chunk.toString("utf8").split("\n")));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const started = { child, port, out, exited };
  await waitFor("the server to listen", () => {
    if (child.exitCode !== null) throw new Error(`the server exited: ${out.slice(-20).join("\n")}`);
    return logLines(started).some((l) => l.msg === "listening") || undefined;
  });
  return started;
}

export function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path, headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
      })
      .on("error", reject);
  });
}

/** The build's id for a server action, by its file and name. */
export function actionId(file: string, name: string): string {
  const found = serverReferences().find((r) => r.file === file && r.name === name);
  if (!found) throw new Error(`no action ${file}#${name} in the build`);
  return found.id;
}

/** Posts a server action to one instance as React's client does (./action-call.ts). */
export async function act(
  server: Started,
  page: string,
  action: [file: string, name: string],
  fields: Record<string, string | Blob>,
  cookie = "",
) {
  const origin = `http://127.0.0.1:${server.port}`;
  const res = await fetch(`${origin}${page}`, {
    method: "POST",
    body: actionBody(Object.entries(fields)),
    redirect: "manual",
    headers: { ...actionHeaders(actionId(...action)), origin, cookie },
  });
  return { status: res.status, text: await res.text(), setCookies: res.headers.getSetCookie() };
}

/** Logs in through one instance's login form; returns the session cookie. */
export async function login(server: Started, email: string): Promise<string> {
  const r = await act(server, "/login", ["lib/auth/actions.ts", "login"], { email, password: "lokalpulje-demo" });
  const session = r.setCookies.map((c) => c.split(";")[0]!).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`no session from the login: ${r.status} ${r.text.slice(0, 300)}`);
  return session;
}
