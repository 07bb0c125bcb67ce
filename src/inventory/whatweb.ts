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
import type { SourceLocation } from '../diagnostics/diagnostic.js'
import type { BannerProtocol } from '../domain/device.js'
import { ScanXmlParser } from './scan-xml.js'

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

/**
 * Characters WhatWeb's XML log writes as `%XX` (lib/logging/xml.rb `escape`: all but `\x20`-`\x5A`
 * and `\x5E`-`\x7E`): the ASCII ones are turned back. A `%` WhatWeb wrote as it was (a URL's `%2F`)
 * is left, and so are the bytes past ASCII, of which WhatWeb kept only a character's first.
 */
const XML_ESCAPED = /%(5[BCD]|[01][0-9A-F]|7F)/g

function unescapeXmlLog(text: string): string {
  return text.replace(XML_ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

/**
 * WhatWeb's XML log (`--log-xml`): `<log>` with one `<target>` per page fetched (`<uri>`,
 * `<http-status>`, and a `<plugin>` with a `<name>` and its `<string>`s for each plugin that
 * matched), each read as the JSON log's record it stands for.
 */
export class WhatWebXmlParser extends ScanXmlParser {
  private record: { target: string; http_status: string; plugins: Record<string, { string: string[] }> } | undefined
  private recordAt: SourceLocation | undefined
  private plugin: { name: string; string: string[] } | undefined
  private depth = 0

  constructor(file: string) {
    super(file, "WhatWeb's XML log (whatweb --log-xml)")
    this.collectText(() => this.record !== undefined)
    this.parser.on('opentag', (tag) => {
      if (this.failed) return
      if (this.atRoot(tag.name, 'log', 'WhatWeb writes <log>')) return
      this.depth++
      this.text = ''
      if (this.depth === 1) {
        if (tag.name !== 'target') return this.fail(`<log> holds <${tag.name}>, where WhatWeb's log holds <target> elements`)
        this.record = { target: '', http_status: '', plugins: {} }
        this.recordAt = this.here()
      } else if (this.depth === 2 && tag.name === 'plugin') this.plugin = { name: '', string: [] }
    })
    this.parser.on('closetag', (tag) => {
      if (this.failed || this.depth === 0) return
      const text = this.text.trim()
      this.text = ''
      const record = this.record
      if (record !== undefined) {
        if (this.depth === 2 && tag.name === 'uri') record.target = unescapeXmlLog(text)
        else if (this.depth === 2 && tag.name === 'http-status') record.http_status = text
        else if (this.depth === 3 && this.plugin !== undefined && tag.name === 'name') this.plugin.name = unescapeXmlLog(text)
        else if (this.depth === 3 && this.plugin !== undefined && tag.name === 'string') this.plugin.string.push(unescapeXmlLog(text))
        else if (this.depth === 2 && tag.name === 'plugin' && this.plugin !== undefined) {
          if (this.plugin.name !== '') record.plugins[this.plugin.name] = { string: this.plugin.string }
          this.plugin = undefined
        } else if (this.depth === 1 && this.sink !== undefined) {
          this.sink.row({ target: record.target, http_status: Number(record.http_status) || 0, plugins: record.plugins }, this.recordAt!)
          this.record = undefined
        }
      }
      this.depth--
    })
  }
}
