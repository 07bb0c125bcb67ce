/**
 * Facts that network automation tools gather from a device and users save as JSON: NAPALM's
 * `get_facts` (`hostname`, `fqdn`, `vendor`, `model`, `serial_number`, `os_version`, `uptime`,
 * `interface_list`) and the facts of Ansible's network modules (`ansible_net_hostname`,
 * `ansible_net_model`, `ansible_net_serialnum`, `ansible_net_version`, ...), at the top of the
 * object (a fact cache file) or under `ansible_facts` (a module's result).
 *
 * Their keys are read as column names (columns.ts); this module only tells such a record from
 * other JSON objects, so that one printed over several lines is read as one device although it
 * has no `id`.
 */
import { isObject } from './device-input.js'

/**
 * The facts of Ansible's setup module about a host (`ansible -m setup --tree out/`, a file per host
 * `{"ansible_facts": {...}, "changed": false}`, or a fact cache file holding the facts alone):
 * `ansible_system_vendor` ("Huawei", "XFUSION", "Dell Inc."), `ansible_product_name` (the model,
 * "2288H V5"), `ansible_product_serial`, `ansible_hostname`, and each interface of
 * `ansible_interfaces` under `ansible_<interface>` (a `-` in its name written `_`) with its
 * `macaddress`. As ansible-core 2.14's setup module writes them; a virtual machine's are "NA".
 */
export function isAnsibleHostFacts(value: Record<string, unknown>): boolean {
  const facts = isObject(value['ansible_facts']) ? value['ansible_facts'] : value
  return ('ansible_system_vendor' in facts || 'ansible_product_name' in facts) && !hasAnsibleNetFacts(facts)
}

/** A host's setup facts (see `isAnsibleHostFacts`) in the device shape: name, manufacturer, model, serial and the MACs of its interfaces. */
export function fromAnsibleHostFacts(value: Record<string, unknown>): Record<string, unknown> {
  const facts = isObject(value['ansible_facts']) ? value['ansible_facts'] : value
  const text = (k: string) => (typeof facts[k] === 'string' && facts[k] !== '' ? facts[k] : undefined)
  const macs: string[] = []
  const interfaces = Array.isArray(facts['ansible_interfaces']) ? facts['ansible_interfaces'] : []
  for (const name of interfaces) {
    if (typeof name !== 'string' || name === 'lo') continue
    const iface = facts[`ansible_${name.replace(/[-.:]/g, '_')}`]
    const mac = isObject(iface) ? iface['macaddress'] : undefined
    if (typeof mac === 'string' && mac !== '' && !macs.includes(mac)) macs.push(mac)
  }
  const out: Record<string, unknown> = {}
  const name = text('ansible_hostname') ?? text('ansible_nodename') ?? text('ansible_fqdn')
  if (name !== undefined) out['name'] = name
  const vendor = text('ansible_system_vendor')
  if (vendor !== undefined) out['manufacturer'] = vendor
  const model = text('ansible_product_name')
  if (model !== undefined) out['model'] = model
  const serial = text('ansible_product_serial')
  if (serial !== undefined) out['serial'] = serial
  if (macs.length > 0) out['macs'] = macs
  return out
}

/** True for NAPALM's `get_facts` or a record of Ansible network facts. */
export function isNetworkFacts(value: Record<string, unknown>): boolean {
  if (Array.isArray(value['interface_list']) && 'vendor' in value && 'os_version' in value) return true
  const facts = value['ansible_facts']
  return hasAnsibleNetFacts(isObject(facts) ? facts : value)
}

function hasAnsibleNetFacts(facts: Record<string, unknown>): boolean {
  for (const k in facts) if (k.startsWith('ansible_net_')) return true
  return false
}
