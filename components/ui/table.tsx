import type { ReactNode } from "react";

/** A data table with a caption; scrolls sideways on a phone instead of breaking the page. */
export function Table({
  caption,
  head,
  children,
  captionHidden = false,
}: {
  caption: string;
  head: ReactNode;
  children: ReactNode;
  captionHidden?: boolean;
}) {
  return (
    <div className="overflow-x-auto mb-6" role="region" aria-label={caption} tabIndex={0}>
      <table className="min-w-full border-collapse text-left">
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
