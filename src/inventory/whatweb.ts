/**
 * WhatWeb's JSON log (`--log-json`): a JSON array with one record per page it fetched
 * (`{"target": <url>, "http_status": …, "plugins": {"<plugin>": {"string": [...], ...}}}`), and an
 * empty object last. Each record becomes a device of its own, `host:port` of its target, as
 * httpx's lines do; a redirect WhatWeb followed is a record of its own, with its path after the port.
 *
 * Only plugins that quote what the server sent are read: `HTTPServer` (the Server header),
 * `Title` (the page title) and `WWW-Authenticate` (the realm). The names of the other plugins
 * ("Hikvision", "Huawei-HG-Router"...) and their `version`, `os` and `model` are WhatWeb's own
 * guesses, not evidence.
 */
import type { BannerProtocol } from '../domain/device.js'

/** A plugin's result: WhatWeb writes each kind of value as a list. */
type PluginResult = { string?: unknown; [key: string]: unknown }

/** The fields trustpath reads from a WhatWeb JSON record. */
export type WhatWebRecord = {
  target: string
  http_status?: number
  plugins: Record<string, PluginResult | null>
}

/** True for a WhatWeb record: a `target` as text and a `plugins` object, with the `http_status` WhatWeb writes. */
export function isWhatWebRecord(value: Record<string, unknown>): boolean {
  const plugins = value['plugins']
  return typeof value['target'] === 'string' && 'http_status' in value &&
    typeof plugins === 'object' && plugins !== null && !Array.isArray(plugins)
}

/** WhatWeb's plugins whose `string` is text the server sent, and the banner field it is. */
const QUOTING_PLUGINS: readonly (readonly [string, string])[] = [
  ['HTTPServer', 'server'], ['Title', 'title'], ['WWW-Authenticate', 'realm'],
]

/** The first text of a plugin's `string` list. */
function firstString(result: PluginResult | null | undefined): string | undefined {
  const s = result?.string
  const text = Array.isArray(s) ? s[0] : s
  return typeof text === 'string' && text.trim() !== '' ? text : undefined
}

/**
 * A WhatWeb record as the JSON device shape: `host:port` of its target is the id (with the path
 * after it when the page was another than `/`), the host the name.
 */
export function fromWhatWebRecord(r: WhatWebRecord): Record<string, unknown> {
  let host = r.target
  let id = r.target
  let web: BannerProtocol = 'http'
  try {
    const u = new URL(r.target)
    const port = u.port !== '' ? u.port : u.protocol === 'https:' ? '443' : '80'
    host = u.hostname.replace(/^\[(.*)\]$/, '$1')
    const path = u.pathname + u.search
    id = `${host}:${port}${path === '/' ? '' : path}`
    if (u.protocol === 'https:') web = 'https'
  } catch {
    // A target that is no URL (WhatWeb writes what it was given): it is the id as it is.
  }
  const banners: { protocol: BannerProtocol; field: string; text: string }[] = []
  for (const [plugin, field] of QUOTING_PLUGINS) {
    const text = firstString(r.plugins[plugin])
    if (text !== undefined) banners.push({ protocol: web, field, text })
  }
  return { id, name: host, banners: banners.length > 0 ? banners : undefined }
}
