/** A place: an operator's point of presence, a military base, an embassy. */
export type Site = {
  id: string
  name?: string
  /** What the site is, for geofences: military-base, embassy, pop, data-center, ... */
  kind?: string
  lat?: number
  lon?: number
  /** ISO 3166-1 alpha-2. */
  country?: string
  network?: string
}
