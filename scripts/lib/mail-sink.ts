// A real SMTP server for the tests: the app delivers its mail here over SMTP,
// exactly as to a municipality's relay, and the tests read what arrived. Each
// mail is kept in memory and, when a folder is given, as a JSON file there
// (the e2e run's browsers live in other processes than the server).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string[]; subject: string; text: string; receivedAt: string };

export type MailSink = { url: string; mails: ReceivedMail[]; close: () => Promise<void> };

/** An SMTP answer to refuse a recipient with, e.g. 451 (try again later) or 550 (no such mailbox). */
export type Refusal = { code: number; message: string };

/**
 * Starts an SMTP server on 127.0.0.1 (a free port) that accepts every mail, but for the recipients `refuse`
 * answers for (asked at each attempt, so a test can refuse once and then accept).
 */
export async function startMailSink(folder?: string, refuse?: (to: string) => Refusal | null): Promise<MailSink> {
  if (folder) mkdirSync(folder, { recursive: true });
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const refusal = refuse?.(address.address);
      if (!refusal) return callback();
      callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const mail = parseMail(
          Buffer.concat(chunks).toString("utf8"),
          session.envelope.rcptTo.map((r) => r.address),
        );
        mails.push(mail);
        if (folder)
          writeFileSync(path.join(folder, `${Date.now()}-${mails.length}-${process.pid}.json`), JSON.stringify(mail));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as { port: number }).port;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** A single-part text mail as nodemailer writes it (7bit, quoted-printable or base64). */
export function parseMail(raw: string, to: string[]): ReceivedMail {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(head)?.[1]?.trim() ?? "";
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const text =
    encoding === "base64"
      ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
      : encoding === "quoted-printable"
        ? decodeQuotedPrintable(body)
        : body;
  return {
    to,
    subject: decodeWords(header("Subject")),
    text: text.replace(/\r\n/g, "\n"),
    receivedAt: new Date().toISOString(),
  };
}

function decodeQuotedPrintable(s: string): string {
  const flat = s.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < flat.length; i++) {
    const hex = flat[i] === "=" ? /^[0-9A-F]{2}/i.exec(flat.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(...Buffer.from(flat[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeWords(s: string): string {
  return s.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, kind: string, data: string) =>
    kind.toUpperCase() === "B"
      ? Buffer.from(data, "base64").toString("utf8")
      : decodeQuotedPrintable(data.replace(/_/g, " ")),
  );
}
