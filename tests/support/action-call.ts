// A server action's call as React's client posts it, for the tests that drive actions over HTTP (the load, outage
// and instances tests through `act`, the e2e fuzzer through Playwright): the fields as "_1_<name>", then "0"
// naming the form as the action's one argument, with the action's id in a header.

/** The body: each field as "_1_<name>", then "0". */
export function actionBody(fields: Iterable<readonly [string, string | Blob]>): FormData {
  const body = new FormData();
  for (const [name, value] of fields) body.append(`_1_${name}`, value);
  body.append("0", '["$K1"]');
  return body;
}

/** The headers that make a POST a call of the action `id`. */
export const actionHeaders = (id: string) => ({ "next-action": id, accept: "text/x-component" });
