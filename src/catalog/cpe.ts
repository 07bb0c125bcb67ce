/**
 * The vendor a CPE names (`cpe:2.3:h:hikvision:ds-2cd2143g0-i:...`, `cpe:/h:zte:...`), with `_`
 * read as a space and escapes undone; undefined for `*` and `-` (any, none) and for text that is
 * no CPE. Scanners (Greenbone, nmap) and bills of materials name products so, with NVD's vendor
 * names (`dahuasecurity` for Dahua), which the catalog's aliases cover.
 */
export function cpeVendor(cpe: unknown): string | undefined {
  if (typeof cpe !== 'string') return undefined
  const m = /^cpe:(?:2\.3:[aho*-]:((?:[^:\\]|\\.)*)|\/[aho]?:([^:]*))/i.exec(cpe.trim())
  const raw = m?.[1] ?? m?.[2]
  if (raw === undefined || raw === '' || raw === '*' || raw === '-') return undefined
  const vendor = decodeURIComponent(raw.replace(/%(?![0-9a-f]{2})/gi, '%25')).replace(/\\(.)/g, '$1').replace(/_/g, ' ').trim()
  return vendor === '' ? undefined : vendor
}

/**
 * A CPE that names a vendor, as written (the name resolver reads its vendor), so that the evidence
 * shows the CPE the maker came from; undefined for anything else.
 */
export function cpeOf(cpe: unknown): string | undefined {
  return typeof cpe === 'string' && cpeVendor(cpe) !== undefined ? cpe.trim() : undefined
}
