// What the benchmark does over HTTP: start the production server, log in through the real credentials
// endpoint, post a form the way a browser without JavaScript does, and measure a target with autocannon.
import { spawn } from "node:child_process";
import fs from "node:fs";
import autocannon from "autocannon";
import { serverArgs } from "./fresh-app";
import { projectRoot } from "./paths";

export type Server = { base: string; pid: number; stop: () => Promise<void> };

/**
 * The one place the benchmark starts the app: the production server `npm start` runs (scripts/server.ts, with its
 * request log at the default level, as in production), against `databaseUrl`. No job runner, so only the measured
 * requests load the machine.
 */
export async function startServer(
  databaseUrl: string,
  port: number,
  authSecret: string,
  logFile: string,
): Promise<Server> {
  const child = spawn(process.execPath, serverArgs, {
    cwd: projectRoot,
    // The server's own log goes to a file: errors under load would bury the table.
    stdio: ["ignore", fs.openSync(logFile, "w"), fs.openSync(logFile, "a")],
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: authSecret,
      PUBLIC_URL: `http://localhost:${port}`,
      JOBS_ENABLED: "0",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const base = `http://localhost:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  };
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`The server on port ${port} exited (code ${child.exitCode}).`);
    const ok = await fetch(`${base}/api/health?probe=live`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { base, pid: child.pid!, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`The server on port ${port} did not answer within 60 s.`);
}

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
export function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let kb = 0;
  const walk = (p: number) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      return;
    }
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return kb / 1024;
}

const cookiesOf = (r: Response) => r.headers.getSetCookie().map((c) => c.split(";")[0]!);

/** Logs in through Auth.js's credentials endpoint, as the login form's action does; returns the Cookie header. */
export async function login(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const r = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/dashboard` }),
  });
  const session = cookiesOf(r).find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`Login as ${email} failed (status ${r.status}, ${r.headers.get("location")}).`);
  return session;
}

/**
 * The form on `path` that holds `marker` (an input name), posted as a browser without JavaScript posts it:
 * its hidden fields (React's action reference among them) plus `fields`, as multipart/form-data.
 */
export async function nativeFormPost(base: string, path: string, cookie: string, marker: string, fields: string[][]) {
  const html = await (await fetch(`${base}${path}`, { headers: { cookie } })).text();
  const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)]
    .map((m) => m[0])
    .find((f) => f.includes(`name="${marker}"`));
  if (!form) throw new Error(`No form with ${marker} on ${path}.`);
  // A field given here replaces the form's own hidden field of that name, as a browser posts one value.
  const given = new Set(fields.map(([name]) => name));
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
  const unescape = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const hidden = [...form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)]
    .map((m) => [attr(m[0], "name"), unescape(attr(m[0], "value") ?? "")] as const)
    .filter((f): f is readonly [string, string] => Boolean(f[0]) && !given.has(f[0]!));
  const boundary = "----lokalpuljebench";
  const parts = [...hidden, ...fields].map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, cookie, origin: base },
  };
}

export type Target = {
  name: string;
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: Buffer;
  /** Several requests taken in turn (e.g. one score sheet each), so parallel requests rarely share a row lock. */
  variants?: { path: string; body: Buffer }[];
};
export type Figures = {
  name: string;
  path: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  statuses: string;
  errors: number;
};

let turns = 0;
const turn = <T>(xs: readonly T[]): T => xs[turns++ % xs.length]!;

const percentile = (sorted: number[], q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;

/** Runs autocannon against one target; the percentiles come from every response's own time. */
export async function measure(base: string, t: Target, seconds: number, connections: number): Promise<Figures> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${base}${t.path}`,
        method: t.method ?? "GET",
        headers: t.headers,
        body: t.body,
        ...(t.variants ? { requests: [{ setupRequest: (req: object) => ({ ...req, ...turn(t.variants!) }) }] } : {}),
        duration: seconds,
        connections,
        timeout: 30,
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const r = result as autocannon.Result & Record<string, number>;
  const statuses = ["1xx", "2xx", "3xx", "4xx", "5xx"]
    .filter((k) => r[k])
    .map((k) => `${k}:${r[k]}`)
    .join(" ");
  return {
    name: t.name,
    path: t.path,
    rps: result.requests.average,
    p50: Math.round(percentile(times, 0.5)),
    p95: Math.round(percentile(times, 0.95)),
    p99: Math.round(percentile(times, 0.99)),
    requests: times.length,
    statuses,
    errors: result.errors + result.timeouts,
  };
}
