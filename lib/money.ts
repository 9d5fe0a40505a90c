// Money is integer øre. The database holds BigInt; DTOs carry numbers,
// which are exact up to 90 billion kroner.
export function oreToNumber(value: bigint | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`amount out of range: ${value}`);
  return n;
}
