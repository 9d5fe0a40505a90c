// Preloaded into the Next.js server: if the start script that launched it
// dies (even by kill -9), the server exits too and frees its port.
const parent = Number(process.env.LOKALPULJE_PARENT_PID);
if (parent > 0) {
  const timer = setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      process.exit(0);
    }
  }, 1000);
  timer.unref();
}
