// Money is integer øre. The database holds BigInt; DTOs carry numbers,
// which are exact up to 90 billion kroner.
export function oreToNumber(value: bigint | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`amount out of range: ${value}`);
  return n;
}

export function sumOre(values: readonly (number | null | undefined)[]): number {
  let total = 0;
  for (const v of values) if (typeof v === "number") total += v;
  return total;
}
