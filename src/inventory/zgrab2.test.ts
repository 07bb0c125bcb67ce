import { describe, expect, it } from 'vitest'
import { identify } from '../identify/identify.js'
import { loadDefaultCatalog } from '../io/load-catalog.js'
import { parseInventory } from './parse.js'

// Lines in the shape of zgrab2's output (trimmed: the SSH key exchange, TLS logs and request details left out).
const SSH = {
  ip: '192.0.2.20',
  data: {
    ssh: {
      status: 'success', protocol: 'ssh', timestamp: '2026-11-01T10:00:00Z',
      result: { server_id: { raw: 'SSH-2.0-HUAWEI-1.5', version: '2.0', software: 'HUAWEI-1.5' }, server_key_exchange: { kex_algorithms: ['diffie-hellman-group14-sha1'] } },
    },
  },
}
const CAMERA = {
  ip: '192.0.2.21', domain: 'cam.example.net',
  data: {
    'http-80': {
      status: 'success', protocol: 'http', timestamp: '2026-11-01T10:00:01Z',
      result: {
        response: {
          status_line: '401 Unauthorized', status_code: 401,
          headers: { server: ['App-webs/'], www_authenticate: ['Digest realm="IP Camera(C6789)"'], unknown: [{ key: 'date', value: ['Sun, 01 Nov 2026 10:00:01 GMT'] }] },
          body: '<!DOCTYPE html>\n<html><head><title>Document Error: Unauthorized</title></head><body></body></html>',
          request: { url: { scheme: 'http', host: 'cam.example.net', path: '/' }, method: 'GET' },
        },
      },
    },
    // A module that got nothing.
    'http-8443': { status: 'connection-timeout', protocol: 'http', result: null, error: 'dial tcp: i/o timeout' },
  },
}
const TELNET = {
  ip: '192.0.2.22',
  data: { telnet: { status: 'success', protocol: 'telnet', result: { banner: '\r\nLogin authentication\r\n\r\n\r\nUsername:', will: [{ name: 'Echo', value: 1 }] } } },
}

describe('zgrab2 output', () => {
  it('reads a line as a device with the banners its modules grabbed', () => {
    const { devices, diagnostics } = parseInventory([SSH, CAMERA, TELNET].map((l) => JSON.stringify(l)).join('\n'), { file: 'zgrab.json' })
    expect(diagnostics).toEqual([])
    expect(devices).toEqual([
      { id: '192.0.2.20', name: '192.0.2.20', banners: [{ protocol: 'ssh', text: 'SSH-2.0-HUAWEI-1.5' }] },
      {
        // One address may serve several names: the domain is part of the id.
        id: '192.0.2.21/cam.example.net', name: 'cam.example.net',
        banners: [
          { protocol: 'http', field: 'server', text: 'App-webs/' },
          { protocol: 'http', field: 'www-authenticate', text: 'Digest realm="IP Camera(C6789)"' },
          { protocol: 'http', text: CAMERA.data['http-80'].result.response.body },
        ],
      },
      { id: '192.0.2.22', name: '192.0.2.22', banners: [{ protocol: 'telnet', text: 'Login authentication\r\n\r\n\r\nUsername:' }] },
    ])
  })

  it('identifies the makers from what the modules grabbed', () => {
    const catalog = loadDefaultCatalog()
    const { devices } = parseInventory([SSH, CAMERA].map((l) => JSON.stringify(l)).join('\n'), { file: 'zgrab.json' })
    expect(devices.map((d) => identify(d, catalog).group)).toEqual(['huawei', 'hikvision'])
  })

  it('keeps the start of a large page, where its title is', () => {
    const big = structuredClone(CAMERA)
    big.data['http-80'].result.response.body = `<html><head><title>x</title></head><body>${'a'.repeat(200_000)}</body></html>`
    const [device] = parseInventory(JSON.stringify(big), { file: 'zgrab.json' }).devices
    expect(device!.banners![2]!.text.length).toBe(64 * 1024)
  })

  it('reads a line whose HTTP module followed a redirect as the target it is, not as the addresses it was redirected to', () => {
    // The output line of zgrab2's README (`echo example.com | zgrab2 http`), its page cut: zgrab2
    // 0.2 lists the addresses a redirect resolved to, each with an `ip`, under the module's result.
    const line = '{"ip":"23.215.0.138","domain":"example.com","data":{"http":{"status":"success","protocol":"http","port":80,"result":{"response":{"status_line":"200 OK","status_code":200,' +
      '"protocol":"HTTP/1.1","headers":{"content_type":["text/html"],"vary":["Accept-Encoding"]},"body":"\\u003c!doctype html\\u003e\\u003chtml lang=\\"en\\"\\u003e\\u003chead\\u003e\\u003ctitle\\u003eExample Domain\\u003c/title\\u003e",' +
      '"request":{"url":{"scheme":"http","host":"example.com","path":"/"},"method":"GET"}},"redirects_to_resolved_ips":[{"redirect_name":"example.com","ip":"23.215.0.138:80"}]},"timestamp":"2025-11-06T16:18:00-08:00"}}}\n'
    for (const file of ['zgrab.json', 'zgrab.jsonl']) {
      const { devices, diagnostics } = parseInventory(line, { file })
      expect(diagnostics, file).toEqual([])
      expect(devices, file).toEqual([{
        id: '23.215.0.138/example.com', name: 'example.com',
        banners: [{ protocol: 'http', text: '<!doctype html><html lang="en"><head><title>Example Domain</title>' }],
      }])
    }
  })

  it('refuses a scan saved with its log, saying so and how to save the results alone', () => {
    // zgrab2's terminal as its README shows it (`echo example.com | zgrab2 http`), the line cut:
    // the log on standard error around the result on standard output, saved together with 2>&1.
    const terminal = 'INFO[0000] started grab at 2025-11-06T16:18:00-08:00    \n' +
      '{"ip":"23.215.0.138","domain":"example.com","data":{"http":{"status":"success","protocol":"http","port":80,"result":{"response":{"status_code":200}}}}}\n' +
      'INFO[0000] finished grab at 2025-11-06T16:18:00-08:00   \n' +
      '00h:00m:00s; Scan Complete; 1 targets scanned; 6.67 targets/sec; 100.0% success rate\n'
    expect(() => parseInventory(terminal, { file: 'scan.txt' })).toThrow(/^the inventory starts with a log line \("INFO\[0000\] started grab at 2025-11-06T16:18:00-08:00"\), not with its results/)
    try {
      parseInventory(terminal, { file: 'scan.txt' })
    } catch (e) {
      expect((e as { hint?: string }).hint).toMatch(/-o scan\.jsonl/)
    }
  })
})

/**
 * The certificate of a Huawei home gateway (HG series) as zcrypto parsed it in a 2017 internet scan
 * by zgrab (an Elasticsearch export of its lines quoted in a public UI mock: 190.80.151.141, whose
 * page redirects to /html/index.asp): the gateway's certificate, O=Huawei, OU=Terminal, signed by
 * the Terminal authority of the same organisation. zgrab2 logs the handshake with the same parser,
 * under the HTTP request's `tls_log` and in the tls module's result.
 */
const HUAWEI_GATEWAY_CERTIFICATE = {
  raw: 'MIIDBTCCAm6gAwIBAgIBCTANBgkqhkiG9w0BAQUFADB8MQswCQYDVQQGEwJDTjELMAkGA1UECBMCR0Qx',
  parsed: {
    version: 3, serial_number: '9', signature_algorithm: { name: 'SHA1WithRSA', oid: '1.2.840.113549.1.1.5' },
    issuer: { common_name: ['Terminal'], country: ['CN'], locality: ['SZ'], province: ['GD'], organization: ['Huawei'], organizational_unit: ['Terminal'], email_address: ['bb@huawei.com'] },
    issuer_dn: 'C=CN, ST=GD, L=SZ, O=Huawei, OU=Terminal, CN=Terminal, emailAddress=bb@huawei.com',
    subject: { common_name: ['10.0.0.138', '192.168.1.1', '192.168.1.254', '192.168.0.1'], country: ['CN'], province: ['GD'], organization: ['Huawei'], organizational_unit: ['Terminal'] },
    subject_dn: 'C=CN, ST=GD, O=Huawei, OU=Terminal, CN=10.0.0.138, CN=192.168.1.1, CN=192.168.1.254, CN=192.168.0.1',
    signature: { valid: true, self_signed: false },
  },
}

describe('certificates in zgrab2 output', () => {
  it('reads the subject of a certificate the device issued itself, from the HTTP module\'s TLS log and the tls module', () => {
    const http = {
      ip: '190.80.151.141',
      data: {
        http: {
          status: 'success', protocol: 'http',
          result: {
            response: {
              status_code: 200, body: '<html>\n<head>\n<title>replace</title>\n<body>\n<script>\nvar pageName = \'/html/index.asp\';\n</script>\n</head>\n</body>\n</html>\n',
              request: { url: { scheme: 'https', host: '190.80.151.141', path: '/' }, method: 'GET', tls_log: { handshake_log: { server_certificates: { certificate: HUAWEI_GATEWAY_CERTIFICATE } } } },
            },
          },
        },
      },
    }
    const tls = { ip: '190.80.151.142', data: { tls: { status: 'success', protocol: 'tls', result: { handshake_log: { server_certificates: { certificate: HUAWEI_GATEWAY_CERTIFICATE } } } } } }
    // A certificate a public authority issued to a website names its owner, not the device's maker.
    const site = {
      ip: '192.0.2.30',
      data: { tls: { status: 'success', protocol: 'tls', result: { handshake_log: { server_certificates: { certificate: { parsed: { subject_dn: 'CN=www.example.com, O=Huawei Technologies Co., Ltd., C=CN', issuer_dn: 'C=US, O=DigiCert Inc, CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1' } } } } } } },
    }
    const { devices, diagnostics } = parseInventory([http, tls, site].map((l) => JSON.stringify(l)).join('\n'), { file: 'zgrab2.jsonl' })
    expect(diagnostics).toEqual([])
    const certificate = { protocol: 'https', field: 'certificate', text: HUAWEI_GATEWAY_CERTIFICATE.parsed.subject_dn }
    expect(devices.map((d) => d.banners?.filter((b) => b.field === 'certificate'))).toEqual([[certificate], [certificate], undefined])
    const catalog = loadDefaultCatalog()
    const gateway = identify(devices[1]!, catalog)
    // The organisation's name alone: a hint to confirm, below the line under which findings are warnings.
    expect([gateway.group, gateway.confidence < 0.5]).toEqual(['huawei', true])
    expect(identify(devices[2]!, catalog).group).toBeUndefined()
  })
})

describe('zgrab (0.x) output', () => {
  it('reads a line of zgrab, whose modules\' results stand under their names without a status, as zgrab2\'s', () => {
    // The Huawei home gateway's line of the 2017 scan above (trimmed: the client hello, server
    // hello and certificate chain left out), as the Elasticsearch export holds its _source.
    const line = {
      ip: '190.80.151.141', timestamp: '2017-11-21T02:30:45-05:00',
      data: {
        http: {
          response: {
            status_line: '200 OK', status_code: 200, protocol: { name: 'HTTP/1.1', major: 1, minor: 1 },
            headers: { cache_control: ['no-cache'], connection: ['Keep-Alive'], content_length: ['874'], content_type: ['text/html'], unknown: [{ key: 'date', value: ['Tue, 21 Nov 2017 07:30:16 GMT'] }] },
            body: '<html>\n<head>\n<META http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\r\n<title>replace</title>\n<body>\n<script language="JavaScript" type="text/javascript">\nvar pageName = \'/html/index.asp\';\n</script>\n</head>\n</body>\n</html>\n',
            request: {
              url: { scheme: 'https', host: '190.80.151.141', path: '/' }, method: 'GET',
              tls_handshake: { server_certificates: { certificate: HUAWEI_GATEWAY_CERTIFICATE } },
            },
          },
        },
      },
    }
    const { devices, diagnostics } = parseInventory(JSON.stringify(line), { file: 'zgrab.json' })
    expect(diagnostics).toEqual([])
    expect(devices.map((d) => [d.id, d.banners?.map((b) => b.field ?? b.protocol)])).toEqual([['190.80.151.141', ['https', 'certificate']]])
    expect(identify(devices[0]!, loadDefaultCatalog()).group).toBe('huawei')
  })
})
