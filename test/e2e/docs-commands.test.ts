import { describe, expect, it } from 'vitest'
import { testdir } from '../../src/test-support/testdir.js'
import { runCli } from './run-cli.js'

// Commands as README.md and docs/*.md show them, and what those pages promise of them.

const POLICY = `version: 1
rules:
  - id: s889-ban
    lists: [ndaa-889]
    effect: prohibit
`

describe('--strict', () => {
  it('stops at the first malformed row with one error that names the file and line once', async () => {
    const dir = await testdir({
      'devices.csv': 'id,name,manufacturer,manufactured\nd1,a,Huawei,2019-05-01\nd2,b,Cisco,31/12/2019\n',
      'policy.yaml': POLICY,
    })
    for (const args of [['identify', 'devices.csv', '--strict'], ['check', 'devices.csv', '-p', 'policy.yaml', '--strict']]) {
      const run = await runCli(args, { cwd: dir })
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr).toMatch(/^trustpath: devices\.csv:3: field "manufactured" has the value "31\/12\/2019"; expected an ISO date/m)
      expect(run.stderr.match(/devices\.csv:3/g)).toHaveLength(1)
      expect(run.stderr).toMatch(/hint: Fix this row, or run without --strict/)
    }
  })
})
