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
 * The product a CPE names, with `_` read as a space and escapes undone (`integrated lights-out` of
 * `cpe:/h:hp:integrated_lights-out`); undefined for `*`, `-` and text that is no CPE.
 */
export function cpeProduct(cpe: string): string | undefined {
  const m = /^cpe:(?:2\.3:[aho*-]:(?:[^:\\]|\\.)*:((?:[^:\\]|\\.)*)|\/[aho]?:[^:]*:([^:]*))/i.exec(cpe.trim())
  const raw = m?.[1] ?? m?.[2]
  if (raw === undefined || raw === '' || raw === '*' || raw === '-') return undefined
  const product = decodeURIComponent(raw.replace(/%(?![0-9a-f]{2})/gi, '%25')).replace(/\\(.)/g, '$1').replace(/_/g, ' ').trim()
  return product === '' ? undefined : product
}

/**
 * A CPE that names a vendor, as written (the name resolver reads its vendor), so that the evidence
 * shows the CPE the maker came from; undefined for anything else.
 */
export function cpeOf(cpe: unknown): string | undefined {
  return typeof cpe === 'string' && cpeVendor(cpe) !== undefined ? cpe.trim() : undefined
}

/**
 * Vendors of operating systems that many makers' devices run (`cpe:/o:linux:linux_kernel`,
 * Microsoft Windows, the BSDs, VxWorks, Ubicom's IPOS in other makers' routers, VMware ESXi on any
 * maker's servers, `cpe:/o:vmware:esxi` in nmap's service matches): such an OS CPE names nobody who
 * made the device.
 */
const GENERAL_OS_VENDORS: ReadonlySet<string> = new Set([
  'linux', 'microsoft', 'freebsd', 'openbsd', 'netbsd', 'canonical', 'debian', 'redhat', 'centos', 'fedoraproject',
  'suse', 'novell', 'gentoo', 'sun', 'oracle', 'google', 'windriver', 'wind river', 'ubicom', 'qnx', 'blackberry', 'sco',
  'vmware',
])

/**
 * Operating systems of device makers that run on other makers' machines: Huawei's EulerOS
 * (`cpe:/o:huawei:euleros`, `cpe:/o:huawei:euleros_virtualization_for_arm_64`, as Greenbone's
 * EulerOS detection registers them) and ZTE's NewStart CGSL (`cpe:/o:zte:cgsl_main`,
 * `cpe:/o:zte:cgsl_core`, as Nessus's CGSL checks name them) on any maker's servers and virtual
 * machines, and Huawei's LiteOS (`cpe:/o:huawei:liteos`), an IoT system published under the
 * 3-clause BSD licence (its Wikipedia article) that other makers' MCU kits and products build on (a
 * LiteOS overview on programmingoneonone.com: it "has cooperated with more than 30 MCU and solution
 * partners" for meters, parking and street lamps). Matched on `vendor:product`.
 */
const GENERAL_OS_PRODUCTS = /^(?:huawei:euleros|huawei:liteos|zte:cgsl_)/i

/**
 * Whether a product of CPE part `part` (`h`, `o`, `a`) by `vendor` names the maker of the device it
 * was found on: hardware does, and an operating system only one maker's devices run
 * (`huawei`/`vrp`, `fortinet`/`fortios`); an application (OpenSSH runs on anyone's device) and a
 * general operating system (Linux, Windows, the BSDs, VxWorks, ESXi, Huawei's EulerOS) do not. For
 * a scanner that names a product by these parts without writing its CPE (Censys's
 * `operating_system` and `software` entries: `part`, `vendor`, `product`).
 */
export function namesDeviceMaker(part: string, vendor: string, product = ''): boolean {
  const p = part.trim().toLowerCase()
  if (p === 'h') return vendor.trim() !== ''
  if (p !== 'o' || vendor.trim() === '') return false
  const v = vendor.trim().toLowerCase().replace(/_/g, ' ')
  return !GENERAL_OS_VENDORS.has(v) && !GENERAL_OS_PRODUCTS.test(`${v.replace(/ /g, '_')}:${product.trim().toLowerCase().replace(/ /g, '_')}`)
}

/**
 * A CPE that names the maker of a device, as written: hardware (`cpe:/h:huawei:hg8245t`), or an
 * operating system only one maker's devices run (`cpe:/o:huawei:vrp`, `cpe:/o:cisco:ios`);
 * undefined for applications (`cpe:/a:openbsd:openssh` runs on anyone's device), for general
 * operating systems (Linux, Windows, the BSDs, VxWorks, ESXi, Huawei's EulerOS) and for anything
 * else (see `namesDeviceMaker`).
 */
export function deviceMakerCpe(cpe: string): string | undefined {
  const text = cpe.trim()
  const m = /^cpe:(?:2\.3:)?\/?([aho*-]):/i.exec(text)
  const vendor = cpeVendor(text)
  if (m === null || vendor === undefined) return undefined
  return namesDeviceMaker(m[1]!, vendor, cpeProduct(text) ?? '') ? text : undefined
}
