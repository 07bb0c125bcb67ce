/** Roles a device plays in a network (NetBox-style lowercase slugs). */
export const DEVICE_ROLES = [
  'core', 'ran', 'transport', 'aggregation', 'access', 'cpe', 'camera', 'radio', 'server', 'other',
] as const
/** A device's role in the network: one of `DEVICE_ROLES`. */
export type DeviceRole = (typeof DEVICE_ROLES)[number]

/** Protocols a banner can be captured from. */
export const BANNER_PROTOCOLS = [
  'ssh', 'http', 'https', 'rtsp', 'sip', 'telnet', 'ftp', 'smtp', 'snmp', 'upnp', 'other',
] as const
/** The protocol a banner was captured from: one of `BANNER_PROTOCOLS`. */
export type BannerProtocol = (typeof BANNER_PROTOCOLS)[number]

/**
 * The fields of a banner of protocol `other` that name the command whose output the text is (a
 * device's own `show version` or `display version`, saved from its CLI), or `configuration` for
 * the lines of a saved configuration that describe the device: the evidence it gives says so.
 */
export const COMMAND_OUTPUT_FIELDS: readonly string[] = ['show version', 'display version', 'configuration']

/** A text a device announces about itself: an SSH version string, an HTTP Server header, a greeting. */
export type Banner = {
  protocol: BannerProtocol
  /**
   * Which header or part the text comes from: server, title, www-authenticate, user-agent, greeting;
   * or the command that printed it (`show version`, see `COMMAND_OUTPUT_FIELDS`), or `configuration`.
   */
  field?: string
  text: string
}

/** A hardware part inside a device (its bill of materials). */
export type Component = {
  manufacturer?: string
  model?: string
  /** soc, modem, radio, nic, camera-module, ... */
  kind?: string
}

/**
 * One record a device merged from several sources was read from (`--merge`, see `mergeDevices`):
 * where (the file, a workbook's sheet, the line or row), under which id, and the manufacturer that
 * record declares, when it declares one.
 */
export type DeviceSource = {
  file: string
  sheet?: string
  line?: number
  id: string
  manufacturer?: string
}

/** A device as an inventory describes it: every field but `id` is optional. */
export type Device = {
  id: string
  name?: string
  site?: string
  role?: DeviceRole
  /** The operator network the device belongs to. */
  network?: string
  /** The manufacturer as declared by the inventory (may be a brand name). */
  manufacturer?: string
  model?: string
  serial?: string
  macs?: string[]
  /**
   * The IPv4 and IPv6 addresses a source gives for the device beside its id and name (an asset
   * export's management address: NetBox's `IP Address` column or its API's `primary_ip4`,
   * `primary_ip6` and `oob_ip`, Lansweeper's `IP Address`, a JSON record's `management_ip`), without a
   * prefix length. An id or name that is an address is not repeated here.
   */
  addresses?: string[]
  /**
   * `privateObjects`: objects the agent answered under private enterprise numbers (the first of
   * each number, numeric), kept only when it gave no sysObjectID: a camera that answers its
   * maker's MIB alone is still named by the number its objects sit under.
   */
  snmp?: { sysObjectID?: string; sysDescr?: string; privateObjects?: string[] }
  banners?: Banner[]
  firmware?: { version?: string; sha256?: string }
  components?: Component[]
  /** Date of manufacture or purchase (ISO yyyy-mm-dd, or yyyy-mm or yyyy when only the month or year is known): decides time-bound ownership relations. */
  manufactured?: string
  /**
   * `purchased`: `manufactured` holds the date the device was bought or installed (an inventory's
   * `Purchase Date`), given where no date of manufacture was: the device was made in the two years before it (`MADE_WITHIN_YEARS_BEFORE_PURCHASE`).
   */
  dateKind?: 'purchased'
  /**
   * The date the device was bought or installed, when the inventory gives it beside a date of
   * manufacture (which `manufactured` then holds); given alone, it is `manufactured` with
   * `dateKind: 'purchased'`. A policy's `acquired` scope reads it.
   */
  purchased?: string
  /** What the equipment is used for (public-safety, government-facility-security, ...). */
  purpose?: string
  /** Location of the device itself, when known (decimal degrees). */
  lat?: number
  lon?: number
  /**
   * The lifecycle status the inventory records, as written (NetBox "Decommissioning", ServiceNow
   * "In Stock", Snipe-IT "Lost/Stolen"); `lifecycleOf` (lifecycle.ts) reads its class.
   */
  status?: string
  /**
   * The other ids the device was read under, in the order read, when several records of it were
   * merged into one (`mergeDevices`: a scan's `10.20.0.11` for a NetBox export's `agg-fra-01`).
   */
  aliases?: string[]
  /**
   * Every record the device was merged from, in the order read (absent for a device read once):
   * identify reports a manufacturer one of them declares that the evidence contradicts.
   */
  sources?: DeviceSource[]
}
