/** Searches over spans sorted by start, shared by the stages. */

/** Whether `items` are in non-decreasing order of `key` (a stable sort by it would leave them as they are). */
export function sortedBy<T>(items: readonly T[], key: (item: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (key(items[i - 1]) > key(items[i])) return false;
  return true;
}

/** Index of the first item starting at or after `offset` (`items.length` when none does); `items` sorted by start. */
export function firstFrom(items: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
