/**
 * YAML files of other tools, told by their top-level keys: given where a policy (or an inventory)
 * belongs, each gave a list of "unknown key" or "unknown column" errors that never said the file
 * itself was the wrong one.
 */

/** What a netlab lab topology is called in messages: the topology reader tells how to give it. */
export const NETLAB_TOPOLOGY = 'a netlab lab topology'

/** The top-level keys that mark each kind of file, checked in order; the first whose test holds names the file. */
const YAML_KINDS: readonly { kind: string; test: (keys: ReadonlySet<string>) => boolean }[] = [
  // The Compose Specification: `services` is its one required top-level element (beside the
  // obsolete `version`, `name`, `networks`, `volumes`, `configs`, `secrets`).
  { kind: 'a Docker Compose file', test: (k) => k.has('services') },
  // Every Kubernetes object names its `apiVersion` and `kind`.
  { kind: 'a Kubernetes manifest', test: (k) => k.has('apiVersion') && k.has('kind') },
  // The root object of an OpenAPI 3 description names the specification's version in `openapi`;
  // before 3.0 (Swagger 2.0) the key was `swagger`.
  { kind: 'an OpenAPI description', test: (k) => k.has('openapi') || k.has('swagger') },
  // A GitHub Actions workflow: its triggers under `on` and its `jobs`.
  { kind: 'a GitHub Actions workflow', test: (k) => k.has('jobs') && k.has('on') },
  // A netlab lab topology (netlab.tools, "Lab topology overview"): its `nodes` and `links` at the
  // top level, beside `defaults`, `groups`, `module` or `provider`.
  { kind: NETLAB_TOPOLOGY, test: (k) => k.has('nodes') && (k.has('links') || k.has('module') || k.has('provider') || k.has('groups')) },
]

/**
 * The kind of file (`a Docker Compose file`) that the top-level keys of a YAML map mark, or
 * undefined for keys of no kind known here.
 *
 * @example
 * yamlKindOf(['services', 'volumes']) // 'a Docker Compose file'
 */
export function yamlKindOf(keys: Iterable<string>): string | undefined {
  const set = new Set(keys)
  return YAML_KINDS.find((k) => k.test(set))?.kind
}

/**
 * The top-level keys of the start of a YAML text (the keys at the start of a line, before comments
 * and indented lines are skipped), or an empty list when its first line that holds anything is not
 * such a key (a CSV header, a scan's output).
 */
export function yamlTopLevelKeys(head: string): string[] {
  const keys: string[] = []
  for (const line of head.split('\n')) {
    if (/^\s*(?:#.*)?\r?$/.test(line) || /^(?:---|%)/.test(line)) continue
    if (/^\s/.test(line) || line.startsWith('- ')) {
      if (keys.length === 0) return keys
      continue
    }
    const m = /^(["']?)([A-Za-z_$][\w$.-]*)\1[^\S\n]*:(?:\s|$)/.exec(line)
    if (m === null) return keys
    keys.push(m[2]!)
  }
  return keys
}
