/**
 * The lifecycle status an inventory records for a device (`Device.status`, free text as the tool
 * wrote it) and the class trustpath reads it as.
 *
 * Three classes, no more: a check reads the class to tell which findings are on equipment the
 * inventory says is not (or no longer) in the network, and a policy may limit a rule to some of
 * them. A device without a status, and a status not listed below, is `in-service`: an unknown word
 * never hides a device. Equipment that is failed, broken, offline, in maintenance or out for repair
 * is in service too (it is still installed, or comes back), and so is equipment being
 * decommissioned (NetBox's `decommissioning`, ServiceNow's `Being Decommissioned`): it stays in the
 * network until it is removed.
 */

import { isPlaceholder } from '../util/placeholder.js'

/** Lifecycle classes of a device's recorded status. */
export const LIFECYCLE_CLASSES = ['in-service', 'not-deployed', 'out-of-service'] as const
/** The lifecycle class of a device's recorded status: one of `LIFECYCLE_CLASSES`. */
export type LifecycleClass = (typeof LIFECYCLE_CLASSES)[number]

/**
 * Recorded statuses that are no lifecycle, by their key (see `statusKey`): a monitoring tool's
 * reachability (LibreNMS and Observium write `status` 1 or 0, a ping `up` or `down`; Meraki's
 * device statuses are "online, alerting, offline, dormant": Meraki.Api, DeviceStatus and
 * OrganizationsDevicesAvailability, https://panoramicdata.github.io/Meraki.Api/; its clients
 * `Online`), a network access control's verdict (ClearPass's endpoints: `Known`), the plain words
 * `connected`, `disconnected`, `ok`, or a yes or no. Such a value is not kept as the device's
 * status. `offline` is kept: it is one of NetBox's device statuses.
 */
const NOT_A_LIFECYCLE: ReadonlySet<string> = new Set([
  'up', 'down', 'reachable', 'unreachable', 'online', 'alerting', 'dormant', 'connected', 'disconnected', 'known', 'ok',
  'true', 'false', 'yes', 'no',
])

/**
 * Statuses of equipment that is not yet in the network, by key:
 * - NetBox's device statuses `planned`, `staged`, `inventory` (labels "Planned", "Staged",
 *   "Inventory": DeviceStatusChoices, netbox/dcim/choices.py,
 *   https://github.com/netbox-community/netbox), which Nautobot's default device statuses share
 *   (WritableDeviceWithConfigContextStatusEnum, nautobot-go v0.0.3,
 *   https://github.com/jqueuniet/nautobot-go/blob/v0.0.3/docs/WritableDeviceWithConfigContextStatusEnum.md);
 * - ServiceNow's `install_status` "On Order", "Pending Install", "In Stock" ("CI Exist but not
 *   installed") and its `operational_status` "Ready" ("Queries on Install status and Operational
 *   status in CMDB", ServiceNow Community, 2021-11-15,
 *   https://www.servicenow.com/community/itom-forum/queries-on-install-status-and-operational-status-in-cmdb/m-p/903705;
 *   "Ready — Provisioned but not yet in production": "ServiceNow CMDB Status Fields Explained",
 *   https://onlyflows.tech/blog/servicenow-cmdb-status-fields-explained-operational-status-vs-install-status-vs-life-cycle-stage);
 * - Snipe-IT's "Pending" ("Not assigned to anyone … a newly purchased asset": Snipe-IT wiki,
 *   Assets, https://www.github.com/snipe/snipe-it/wiki/Assets);
 * - ManageEngine AssetExplorer's and ServiceDesk Plus's "In Store" ("procured but yet to be used":
 *   Asset State, https://help.assetexplorer.com/portal/en/kb/articles/asset-state); "Stock"
 *   (Hitachi JP1/Asset Console's device statuses, "8.2 Management of asset status",
 *   https://itpfdoc.hitachi.co.jp/manuals/3021/3021337600e/DMAS0128.HTM);
 * - i-doit's CMDB statuses "ordered", "delivered" and "stored" (beside "planned"; its status
 *   constants C__CMDB_STATUS__ORDERED, __DELIVERED, __STORED: i-doit/knowledge-base, docs/en,
 *   Administration, Predefined content, CMDB Status). Its "assembled" and "tested" may already be
 *   in the network, and stay in service.
 *
 * Snipe-IT's "Ready to Deploy" is not here: an asset checked out to a user keeps it ("Deployed
 * assets are really in 'ready to deploy' status + assigned": Snipe-IT issue #4723, 2018-01-08,
 * https://github.com/grokability/snipe-it/issues/4723).
 */
const NOT_DEPLOYED = [
  'planned', 'staged', 'inventory', 'on order', 'pending install', 'in stock', 'ready', 'pending', 'in store', 'stock',
  'ordered', 'delivered', 'stored',
]

/**
 * Statuses of equipment recorded as gone from the network, by key:
 * - ServiceNow's `install_status` "Retired", "Stolen" and "Absent" ("CIs are set to this state by
 *   Discovery when a previously present CI was discovered to be absent") and `operational_status`
 *   "Retired" (ServiceNow Community, as above);
 * - Snipe-IT's status type "Archived" and the label "Lost/Stolen" (Snipe-IT issue #4060,
 *   https://github.com/grokability/snipe-it/issues/4060);
 * - Lansweeper's "Non-active", the state of assets not seen for a number of days, "excluded from
 *   most reports" ("Automate asset and user inventory cleanup",
 *   https://community.lansweeper.com/t5/sites/automate-asset-and-user-inventory-cleanup/ta-p/81941);
 * - AssetExplorer's and ServiceDesk Plus's "Expired" and "Disposed" ("removed from the active asset
 *   list", as above); Hitachi JP1/Asset Console's "Scrap" (as above); NetBox's circuit status
 *   "Decommissioned" (CircuitStatus, netbox-openapi 0.6.0, https://docs.rs/crate/netbox-openapi/0.6.0);
 * - the plain words "sold", "lost", "missing", "destroyed", "scrapped".
 */
const OUT_OF_SERVICE = [
  'retired', 'decommissioned', 'disposed', 'sold', 'stolen', 'lost', 'lost stolen', 'stolen lost', 'missing', 'archived',
  'absent', 'non active', 'nonactive', 'expired', 'scrap', 'scrapped', 'destroyed',
]

/**
 * The classes' own names (`out-of-service`, `Not deployed`), as an inventory written for trustpath
 * or a policy's scope gives them, by key.
 */
const CLASS_NAMES: ReadonlyMap<string, LifecycleClass> = new Map(LIFECYCLE_CLASSES.map((c) => [compact(c.replaceAll('-', ' ')), c] as const))

/** Classes by key without its spaces (see `compact`). */
const CLASSES: ReadonlyMap<string, LifecycleClass> = new Map([
  ...NOT_DEPLOYED.map((k) => [compact(k), 'not-deployed'] as const),
  ...OUT_OF_SERVICE.map((k) => [compact(k), 'out-of-service'] as const),
  ...CLASS_NAMES,
])

/** A key without its spaces: a status written as one word (`InStock`, `OnOrder`, an API's enum) is the status in words. */
function compact(key: string): string {
  return key.replaceAll(' ', '')
}

/** `Lost/Stolen` → `lost stolen`: lower case, words of letters and digits apart by one space. */
function statusKey(status: string): string {
  return status.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** Class by recorded status text (null: no lifecycle, see `lifecycleStatus`): an inventory repeats a few of them. Emptied when full. */
const MEMO = new Map<string, LifecycleClass | null>()
const MEMO_LIMIT = 1_000

function classOf(status: string): LifecycleClass | null {
  const known = MEMO.get(status)
  if (known !== undefined) return known
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear()
  const key = statusKey(status)
  const typed = SNIPE_IT_TYPED.exec(status)
  const c = key === '' || isPlaceholder(status) || NUMBER.test(key) || NOT_A_LIFECYCLE.has(key) ? null
    : typed !== null ? SNIPE_IT_TYPES.get(typed[2]!.toLowerCase()) ?? CLASSES.get(compact(statusKey(typed[1]!))) ?? 'in-service'
      : CLASSES.get(compact(key)) ?? 'in-service'
  MEMO.set(status, c)
  return c
}
const NUMBER = /^\d+(?: \d+)?$/

/**
 * A status as Snipe-IT's custom asset report writes it: the label, then in parentheses the
 * asset's "status meta", `deployed` for an asset checked out to someone, else the label's type
 * (`Archived (archived)`, `Lost/Stolen (archived)`, `Pending (pending)`, `Ready to Deploy
 * (deployable)`, `Out for Repair (undeployable)`: ReportsController::postCustom writes
 * `$asset->assetstatus->name.' ('.$asset->present()->statusMeta.')'`, and AssetPresenter::statusMeta
 * returns 'deployed' or the label's `getStatuslabelType()`; snipe/snipe-it,
 * app/Http/Controllers/ReportsController.php and app/Presenters/AssetPresenter.php). Users name
 * their own labels, so the type tells the class where it says one: a deployed asset is in service,
 * an archived one out of service (Snipe-IT's archived type is its retired assets), a pending one
 * not deployed yet; a deployable or undeployable label is read by its name.
 */
const SNIPE_IT_TYPED = /^(.*\S)\s*\(\s*(deployed|deployable|undeployable|pending|archived)\s*\)\s*$/i
const SNIPE_IT_TYPES: ReadonlyMap<string, LifecycleClass> = new Map([
  ['deployed', 'in-service'], ['archived', 'out-of-service'], ['pending', 'not-deployed'],
])

/**
 * The lifecycle class of a recorded status; `in-service` for none and for any status not known to
 * mean otherwise.
 *
 * @example
 * lifecycleOf('Decommissioning') // 'in-service' (still in the network until removed)
 * lifecycleOf('Retired')         // 'out-of-service'
 * lifecycleOf('In stock')        // 'not-deployed'
 */
export function lifecycleOf(status: string | undefined): LifecycleClass {
  return status === undefined ? 'in-service' : classOf(status) ?? 'in-service'
}

/**
 * A recorded status (trimmed) as a device keeps it, or undefined when it says nothing about a
 * lifecycle: empty, a placeholder ("N/A", "-"), a number, a reachability such as `up` or `down` (see `NOT_A_LIFECYCLE`).
 * ServiceNow's choice values (`install_status` "7") are numbers too: its display values are read.
 */
export function lifecycleStatus(status: string): string | undefined {
  return classOf(status) === null ? undefined : status
}

/** The class a text names in another case or spelling (`Out-Of-Service`, `in_service`), else undefined. */
export function lifecycleClassNamed(text: string): LifecycleClass | undefined {
  return CLASS_NAMES.get(compact(statusKey(text)))
}
