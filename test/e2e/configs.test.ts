import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { testdir } from '../../src/test-support/testdir.js'
import { runCli } from './run-cli.js'

/* Configuration backups quoted from public files of real devices: see src/inventory/config-backup.test.ts. */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/configs/${name}`, import.meta.url), 'utf8')

describe('trustpath identify on saved configurations', () => {
  it('reads each backup file as one device named by its configuration, and names the maker only where its header does', async () => {
    const dir = await testdir({
      'r4.azo.memhamwan.net.rsc': fixture('r4.azo.memhamwan.net.rsc'),
      'router1.example.net': fixture('rancid-cisco-router1'),
      'chr.rsc': fixture('routeros-chr-nicaragua.rsc'),
    })
    const rows: unknown[] = []
    for (const file of ['r4.azo.memhamwan.net.rsc', 'router1.example.net', 'chr.rsc']) {
      const run = await runCli(['identify', file, '-f', 'json'], { cwd: dir })
      expect(run.status, run.stderr).toBe(0)
      expect(run.stderr).not.toMatch(/error|warning/)
      rows.push(...(JSON.parse(run.stdout) as { id: string; manufacturer: string | null; group: string | null }[]).map((r) => [r.id, r.manufacturer, r.group]))
    }
    expect(rows).toEqual([
      ['r4.azo.memhamwan.net', 'mikrotik', 'mikrotik'],
      ['router1', 'cisco', 'cisco'],
      ['chr', null, null],
    ])
    const table = await runCli(['identify', 'router1.example.net', '-f', 'table'], { cwd: dir })
    expect(table.stdout).toContain('configuration cat4500e-ENTSERVICESK9-M')
  })
})
