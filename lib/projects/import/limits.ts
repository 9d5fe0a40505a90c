// The importer's limits, one place for the API, the import page's actions and
// the browser's check before it sends. Safe on the client.

// A project description runs to a few hundred lines; the cap keeps hostile
// text (a million one-word lines) from costing the parser seconds.
export const importLimits = { maxBytes: 5 * 1024 * 1024, maxLines: 20_000 } as const;

/** The files the importers read: text and Word (.docx). */
export const importFileTypes =
  ".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document";
