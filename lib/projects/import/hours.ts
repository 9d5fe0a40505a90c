// The secretariat's hours in a work section: the first "tim…: 40" (the
// colon may come later, even on a later line) or a line that is only a
// number ("12,5"), whichever comes first. Written as a scan rather than
// the regular expression it replaces (/tim\w*[^:]*:\s*(\d+(?:,\d+)?)|^(\d+(?:,\d+)?)$/m),
// which backtracked for seconds on 160 KB of "tim" without a colon. Linear. Pure.

const number = /\d+(?:,\d+)?/y;
const onlyNumber = /^\d+(?:,\d+)?$/;
const lineBreak = /[\n\r\u2028\u2029]/g;

/** The number after the first colon at or after `from` (spaces and line breaks allowed before it), or null. */
function numberAfterColon(text: string, colon: number): string | null {
  let at = colon + 1;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  number.lastIndex = at;
  return number.exec(text)?.[0] ?? null;
}

/** Where the first "tim…:" followed by a number starts, and the number. */
function firstLabelled(text: string): { at: number; value: string } | null {
  let colon = -1;
  let value: string | null = null;
  for (let at = text.indexOf("tim"); at >= 0; at = text.indexOf("tim", at + 1)) {
    // Every "tim" before the same colon shares its answer: look each colon up once.
    if (colon < at + 3) {
      colon = text.indexOf(":", at + 3);
      if (colon < 0) return null;
      value = numberAfterColon(text, colon);
    }
    if (value !== null) return { at, value };
    at = colon - 3 > at ? colon - 3 : at;
  }
  return null;
}

/** The first line that is only a number. */
function firstBareNumber(text: string): { at: number; value: string } | null {
  let start = 0;
  lineBreak.lastIndex = 0;
  for (;;) {
    const m = lineBreak.exec(text);
    const end = m ? m.index : text.length;
    const line = text.slice(start, end);
    if (onlyNumber.test(line)) return { at: start, value: line };
    if (!m) return null;
    start = end + 1;
  }
}

/** The hours as written ("12,5"), or undefined when the text gives none. */
export function findHours(text: string): string | undefined {
  const labelled = firstLabelled(text);
  const bare = firstBareNumber(text);
  if (labelled && (!bare || labelled.at < bare.at)) return labelled.value;
  return bare?.value;
}
