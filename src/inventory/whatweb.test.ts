import { describe, expect, it } from 'vitest'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { collect } from './formats.case.test.js'
import { parseInventory } from './parse.js'
import { isWhatWebRecord } from './whatweb.js'

// WhatWeb --log-json output of a Jenkins server behind nginx, with the redirect WhatWeb followed,
// as a public WhatWeb parser's test suite on GitHub quotes it (trimmed to two records; the log
// opens with `[`, puts a comma after each record and closes with `{}` and `]`, lib/logging/json.rb).
const CAPTURED = `[
{"target":"http://jenkins.cs.int","http_status":301,"plugins":{"IP":{"string":["10.12.1.110"]},"Title":{"string":["301 Moved Permanently"]},"nginx":{"version":["1.4.6"]},"HTTPServer":{"os":["Ubuntu Linux"],"string":["nginx/1.4.6 (Ubuntu)"]},"Country":{"string":["RESERVED"],"module":["ZZ"]},"RedirectLocation":{"string":["https://jenkins.cs.int/"]}}},
{"target":"https://jenkins.cs.int/login?from=%2F","http_status":200,"plugins":{"HttpOnly":{"string":["JSESSIONID.6d81b00c"]},"Jenkins":{"version":["2.62"]},"IP":{"string":["10.12.1.110"]},"Title":{"string":["Jenkins"]},"nginx":{},"HTTPServer":{"string":["nginx"]}}},
{}
]
`

/**
 * A record in WhatWeb's shape for a Hikvision recorder: its Server header "DNVRS-Webs" is a real
 * capture quoted in the catalog (the hikvision-webs-server pattern); WhatWeb's HTTPServer plugin
 * quotes the header as it came, its Hikvision plugin only names its own guess.
 */
const RECORDER = '{"target":"http://192.0.2.5","http_status":200,"request_config":{"headers":{"User-Agent":"WhatWeb/0.5.5"}},"plugins":{"HTTPServer":{"string":["DNVRS-Webs"]},"Hikvision":{},"IP":{"string":["192.0.2.5"]}}}'

describe('WhatWeb JSON log', () => {
  it('reads each page as a device host:port whose Server header and title are banners', () => {
    const { devices, diagnostics } = parseInventory(CAPTURED, { file: 'whatweb.json' })
    // The empty object WhatWeb writes last is no device and no error.
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      {
        id: 'jenkins.cs.int:80', name: 'jenkins.cs.int',
        // HTTPServer's `os` is WhatWeb's guess from the header: left out.
        banners: [{ protocol: 'http', field: 'server', text: 'nginx/1.4.6 (Ubuntu)' }, { protocol: 'http', field: 'title', text: '301 Moved Permanently' }],
      },
      {
        // The page a redirect led to has its path after the port.
        id: 'jenkins.cs.int:443/login?from=%2F', name: 'jenkins.cs.int',
        banners: [{ protocol: 'https', field: 'server', text: 'nginx' }, { protocol: 'https', field: 'title', text: 'Jenkins' }],
      },
    ])
  })

  it('identifies a maker from the Server header, not from the name of a plugin', () => {
    const catalog = loadDefaultCatalog()
    const [recorder] = parseInventory(`[\n${RECORDER},\n{}\n]\n`, { file: 'whatweb.json' }).devices
    expect(recorder).toEqual({ id: '192.0.2.5:80', name: '192.0.2.5', banners: [{ protocol: 'http', field: 'server', text: 'DNVRS-Webs' }] })
    expect(identify(recorder!, catalog).group).toBe('hikvision')
    // The same plugin match with a generic server names nobody.
    const generic = RECORDER.replace('DNVRS-Webs', 'GoAhead-Webs')
    const [device] = parseInventory(`[\n${generic},\n{}\n]\n`, { file: 'whatweb.json' }).devices
    expect(identify(device!, catalog).group).toBeUndefined()
  })

  it('reads the realm the WWW-Authenticate plugin quotes', () => {
    // WhatWeb keeps the realm of `Basic realm="HuaweiHomeGateway"` (nmap-service-probes) as its string, the scheme as its module.
    const record = '{"target":"http://192.0.2.7:7547/","http_status":401,"plugins":{"WWW-Authenticate":{"module":["Basic"],"string":["HuaweiHomeGateway"]}}}'
    expect(parseInventory(record, { file: 'whatweb.jsonl' }).devices).toEqual([
      { id: '192.0.2.7:7547', name: '192.0.2.7', banners: [{ protocol: 'http', field: 'realm', text: 'HuaweiHomeGateway' }] },
    ])
  })

  it('takes no other tool\'s record for a WhatWeb record', () => {
    expect(isWhatWebRecord({ ip_str: '192.0.2.1', port: 80, data: '' })).toBe(false)
    expect(isWhatWebRecord({ url: 'http://192.0.2.1', input: '192.0.2.1', status_code: 200 })).toBe(false)
    // An inventory's device that names a target and its plugins without WhatWeb's status.
    expect(isWhatWebRecord({ id: 'sw-1', target: 'core', plugins: {} })).toBe(false)
  })
})

describe('WhatWeb XML log', () => {
  // The first record above as lib/logging/xml.rb writes it to a file (no XML declaration then):
  // one <target>, each plugin's name and strings, characters outside its safe set as %XX.
  const XML = `<log>
<target>
\t<uri>http://jenkins.cs.int</uri>
\t<http-status>301</http-status>
\t<request-config>
\t</request-config>
\t<plugin>
\t\t<name>HTTPServer</name>
\t\t<os>Ubuntu Linux</os>
\t\t<string>nginx/1.4.6 (Ubuntu)</string>
\t</plugin>
\t<plugin>
\t\t<name>Title</name>
\t\t<string>301 Moved Permanently</string>
\t</plugin>
\t<plugin>
\t\t<name>nginx</name>
\t\t<version>1.4.6</version>
\t</plugin>
</target>
</log>
`

  it('reads each target as the JSON log\'s record', () => {
    const { devices, diagnostics } = parseInventory(XML, { file: 'whatweb.xml' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([{
      id: 'jenkins.cs.int:80', name: 'jenkins.cs.int',
      banners: [{ protocol: 'http', field: 'server', text: 'nginx/1.4.6 (Ubuntu)' }, { protocol: 'http', field: 'title', text: '301 Moved Permanently' }],
    }])
  })

  it('reads the log the same when it comes in small pieces, as from standard input', async () => {
    const streamed = await collect(XML.match(/[\s\S]{1,7}/g)!, { file: '<stdin>' })
    expect(streamed.devices).toEqual(parseInventory(XML, { file: 'whatweb.xml' }).devices)
    expect(streamed.codes).toEqual([])
  })

  it('turns back the characters WhatWeb wrote as %XX, and leaves a URL\'s own escapes', () => {
    const xml = XML.replace('301 Moved Permanently', '%5BAdmin%5D Login').replace('http://jenkins.cs.int', 'http://jenkins.cs.int/login?from=%2F')
    const [device] = parseInventory(xml, { file: 'whatweb.xml' }).devices
    expect(device).toMatchObject({ id: 'jenkins.cs.int:80/login?from=%2F', banners: [{ field: 'server' }, { field: 'title', text: '[Admin] Login' }] })
  })

  it('reports a <log> that is not WhatWeb\'s', () => {
    const { devices, diagnostics } = parseInventory('<log>\n<entry level="info">started</entry>\n</log>\n', { file: 'app-log.xml' })
    expect(devices).toEqual([])
    expect(diagnostics).toMatchObject([{ code: 'malformed_xml', at: { line: 2 } }])
  })
})

