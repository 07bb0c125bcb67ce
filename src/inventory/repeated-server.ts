import type { Banner } from '../domain/device.js'

/**
 * The banners of one service but a Server header its captured response holds already (FOFA's
 * `server` beside its `banner`; BinaryEdge's `webv2` headers beside the `service-simple` banner of
 * the same port): counted twice, it looked like two pieces of evidence.
 */
export function withoutRepeatedServer<B extends Pick<Banner, 'field' | 'text'>>(banners: B[]): B[] {
  const whole = banners.filter((b) => b.field === undefined)
  if (whole.length === 0) return banners
  return banners.filter((b) => b.field !== 'server' || !whole.some((w) => w.text.toLowerCase().includes(`server: ${b.text.toLowerCase()}`)))
}
