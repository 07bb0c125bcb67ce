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
