// Runs once when the Node server starts, before it serves requests.
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- Next's own switch between runtimes, not configuration
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installPeerAddressHeader } = await import("./lib/auth/peer-address");
    installPeerAddressHeader();
  }
}
