/** The mean Earth radius in km (IUGG), the one the link-metric rule uses. */
export const EARTH_RADIUS_KM = 6371

const RAD = Math.PI / 180

/**
 * The great-circle distance in km between two points given in degrees, by the haversine formula.
 *
 * @example haversineKm(52.52, 13.405, 48.8566, 2.3522) // Berlin → Paris, about 878 km
 */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD
  const dLon = (lon2 - lon1) * RAD
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2
  // min() guards against h creeping above 1 by rounding for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}
