/**
 * Stores `value` under `key` in a memo table that holds at most `limit` entries, emptying a full
 * table first, and returns the value. The memo tables of the hot paths (identify, validation,
 * output) go through this: repeated texts stay cheap while memory stays bounded on any input.
 */
export function putBounded<K, V>(map: Map<K, V>, key: K, value: V, limit: number): V {
  if (map.size >= limit) map.clear()
  map.set(key, value)
  return value
}
