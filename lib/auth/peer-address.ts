// Writes the TCP peer's address into a header of every incoming request, so
// code that only sees headers (server actions, route handlers) can rate-limit
// by an address the client cannot forge. Installed once per Node process from
// instrumentation.ts, before Next serves requests.
import http from "node:http";
import { PEER_HEADER } from "./client-address";

const installed = Symbol.for("lokalpulje.peerAddressHeader");

export function installPeerAddressHeader(): void {
  const proto = http.Server.prototype as http.Server & { [installed]?: boolean };
  if (proto[installed]) return;
  proto[installed] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
    }
    return (emit as (this: http.Server, e: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
}
