/**
 * Lexicon tables without a prototype: a word read from a dispatch ("constructor", "toString")
 * must never find an inherited member of Object.prototype.
 */
export function table<V>(entries: Record<string, V>): Record<string, V> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
