// The production server (npm start, the e2e and Lighthouse runners): Next's request handler inside our own HTTP
// server, instead of `next start`, which offers no hook around a request and on SIGTERM exits 143 without stopping
// the job runner or the pool (README, design notes). Per request: the request id (kept from a load balancer when
// it is safe, else new; passed to the app and returned), one JSON log line and the metrics, through the hooks the
// app installs from instrumentation.ts. On SIGTERM or SIGINT: stop accepting connections, let the requests in
// flight finish (SHUTDOWN_TIMEOUT_SECONDS, 25 by default), stop the job runner, close the pool, exit 0.
//
// Public pages asked without cookies are one shared copy (lib/ops/model.ts decides which): marked for a CDN and kept
// here for 2 s (lib/ops/response-cache.ts). A POST naming a "use cache" function as an action is refused.
//
// Run with the build in .next: `PORT=3000 node --import tsx scripts/server.ts`. Imports none of the app's modules
// but lib/ops/model.ts and lib/ops/response-cache.ts: the app's own live in the bundles Next loads.
import http from "node:http";
import next from "next";
import { cachePolicy, requestIdFrom, requestIdHeader, sharedCacheControl, type CachePolicy } from "../lib/ops/model";
import { ResponseCache, type StoredResponse } from "../lib/ops/response-cache";
import type { ServerHooks } from "../lib/ops/server-hooks";
import { projectRoot } from "./lib/paths";
import { isCachedRead, serverReferences } from "./lib/server-references";

/** A public page or open-data file larger than this is not kept (a meeting's minutes as PDF may be). */
const maxCopyBytes = 8 * 1024 * 1024;

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT=${process.env.PORT} is not a port`);
  process.env.PORT = String(port);
  (process.env as Record<string, string>).NODE_ENV = "production";

  const app = next({ dev: false, dir: projectRoot, port, hostname: "localhost" });
  await app.prepare();
  const hooks = await appHooks();
  const handle = app.getRequestHandler();
  // Next runs a "use cache" function for any POST that names it as an action, with whatever arguments the body holds
  // (the e2e fuzzer got 500s so): they are reads of our own pages, never actions, and such a POST is answered 404.
  const cachedReads = new Set(
    serverReferences()
      .filter(isCachedRead)
      .map((r) => r.id),
  );

  let stopping = false;
  let inFlight = 0;
  const server = http.createServer((req, res) => {
    const started = performance.now();
    const requestId = requestIdFrom(req.headers[requestIdHeader]);
    req.headers[requestIdHeader] = requestId;
    res.setHeader(requestIdHeader, requestId);
    // A request that arrives on a kept-alive connection while stopping is served, and its connection then closed.
    if (stopping) res.setHeader("Connection", "close");
    inFlight++;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      inFlight--;
      const durationMs = performance.now() - started;
      const aborted = !res.writableFinished;
      // A request the client gave up on before its answer ended counts as 499 (nginx's word), not the 200 it began.
      const [method, url, status] = [req.method ?? "GET", req.url ?? "/", aborted ? 499 : res.statusCode];
      hooks.requestDone({ requestId, method, url, status, durationMs, aborted });
      if (stopping) setImmediate(() => server.closeIdleConnections());
    };
    res.on("finish", finish);
    res.on("close", finish);
    const serve = () =>
      handle(req, res).catch((err: unknown) => {
        hooks.event("error", "request handler failed", { requestId, err });
        if (!res.headersSent) res.writeHead(500).end();
        else res.destroy();
      });
    if (req.method === "POST" && cachedReads.has(String(req.headers["next-action"]))) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    const policy = cachePolicy(req.method, req.url ?? "/", req.headers);
    if (policy) cacheHeaders(res, policy);
    // GET only: a HEAD's answer has no body, and stored it would be served empty to the next GET.
    if ((policy === "shared" || policy === "server") && req.method === "GET") serveKept(req, res, serve);
    else void serve();
  });

  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const limitSeconds = hooks.shutdownTimeoutMs / 1000;
    hooks.event("info", "shutting down", { signal, inFlight, limitSeconds });
    let forced = false;
    const limit = setTimeout(() => {
      forced = true;
      hooks.event("warn", "time limit reached: closing the connections still open", { inFlight, limitSeconds });
      server.closeAllConnections();
    }, hooks.shutdownTimeoutMs);
    // No new connections from here; close() calls back once every connection has ended.
    server.close(() => {
      clearTimeout(limit);
      void (async () => {
        await app.close().catch((err: unknown) => hooks.event("error", "next did not close cleanly", { err }));
        await hooks.closeResources();
        hooks.event("info", "stopped", { forced });
        process.exit(forced ? 1 : 0);
      })();
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));

  server.on("error", (err) => {
    hooks.event("error", "server error", { err });
    process.exit(1);
  });
  server.listen(port, () => hooks.event("info", "listening", { port }));
}

/**
 * A public page's cache headers (lib/ops/model.ts says which and why), set as the head is written: Next marks every
 * dynamically rendered page `private, no-store`, and a header set before it would be overwritten. Headers given to
 * writeHead itself are set first, so none of them passes unseen.
 */
function cacheHeaders(res: http.ServerResponse, policy: CachePolicy) {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const given = rest.find((r): r is Record<string, string | string[] | number> => !!r && typeof r === "object");
    if (given && !Array.isArray(given)) for (const [name, value] of Object.entries(given)) res.setHeader(name, value);
    const vary = String(res.getHeader("vary") ?? "");
    if (!/\bcookie\b/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Cookie` : "Cookie");
    if (policy === "shared" && status === 200 && !res.hasHeader("set-cookie")) {
      res.setHeader("Cache-Control", sharedCacheControl);
    }
    const reason = typeof rest[0] === "string" ? rest[0] : undefined;
    return given && Array.isArray(given)
      ? writeHead(status, ...rest)
      : reason
        ? writeHead(status, reason)
        : writeHead(status);
  }) as typeof res.writeHead;
}

const responses = new ResponseCache({ ttlMs: 2_000, maxBytes: 64 * 1024 * 1024, maxEntryBytes: maxCopyBytes });
/** The renders under way, by what they answer alike (ResponseCache.fillKey): later requests wait for their copy. */
const filling = new Map<string, Promise<void>>();
/** A request waits this long for another's render, then renders itself. */
const waitForRenderMs = 5_000;

/**
 * A public page that may be kept: the server's copy when there is one; else, when the same page is rendering for
 * another request, that render's copy (a page shared on social media would otherwise be rendered by every request of
 * the moment its copy expired); else this request renders it, and its copy is stored as it ends.
 */
function serveKept(req: http.IncomingMessage, res: http.ServerResponse, serve: () => Promise<unknown>) {
  const copy = responses.get(req);
  if (copy) return serveCopy(res, copy);
  const fill = responses.fillKey(req);
  const rendering = filling.get(fill);
  if (rendering) {
    // A render that never ends (a client that reads its answer slowly, or not at all) holds no one up for long.
    const limit = new Promise<void>((r) => setTimeout(r, waitForRenderMs).unref());
    void Promise.race([rendering, limit]).then(() => {
      const made = responses.get(req);
      if (made) serveCopy(res, made);
      else void serve();
    });
    return;
  }
  let release = () => {};
  const done = new Promise<void>((r) => (release = r));
  filling.set(fill, done);
  const released = () => {
    if (filling.get(fill) === done) filling.delete(fill);
    release();
  };
  // Released as the render ends (its copy stored), before its bytes have reached a slow client; or as it fails.
  keepCopy(req, res, released);
  res.on("close", released);
  void serve();
}

/** A stored copy (lib/ops/response-cache.ts), with this request's own id already set on `res`. */
function serveCopy(res: http.ServerResponse, copy: StoredResponse) {
  res.writeHead(copy.status, {
    ...copy.headers,
    "content-length": String(copy.body.length),
    age: String(Math.floor((Date.now() - copy.storedAt) / 1000)),
    "x-cache": "HIT",
  });
  res.end(copy.body);
}

/** Collects what Next writes, and stores it as the response ends whole; then calls `ended`. */
function keepCopy(req: http.IncomingMessage, res: http.ServerResponse, ended: () => void) {
  // As asked: Next rewrites req.url as it routes (a payload request loses its `_rsc` parameter).
  const asked = { url: req.url, headers: { ...req.headers } };
  const chunks: Buffer[] = [];
  let size = 0;
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || size > maxCopyBytes) return;
    const b =
      typeof chunk === "string" ? Buffer.from(chunk, encoding as BufferEncoding) : Buffer.from(chunk as Uint8Array);
    chunks.push(b);
    size += b.length;
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.setHeader("x-cache", "MISS");
  res.write = ((...args: unknown[]) => {
    collect(args[0], typeof args[1] === "string" ? args[1] : undefined);
    return write(...args);
  }) as typeof res.write;
  res.end = ((...args: unknown[]) => {
    collect(args[0], typeof args[1] === "string" ? args[1] : undefined);
    const result = end(...args);
    if (size <= maxCopyBytes) responses.set(asked, res.statusCode, res.getHeaders(), Buffer.concat(chunks));
    ended();
    return result;
  }) as typeof res.end;
}

/**
 * The hooks instrumentation.ts installs. Next runs its register() while the app loads, which goes on a moment after
 * prepare() has resolved (seen with Next 16.4): we wait for them before listening, so no request goes unlogged.
 */
async function appHooks(): Promise<ServerHooks> {
  const key = Symbol.for("lokalpulje.serverHooks");
  for (let waited = 0; waited < 60_000; waited += 50) {
    const hooks = (globalThis as Record<symbol, unknown>)[key] as ServerHooks | undefined;
    if (hooks) return hooks;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the app installed no server hooks in 60 s (instrumentation.ts); is the build current?");
}

main().catch((e: unknown) => {
  console.error(`server: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
