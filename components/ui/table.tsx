import type { ReactNode } from "react";

// The look of `Td`, given once by the table to its bare body cells: a table of hundreds of rows (the ranking: 500 ×
// 13 cells) then sends one class list instead of one per cell, in the HTML and again in React's payload.
const leanCellClasses =
  "[&_tbody_td]:px-3 [&_tbody_td]:py-2 [&_tbody_td]:border-b [&_tbody_td]:border-gray-200 [&_tbody_td]:align-top " +
  "[&_td.num]:text-right [&_td.num]:tabular-nums";

/**
 * A data table with a caption; scrolls sideways on a phone instead of breaking the page. With `leanCells`, the body's
 * rows use bare `<td>` (numbers: `<td className="num">`) and look like `Td`.
 */
export function Table({
  caption,
  head,
  children,
  captionHidden = false,
  leanCells = false,
}: {
  caption: string;
  head: ReactNode;
  children: ReactNode;
  captionHidden?: boolean;
  leanCells?: boolean;
}) {
  return (
    <div className="overflow-x-auto mb-6" role="region" aria-label={caption} tabIndex={0}>
      <table className={`min-w-full border-collapse text-left${leanCells ? ` ${leanCellClasses}` : ""}`}>
        <caption className={captionHidden ? "sr-only" : "text-left font-semibold mb-2"}>{caption}</caption>
        <thead className="border-b-2 border-gray-700">{head}</thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function Th({ children, numeric = false }: { children: ReactNode; numeric?: boolean }) {
  return (
    <th scope="col" className={`px-3 py-2 ${numeric ? "text-right" : ""}`}>
      {children}
    </th>
  );
}

export function Td({ children, numeric = false }: { children: ReactNode; numeric?: boolean }) {
  return (
    <td className={`px-3 py-2 border-b border-gray-200 align-top ${numeric ? "text-right tabular-nums" : ""}`}>
      {children}
    </td>
  );
}
