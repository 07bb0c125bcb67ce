/**
 * A span of seconds as a capture is told: `10s`, `0.25s`, `5m 0s`, `1h 30m`. Rounded to the unit
 * shown before it is cut into units: 3,599.9 s is `1h 0m`, not `59m 60s`.
 */
export function formatSpan(s: number): string {
  const seconds = Math.round(s)
  const minutes = Math.round(s / 60)
  return s < 59.9995 ? `${Number(s.toFixed(3))}s`
    : seconds < 3600 ? `${Math.floor(seconds / 60)}m ${seconds % 60}s`
    : `${Math.floor(minutes / 60)}h ${minutes % 60}m`
}
