import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { testdir } from '../../src/test-support/testdir.js'
import { buildWorkbook, textSheet } from '../../src/test-support/workbook.js'
import { runCli } from './run-cli.js'

// Two Huawei core routers with different deadlines, a trusted one, and a camera.
const INVENTORY = [
  { id: 'core-1', site: 'fra', role: 'core', network: 'op-de', manufacturer: 'Huawei', model: 'NE40E-X8' },
  { id: 'core-2', site: 'ber', role: 'core', network: 'op-de', manufacturer: 'Huawei', model: 'NE40E-X8' },
  { id: 'core-3', site: 'muc', role: 'core', network: 'op-de', manufacturer: 'Juniper', model: 'MX480' },
  { id: 'cam-1', site: 'ber', role: 'camera', network: 'op-de', manufacturer: 'Hikvision', model: 'DS-2CD2143G2-I' },
].map((d) => JSON.stringify(d)).join('\n') + '\n'
const POLICY = `version: 1
rules:
  - { id: core-2026, lists: [fcc-covered], scope: { roles: [core] }, effect: { remove-by: 2026-12-31 } }
  - { id: cameras-2028, lists: [fcc-covered], scope: { roles: [camera] }, effect: { remove-by: 2028-12-31 } }
`
const COSTS = 'role,model,equipment,labour,site_overhead\ncore,,100000,20000,0\ncamera,,1000,200,0\n'

describe('trustpath plan', () => {
  it('gives an optimal plan whose actions have a phase and a cost and whose spend stays within budget', async () => {
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.csv': COSTS })
    const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2028',
      '--budget', '250000', '--now', '2026-01-15', '--format', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    const { plan } = JSON.parse(run.stdout)
    expect(plan.status).toBe('optimal')
    const byDevice = Object.fromEntries(plan.actions.map((a: { deviceId: string; phase: string; cost: number }) => [a.deviceId, a]))
    expect(Object.keys(byDevice).sort()).toEqual(['cam-1', 'core-1', 'core-2'])
    expect(byDevice['core-1']).toMatchObject({ phase: '2026', cost: 120000 })
    expect(byDevice['core-2']).toMatchObject({ phase: '2026', cost: 120000 })
    expect(['2026', '2027', '2028']).toContain(byDevice['cam-1'].phase)
    for (const s of plan.spend) if (s.budget !== null) expect(s.spent).toBeLessThanOrEqual(s.budget)
  })

  it('exits 1 with --solver greedy when the greedy plan misses a deadline, and says which, where it exited 0 with the plan as if it met them', async () => {
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.csv': COSTS })
    // Both core routers are due by 2026 and 2026's budget pays one.
    const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2028',
      '--budget', '130000', '--now', '2026-01-15', '--solver', 'greedy'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    expect(run.stdout).toMatch(/^This greedy plan misses the deadline of 1 device \(core-\d due 2026\), replacing it later or not at all/m)
    const json = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2028',
      '--budget', '130000', '--now', '2026-01-15', '--solver', 'greedy', '-f', 'json', '-q'], { cwd: dir })
    expect(json.status).toBe(1)
    expect(JSON.parse(json.stdout).plan.unmetDeadlines).toHaveLength(1)
  })

  it('costs no replacement for a router the inventory records as retired, and says to confirm that it is gone', async () => {
    const inventory = INVENTORY.replace('"id":"core-2","site":"ber"', '"id":"core-2","status":"Retired","site":"ber"')
    const dir = await testdir({ 'devices.jsonl': inventory, 'policy.yaml': POLICY, 'costs.csv': COSTS })
    const args = ['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2028', '--budget', '250000', '--now', '2026-01-15']
    const text = await runCli(args, { cwd: dir })
    expect(text.status, text.stderr).toBe(0)
    expect(text.stdout).toContain('1 device with findings is recorded as out of service in the inventory and is not costed as a replacement: confirm that it is gone (core-2).')
    const json = JSON.parse((await runCli([...args, '-f', 'json'], { cwd: dir })).stdout)
    expect(json.plan.actions.map((a: { deviceId: string }) => a.deviceId).sort()).toEqual(['cam-1', 'core-1'])
    expect(json.outOfService).toEqual(['core-2'])
  })

  it('names the devices it lists beside ids that say nothing to the reader (NetBox\'s numeric ids)', async () => {
    // NetBox exports number its devices: "confirm that it is gone (102)" sent the reader to the inventory to find which router.
    const inventory = INVENTORY.replace('"id":"core-2","site":"ber"', '"id":"102","name":"rt-ber-02","status":"Retired","site":"ber"')
      .replace('"id":"cam-1"', '"id":"104","name":"cam-ber-lobby"')
    const dir = await testdir({ 'devices.jsonl': inventory, 'policy.yaml': POLICY, 'costs.csv': COSTS })
    const args = ['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2027', '--budget', '250000', '--now', '2026-01-15']
    const text = await runCli(args, { cwd: dir })
    expect(text.status, text.stderr).toBe(0)
    expect(text.stdout).toContain('confirm that it is gone (102 (rt-ber-02)).')
    expect(text.stdout).toContain('extend --phases to plan its deadline (104 (cam-ber-lobby)).')
    // JSON keeps the ids, which a program joins with the inventory.
    const json = JSON.parse((await runCli([...args, '-f', 'json'], { cwd: dir })).stdout)
    expect(json.outOfService).toEqual(['102'])
    expect(json.dueAfterPhases).toEqual(['104'])
  })

  it('explains an infeasible budget with the smallest increase, and exits 1', async () => {
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.csv': COSTS })
    const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2028',
      '--budget', '150000', '--now', '2026-01-15'], { cwd: dir })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/No plan meets every deadline/)
    expect(run.stdout).toMatch(/2026: \+\$90,000/)
    const json = JSON.parse((await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2028',
      '--budget', '150000', '--now', '2026-01-15', '-f', 'json'], { cwd: dir })).stdout)
    expect(json.infeasible.increases).toEqual([{ phase: '2026', amount: 90000 }])
  })

  it('writes a self-contained HTML page (told by the -o extension) with the totals, every replacement, and the budget increase when no plan fits', async () => {
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.csv': COSTS })
    const args = ['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2028', '--now', '2026-01-15']
    const run = await runCli([...args, '--budget', '250000', '-o', 'plan.html'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toBe('')
    const html = readFileSync(join(dir, 'plan.html'), 'utf8')
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).not.toMatch(/<script src=|<link [^>]*href="http/)
    expect(html).toContain('<b>3</b>replacements')
    expect(html).toContain('<b>$241,200</b>total cost')
    expect(html).toMatch(/<tr><td>2026<\/td><td>core-1<\/td><td>op-de<\/td><td>\$120,000<\/td>/)
    const infeasible = await runCli([...args, '--budget', '150000', '-f', 'html'], { cwd: dir })
    expect(infeasible.status).toBe(1)
    expect(infeasible.stdout).toContain('<b>no plan</b>meets every deadline within the budgets')
    expect(infeasible.stdout).toMatch(/<tr><td>2026<\/td><td>all<\/td><td>\$90,000<\/td><\/tr>/)
  })

  it('writes the replacements as CSV for a spreadsheet (told by the -o extension), one line per device, names with commas quoted', async () => {
    const inventory = INVENTORY.replace('"id":"core-1","site":"fra"', '"id":"core-1","name":"rt Frankfurt, rack 3","site":"fra"')
    const dir = await testdir({ 'devices.jsonl': inventory, 'policy.yaml': POLICY, 'costs.csv': COSTS })
    const args = ['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2028', '--now', '2026-01-15']
    const run = await runCli([...args, '--budget', '250000', '-o', 'plan.csv'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toContain('Written to plan.csv.')
    const lines = readFileSync(join(dir, 'plan.csv'), 'utf8').trimEnd().split('\n')
    expect(lines[0]).toBe('phase,device,name,network,cost,reasons,findings_cleared,confirm_before_ordering')
    expect(lines).toHaveLength(4)
    expect(lines).toContain('2026,core-1,"rt Frankfurt, rack 3",op-de,120000,deadline 2026-12-31 (rule core-2026),core-2026,')
    // No plan fits: the header alone, and the reason on standard error, exit 1.
    const infeasible = await runCli([...args, '--budget', '150000', '-f', 'csv'], { cwd: dir })
    expect(infeasible.status).toBe(1)
    expect(infeasible.stdout).toBe('phase,device,name,network,cost,reasons,findings_cleared,confirm_before_ordering\n')
    expect(infeasible.stderr).toContain('No plan meets every deadline within the budgets.')
  })

  it('says what the dashed budget line of the page\'s chart holds: the phase\'s budget, or with --carry-over the money carried over too', async () => {
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.csv': COSTS })
    const args = ['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2028', '--now', '2026-01-15', '--budget', '250000', '-f', 'html']
    const plain = await runCli(args, { cwd: dir })
    expect(plain.status, plain.stderr).toBe(0)
    expect(plain.stdout).toContain('dashed line: budget of the phase</p>')
    expect(plain.stdout).not.toContain('carry')
    const carried = await runCli([...args, '--carry-over'], { cwd: dir })
    expect(carried.stdout).toContain('dashed line: budget, with the money carried over from earlier phases</p>')
  })

  it('says on standard error what a plan written to a file holds, above all that none fits, unless --quiet', async () => {
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.csv': COSTS })
    const args = ['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2028', '--now', '2026-01-15']
    const fits = await runCli([...args, '--budget', '250000', '-o', 'plan.html'], { cwd: dir })
    expect(fits.status, fits.stderr).toBe(0)
    expect(fits.stderr).toMatch(/^Plan \(max-clean\): optimal; 3 replacements, \$241,200 in all; .*\nWritten to plan\.html\.\n$/)
    const none = await runCli([...args, '--budget', '150000', '-o', 'plan.json'], { cwd: dir })
    expect(none.status).toBe(1)
    expect(none.stderr).toMatch(/^No plan meets every deadline within the budgets\.\n[^]*  2026: \+\$90,000\n[^]*\nWritten to plan\.json\.\n$/)
    const quiet = await runCli([...args, '--budget', '150000', '-o', 'plan.json', '--quiet'], { cwd: dir })
    expect(quiet.status).toBe(1)
    expect(quiet.stderr).toBe('')
  })

  it('respects a device that cannot be touched before a date', async () => {
    const dir = await testdir({
      'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.csv': COSTS, 'schedule.csv': 'device,phase,not_before\ncam-1,,2028-01-01\n',
    })
    const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2028',
      '--budget', '250000', '--schedule', 'schedule.csv', '--now', '2026-01-15', '-f', 'json'], { cwd: dir })
    const { plan } = JSON.parse(run.stdout)
    expect(plan.actions.find((a: { deviceId: string }) => a.deviceId === 'cam-1').phase).toBe('2028')
  })

  it('makes no plan from a schedule that puts a device after its deadline, and names the row, the deadline and the phase', async () => {
    const dir = await testdir({
      'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.csv': COSTS, 'schedule.csv': 'device,phase,not_before\ncam-1,2027,\ncore-2,2028,\n',
    })
    const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2028',
      '--budget', '250000', '--schedule', 'schedule.csv', '--now', '2026-01-15', '-f', 'json'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^schedule\.csv:3: error: device "core-2" is scheduled for phase 2028, after its deadline 2026-12-31 \(rule core-2026\), which falls in phase 2026/m)
    expect(run.stderr).not.toMatch(/cam-1/)
    expect(run.stderr).toMatch(/No plan was made: fix the errors in schedule\.csv above/)
  })

  it('takes a schedule row that names a device by its name where the inventory\'s ids are another tool\'s (NetBox\'s 101)', async () => {
    const inventory = 'id,name,site,role,manufacturer,model\n101,rt-fra-01,fra,core,Huawei,NE40E-X8\n102,rt-ber-01,ber,core,Huawei,NE40E-X8\n'
    const policy = 'version: 1\nrules:\n  - { id: core-2028, lists: [fcc-covered], scope: { roles: [core] }, effect: { remove-by: 2028-12-31 } }\n'
    const dir = await testdir({ 'devices.csv': inventory, 'policy.yaml': policy, 'costs.csv': COSTS, 'schedule.csv': 'device,phase,not_before\nrt-fra-01,2027,\n' })
    const run = await runCli(['plan', '-i', 'devices.csv', '-p', 'policy.yaml', '--costs', 'costs.csv', '--schedule', 'schedule.csv', '--phases', '2026-2028',
      '--budget', '250000', '--now', '2026-01-15', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).not.toContain('is not in the inventory')
    const actions = JSON.parse(run.stdout).plan.actions as { deviceId: string; phase: string }[]
    expect(actions.find((a) => a.deviceId === '101')).toMatchObject({ phase: '2027' })
  })

  it('says that a schedule row names two devices by the name they share, and which, rather than that the name is not in the inventory', async () => {
    // Two Topology Zoo junctions labelled "None" each got a router named after their node.
    const inventory = 'id,name,site,role,manufacturer,model\n101,rt None,fra,core,Huawei,NE40E-X8\n102,rt None,ber,core,Huawei,NE40E-X8\n'
    const policy = 'version: 1\nrules:\n  - { id: core-2028, lists: [fcc-covered], scope: { roles: [core] }, effect: { remove-by: 2028-12-31 } }\n'
    const dir = await testdir({ 'devices.csv': inventory, 'policy.yaml': policy, 'costs.csv': COSTS, 'schedule.csv': 'device,phase,not_before\nrt None,2027,\n' })
    const run = await runCli(['plan', '-i', 'devices.csv', '-p', 'policy.yaml', '--costs', 'costs.csv', '--schedule', 'schedule.csv', '--phases', '2026-2028',
      '--now', '2026-01-15', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toContain('schedule.csv:2: warning: "rt None" is the name of 2 devices of the inventory (101, 102), not of one; this row is ignored. ' +
      'Write the id of the device to schedule.')
  })

  it('names each replaced device beside its id where the inventory gives a name, so that NetBox\'s 101 says which router it is', async () => {
    const inventory = 'id,name,site,role,manufacturer,model\n101,rt-fra-01,fra,core,Huawei,NE40E-X8\n102,102,ber,core,Huawei,NE40E-X8\ncore-3,,muc,core,Huawei,NE40E-X8\n'
    const dir = await testdir({ 'devices.csv': inventory, 'policy.yaml': POLICY, 'costs.csv': COSTS })
    const args = ['plan', '-i', 'devices.csv', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2028', '--now', '2026-01-15']
    const text = await runCli(args, { cwd: dir })
    expect(text.status, text.stderr).toBe(0)
    expect(text.stdout).toMatch(/^ {2}101 \(rt-fra-01\) +\$120,000 {2}deadline 2026-12-31/m)
    // A name that is the id again, or none, adds nothing.
    expect(text.stdout).toMatch(/^ {2}102 +\$120,000/m)
    expect(text.stdout).toMatch(/^ {2}core-3 +\$120,000/m)
    const html = await runCli([...args, '-f', 'html'], { cwd: dir })
    expect(html.stdout).toContain('<tr><td>2026</td><td>101<br><small>rt-fra-01</small></td>')
    expect(html.stdout).toContain('<tr><td>2026</td><td>102</td>')
    const json = JSON.parse((await runCli([...args, '-f', 'json'], { cwd: dir })).stdout)
    expect(json.plan.actions.map((a: { deviceId: string; name?: string }) => [a.deviceId, a.name])).toEqual([['101', 'rt-fra-01'], ['102', undefined], ['core-3', undefined]])
  })

  it('warns of a schedule row for a device not in the inventory or not to be replaced, and plans without it', async () => {
    const dir = await testdir({
      'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.csv': COSTS,
      'schedule.csv': 'device,phase,not_before\ncam-1,,2028-01-01\ncore-9,2026,\ncore-3,2027,\n',
    })
    const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2028',
      '--budget', '250000', '--schedule', 'schedule.csv', '--now', '2026-01-15', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/^schedule\.csv:3: warning: device "core-9" is not in the inventory; this row is ignored/m)
    expect(run.stderr).toMatch(/^schedule\.csv:4: warning: device "core-3" is no candidate for replacement: the policy gives it no prohibit or remove-by finding/m)
    expect(run.stderr).not.toMatch(/cam-1/)
    const { plan } = JSON.parse(run.stdout)
    expect(plan.actions.map((a: { deviceId: string }) => a.deviceId).sort()).toEqual(['cam-1', 'core-1', 'core-2'])
  })

  it('splits a subsidy by proration and by impact', async () => {
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.csv': COSTS })
    const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2028',
      '--budget', '250000', '--subsidy', '120600', '--now', '2026-01-15', '-f', 'json'], { cwd: dir })
    const { subsidy } = JSON.parse(run.stdout)
    expect(subsidy.prorate.factor).toBeCloseTo(0.5, 5)
    expect(subsidy.operators.map((o: { operator: string }) => o.operator)).toEqual(['op-de'])
  })

  it('makes no plan from a cost table with a bad row, and says so', async () => {
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.csv': `${COSTS}core,NE40E-X8,lots,0,0\n` })
    const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2028', '--now', '2026-01-15'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^costs\.csv:4: error: field "equipment" has the value "lots"/m)
    expect(run.stderr).toMatch(/No plan was made: fix the errors in costs\.csv above/)
  })

  it('skips a flow whose end names no node, still plans, says in the plan that it did, and exits 2', async () => {
    const topology = JSON.stringify({ network: 'op-de', nodes: [{ id: 'fra' }, { id: 'ber' }, { id: 'muc' }], links: [{ a: 'fra', b: 'ber', metric: 1 }, { a: 'ber', b: 'muc', metric: 1 }] })
    const flows = 'id,src,dst,volume,class\nf1,fra,muc,100,secret\nf2,fra,hamburg,50,secret\n'
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.csv': COSTS, 'net.json': topology, 'flows.csv': flows })
    const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '-t', 'net.json', '--flows', 'flows.csv',
      '--phases', '2026-2028', '--now', '2026-01-15', '-f', 'json'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^flows\.csv:3: error: "hamburg"/m)
    const out = JSON.parse(run.stdout)
    expect(out.plan.status).toBe('optimal')
    expect(out.flows).toBe(1)
    // The plan itself says so, as JSON and as text: a plan saved is read without its run's messages.
    expect(out.skippedFlows).toBe(1)
    const text = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '-t', 'net.json', '--flows', 'flows.csv',
      '--phases', '2026-2028', '--now', '2026-01-15'], { cwd: dir })
    expect(text.stdout).toContain('1 flow of flows.csv was skipped for errors (an end that names no node, a bad volume; told when the plan was made) ' +
      'and counts in no figure of this plan.')
  })

  it('names a flow between parts of the topology that no link joins, which the plan cannot clean, rather than drop it without a word', async () => {
    // Frankfurt and Berlin are linked; Munich (a trusted router) is an island, as a topology with a
    // missing interconnect or a site drawn apart in yEd leaves it.
    const topology = JSON.stringify({ network: 'op-de', nodes: [{ id: 'fra' }, { id: 'ber' }, { id: 'muc' }], links: [{ a: 'fra', b: 'ber', metric: 1 }] })
    const flows = 'id,src,dst,volume,class\nbase>embassy,fra,ber,100,secret\nbase>consulate,ber,muc,50,secret\n'
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.csv': COSTS, 'net.json': topology, 'flows.csv': flows })
    const args = ['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '-t', 'net.json', '--flows', 'flows.csv', '--phases', '2026-2028', '--now', '2026-01-15']
    const text = await runCli(args, { cwd: dir })
    expect(text.status, text.stderr).toBe(0)
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([
      '3 candidate devices, 1 exposed flow that replacements can clean.',
      '1 flow is not routed, its ends not being connected: no replacement cleans it; join the parts of the topology (a link, --interconnect) or check the ends (base>consulate).',
    ])
    const json = JSON.parse((await runCli([...args, '-f', 'json'], { cwd: dir })).stdout)
    expect(json.unroutedFlows).toEqual(['base>consulate'])
    expect(json.flows).toBe(1)
  })

  it('counts the flows that are clean already, so that every flow of the list is accounted for', async () => {
    // fra-ber crosses the Huawei routers; muc-muc2 crosses only the Juniper one and a node it joins.
    const topology = JSON.stringify({ network: 'op-de', nodes: [{ id: 'fra' }, { id: 'ber' }, { id: 'muc' }, { id: 'muc2' }, { id: 'island' }],
      links: [{ a: 'fra', b: 'ber', metric: 1 }, { a: 'muc', b: 'muc2', metric: 1 }] })
    const inventory = INVENTORY + JSON.stringify({ id: 'core-4', site: 'muc2', role: 'core', network: 'op-de', manufacturer: 'Juniper', model: 'MX480' }) + '\n'
    const flows = 'id,src,dst,volume,class\nf1,fra,ber,100,secret\nf2,muc,muc2,50,secret\nf3,muc,island,5,secret\nf4,muc,atlantis,5,secret\n'
    const dir = await testdir({ 'devices.jsonl': inventory, 'policy.yaml': POLICY, 'costs.csv': COSTS, 'net.json': topology, 'flows.csv': flows })
    const args = ['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '-t', 'net.json', '--flows', 'flows.csv', '--phases', '2026-2028', '--now', '2026-01-15']
    const text = await runCli(args, { cwd: dir })
    expect(text.stdout.split('\n')[0]).toBe('3 candidate devices, 1 exposed flow that replacements can clean; 1 flow is clean already.')
    expect(text.stdout).toContain('1 flow is not routed')
    expect(text.stdout).toContain('1 flow of flows.csv was skipped for errors')
    const json = JSON.parse((await runCli([...args, '-f', 'json', '-q'], { cwd: dir })).stdout)
    expect({ flows: json.flows, cleanFlows: json.cleanFlows, unrouted: json.unroutedFlows, skipped: json.skippedFlows }).toEqual({ flows: 1, cleanFlows: 1, unrouted: ['f3'], skipped: 1 })
  })

  it('names the unknown nodes that keep flows from being cleaned, most crossed first, so the planner knows where to look', async () => {
    // Hamburg holds no device the inventory knows: the flows through it cannot be cleaned by any replacement.
    const topology = JSON.stringify({
      network: 'op-de', nodes: [{ id: 'fra' }, { id: 'ham', label: 'Hamburg' }, { id: 'ber' }, { id: 'muc' }],
      links: [{ a: 'fra', b: 'ham', metric: 1 }, { a: 'ham', b: 'muc', metric: 1 }, { a: 'ham', b: 'ber', metric: 1 }],
    })
    const flows = 'id,src,dst,volume,class\nf1,fra,muc,100,secret\nf2,ber,muc,50,secret\nf3,fra,ber,10,secret\n'
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.csv': COSTS, 'net.json': topology, 'flows.csv': flows })
    const args = ['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '-t', 'net.json', '--flows', 'flows.csv', '--phases', '2026-2028', '--now', '2026-01-15']
    const run = await runCli(args, { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe('3 candidate devices, 0 exposed flows that replacements can clean ' +
      '(3 more cross nodes no replacement cleans; unknown ones, most often Hamburg (ham): find out what they hold).')
    const trusted = await runCli([...args, '--unknown-as', 'trusted'], { cwd: dir })
    expect(trusted.stdout.split('\n')[0]).not.toContain('unknown ones')
  })

  it('says on the HTML page too how many flows cross nodes no replacement cleans, and which', async () => {
    const topology = JSON.stringify({
      network: 'op-de', nodes: [{ id: 'fra' }, { id: 'ham', label: 'Hamburg' }, { id: 'muc' }],
      links: [{ a: 'fra', b: 'ham', metric: 1 }, { a: 'ham', b: 'muc', metric: 1 }],
    })
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.csv': COSTS, 'net.json': topology, 'flows.csv': 'src,dst,volume\nfra,muc,100\n' })
    const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '-t', 'net.json', '--flows', 'flows.csv',
      '--phases', '2026-2028', '--now', '2026-01-15', '-o', 'plan.html', '-q'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(readFileSync(join(dir, 'plan.html'), 'utf8')).toContain('0 exposed flows that replacements can clean (1 more crosses nodes no replacement cleans; ' +
      'unknown ones, most often Hamburg (ham): find out what they hold)')
  })

  it('keeps a router an exemption waives as a candidate, due when the exemption ends, and says in text and JSON that it is waived and why', async () => {
    // An exemption postpones the deadline (core-2026: 2026-12-31) to its last day; on the day after,
    // the finding is open again, so the router must be in the plan, not out of it.
    const policy = `${POLICY}exemptions:\n  - { device: core-2, until: 2027-12-31, reason: "replacement contracted" }\n`
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': policy, 'costs.csv': COSTS })
    const args = ['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2028', '--budget', '250000', '--now', '2026-01-15']
    const text = await runCli(args, { cwd: dir })
    expect(text.status, text.stderr).toBe(0)
    expect(text.stdout).toMatch(/^3 candidate devices/)
    expect(text.stdout).toMatch(/core-2 .*deadline 2027-12-31 \(rule core-2026\); waived until 2027-12-31 \(replacement contracted\)/)
    const json = JSON.parse((await runCli([...args, '-f', 'json'], { cwd: dir })).stdout)
    const core2 = json.plan.actions.find((a: { deviceId: string }) => a.deviceId === 'core-2')
    expect(['2026', '2027']).toContain(core2.phase)
    expect(core2.reasons).toEqual(expect.arrayContaining(['deadline 2027-12-31 (rule core-2026)', 'waived until 2027-12-31 (replacement contracted)']))
    // The router without an exemption is still due by 2026-12-31.
    expect(json.plan.actions.find((a: { deviceId: string }) => a.deviceId === 'core-1')).toMatchObject({ phase: '2026', reasons: ['deadline 2026-12-31 (rule core-2026)'] })
    const help = await runCli(['plan', '--help'], { cwd: dir })
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('A candidate whose findings an exemption waives is planned too, due by the later of the exemption\'s last day and its own deadline')
  })

  it('plans a device due after the last phase only where it cleans flows, and says so', async () => {
    // The cameras are due by 2028-12-31; phases 2026-2027 end before that.
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.csv': COSTS })
    const args = ['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2027', '--budget', '250000', '--now', '2026-01-15']
    const text = await runCli(args, { cwd: dir })
    expect(text.status, text.stderr).toBe(0)
    expect(text.stdout).toContain('\n1 candidate device is due only after the last phase, 2027: no phase must replace it, and the plan does where that cleans flows; ' +
      'extend --phases to plan its deadline (cam-1).\n')
    const json = JSON.parse((await runCli([...args, '-f', 'json'], { cwd: dir })).stdout)
    expect(json.dueAfterPhases).toEqual(['cam-1'])
    expect(json.plan.actions.map((a: { deviceId: string }) => a.deviceId).sort()).toEqual(['core-1', 'core-2'])
  })

  it('weighs a SECRET flow as a secret one and warns at the first flow of a class no weight names', async () => {
    const topology = JSON.stringify({ network: 'op-de', nodes: [{ id: 'fra' }, { id: 'ber' }, { id: 'muc' }], links: [{ a: 'fra', b: 'ber', metric: 1 }, { a: 'ber', b: 'muc', metric: 1 }] })
    const flows = 'id,src,dst,volume,class\nf1,fra,muc,100,SECRET\nf2,muc,fra,10,top-secret\n'
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.csv': COSTS, 'net.json': topology, 'flows.csv': flows })
    const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '-t', 'net.json', '--flows', 'flows.csv',
      '--phases', '2026-2028', '--now', '2026-01-15', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    // Both routers go in 2026: f1 (100 × 10) and f2 (10 × 1) are clean in the three phases.
    expect(JSON.parse(run.stdout).plan.value).toBe(3 * (100 * 10 + 10 * 1))
    expect(run.stderr).toMatch(/^flows\.csv:3: warning: flow class "top-secret" \(1 flow\) has no weight: it counts 1 per unit of volume in the plan\./m)
  })

  it('weighs a class written with a space (TOP SECRET) by --class-weight "TOP SECRET=20", as the warning about it says to write it', async () => {
    const topology = JSON.stringify({ network: 'op-de', nodes: [{ id: 'fra' }, { id: 'ber' }, { id: 'muc' }], links: [{ a: 'fra', b: 'ber', metric: 1 }, { a: 'ber', b: 'muc', metric: 1 }] })
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.csv': COSTS, 'net.json': topology, 'flows.csv': 'id,src,dst,volume,class\nf1,fra,muc,100,TOP SECRET\n' })
    const args = ['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '-t', 'net.json', '--flows', 'flows.csv', '--phases', '2026-2028', '--now', '2026-01-15', '-f', 'json']
    const unweighted = await runCli(args, { cwd: dir })
    expect(unweighted.stderr).toContain('Give it a weight with --class-weight "TOP SECRET=<weight>", or write one of the known classes.')
    const weighted = await runCli([...args, '--class-weight', 'TOP SECRET=20,secret=10'], { cwd: dir })
    expect(weighted.status, weighted.stderr).toBe(0)
    expect(JSON.parse(weighted.stdout).plan.value).toBe(3 * 100 * 20)
    expect(weighted.stderr).not.toContain('has no weight')
  })

  it('takes the network of the node a device sits on when the inventory gives none, for its budget and its subsidy', async () => {
    const inventory = INVENTORY.replace(/,"network":"op-de"/g, '')
    const topology = JSON.stringify({ network: 'op-de', nodes: [{ id: 'fra' }, { id: 'ber' }, { id: 'muc' }], links: [{ a: 'fra', b: 'ber', metric: 1 }, { a: 'ber', b: 'muc', metric: 1 }] })
    const dir = await testdir({ 'devices.jsonl': inventory, 'policy.yaml': POLICY, 'costs.csv': COSTS, 'net.json': topology, 'flows.csv': 'src,dst,volume\nfra,muc,100\n' })
    const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '-t', 'net.json', '--flows', 'flows.csv',
      '--phases', '2026-2028', '--budget', 'op-de:250000', '--subsidy', '100000', '--now', '2026-01-15', '-f', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    const out = JSON.parse(run.stdout)
    expect(out.plan.spend.filter((s: { network?: string }) => s.network === 'op-de').map((s: { budget: number }) => s.budget)).toEqual([250000, 250000, 250000])
    expect(out.subsidy.operators.map((o: { operator: string }) => o.operator)).toEqual(['op-de'])
  })

  it('says which candidates no per-operator budget caps (a router on no topology node, without a network), and what they cost', async () => {
    // core-2's site "Boston" names no node of the topology, and the inventory gives it no network.
    const inventory = INVENTORY.replace(/,"network":"op-de"/g, '').replace('"id":"core-2","site":"ber"', '"id":"core-2","site":"Boston"')
    const topology = JSON.stringify({ network: 'op-de', nodes: [{ id: 'fra' }, { id: 'ber' }, { id: 'muc' }], links: [{ a: 'fra', b: 'ber', metric: 1 }, { a: 'ber', b: 'muc', metric: 1 }] })
    const dir = await testdir({ 'devices.jsonl': inventory, 'policy.yaml': POLICY, 'costs.csv': COSTS, 'net.json': topology, 'flows.csv': 'src,dst,volume\nfra,muc,100\n' })
    const args = ['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '-t', 'net.json', '--flows', 'flows.csv',
      '--phases', '2026-2028', '--budget', 'op-de:250000', '--now', '2026-01-15']
    const text = await runCli(args, { cwd: dir })
    expect(text.status, text.stderr).toBe(0)
    expect(text.stdout).toContain('1 candidate device is under no budget, since the budgets are per operator network and it has no network ' +
      '(no network column, and on no topology node): its replacement ($120,000) is capped by none; put it in a network that has a --budget, ' +
      'or add a budget for all operators (--budget 5M) (core-2).')
    const json = JSON.parse((await runCli([...args, '-f', 'json'], { cwd: dir })).stdout)
    expect(json.unbudgeted).toEqual(['core-2'])
    // A budget for all operators caps every candidate: nothing to say.
    const shared = JSON.parse((await runCli([...args, '--budget', '500000', '-f', 'json'], { cwd: dir })).stdout)
    expect(shared.unbudgeted).toBeUndefined()
  })

  it('says that min-cost found no plan because it must clean every flow it can, not because of a deadline, and offers max-clean', async () => {
    // Both Huawei routers are due only in 2035; the flow fra → muc crosses them, and $100,000 a phase pays neither.
    const policy = 'version: 1\nrules:\n  - { id: core-2035, lists: [fcc-covered], scope: { roles: [core] }, effect: { remove-by: 2035-12-31 } }\n'
    const topology = JSON.stringify({ network: 'op-de', nodes: [{ id: 'fra' }, { id: 'ber' }, { id: 'muc' }], links: [{ a: 'fra', b: 'ber', metric: 1 }, { a: 'ber', b: 'muc', metric: 1 }] })
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': policy, 'costs.csv': COSTS, 'net.json': topology, 'flows.csv': 'src,dst,volume\nber,muc,100\n' })
    const args = ['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '-t', 'net.json', '--flows', 'flows.csv',
      '--phases', '2026-2027', '--budget', '100000', '--now', '2026-01-15']
    const run = await runCli([...args, '--objective', 'min-cost'], { cwd: dir })
    expect(run.status, run.stderr).toBe(1)
    expect(run.stdout).toContain('No plan meets every deadline and cleans every flow that can be cleaned by the last phase (--objective min-cost) within the budgets.\n')
    expect(run.stdout).toContain('\nRaise these budgets (--budget), move deadlines, or plan with --objective max-clean to clean the most sensitive traffic the budgets allow.\n')
    expect(run.stdout).not.toContain('plan with --objective min-cost')
    await runCli([...args, '--objective', 'min-cost', '-o', 'plan.html'], { cwd: dir })
    expect(readFileSync(join(dir, 'plan.html'), 'utf8')).toContain('<p class="conflict">No plan meets every deadline and cleans every flow that can be cleaned')
    // max-clean asks only the deadlines, which fit.
    expect((await runCli(args, { cwd: dir })).status).toBe(0)
  })

  it('rejects a budget that is not an amount, naming the option', async () => {
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY })
    const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--phases', '2026-2028', '--budget', 'lots'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/--budget/)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('rejects a time limit that is not a finite number of seconds, rather than failing in the solver', async () => {
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY })
    for (const limit of ['Infinity', '1e400']) {
      const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--phases', '2026-2028', '--budget', '1M', '--time-limit', limit], { cwd: dir })
      expect(run.status).toBe(2)
      expect(run.stderr).toBe(`trustpath: --time-limit: "${limit}" is not a number of seconds\n  hint: For example --time-limit 60.\n`)
    }
  })

  it('says which weight of --class-weight is no number of 0 or more, rather than that the pair is not class=weight', async () => {
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY })
    const runs: [string, string][] = [
      ['secret=-1', '"secret=-1" has the weight "-1", which is not a number of 0 or more'],
      ['secret=10,internal=high', '"internal=high" has the weight "high", which is not a number of 0 or more'],
      ['secret', '"secret" is not class=weight'],
    ]
    for (const [weights, why] of runs) {
      const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--class-weight', weights], { cwd: dir })
      expect(run.status).toBe(2)
      expect(run.stderr).toBe(`trustpath: --class-weight: ${why}\n  hint: For example --class-weight secret=10,confidential=5.\n`)
    }
  })

  it('makes a prohibited device due by the date its prohibition applies from: DJI on the Covered List from 2025-12-22, a policy effective next year', async () => {
    // fcc-covered names DJI from 2025-12-22 (FY25 NDAA s.1709), in a policy effective from the first
    // entries' 2021-03-12: the drone is due by the last quarter ending by 2025-12-22, 2025-Q3, and
    // the Huawei router, prohibited since 2021, in the first quarter. Each quarter's budget pays one.
    const inventory = [
      { id: 'core-1', site: 'fra', role: 'core', manufacturer: 'Huawei', model: 'NE40E-X8' },
      { id: 'drone-1', site: 'fra', role: 'other', manufacturer: 'DJI', model: 'Matrice 350 RTK' },
    ].map((d) => JSON.stringify(d)).join('\n') + '\n'
    const covered = 'version: 1\neffective: 2021-03-12\nrules:\n  - { id: covered, lists: [fcc-covered], effect: prohibit }\n'
    const costs = 'role,model,equipment,labour,site_overhead\ncore,,100000,20000,0\nother,,10000,2000,0\n'
    const dir = await testdir({ 'devices.jsonl': inventory, 'policy.yaml': covered, 'next-year.yaml': covered.replace('2021-03-12', '2028-01-01'), 'costs.csv': costs })
    const args = ['plan', '-i', 'devices.jsonl', '--costs', 'costs.csv', '--solver', 'greedy', '-f', 'json']
    const run = await runCli([...args, '-p', 'policy.yaml', '--phases', '2025Q1..2025Q4', '--budget', '120000', '--now', '2025-02-01'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    const actions = (out: string): Record<string, { phase: string; reasons: string[] }> =>
      Object.fromEntries(JSON.parse(out).plan.actions.map((a: { deviceId: string }) => [a.deviceId, a]))
    const byDevice = actions(run.stdout)
    expect(byDevice['core-1']).toMatchObject({ phase: '2025-Q1', reasons: ['prohibited (rule covered): due in the first phase, 2025-Q1'] })
    expect(['2025-Q2', '2025-Q3']).toContain(byDevice['drone-1']!.phase)
    expect(byDevice['drone-1']!.reasons).toEqual(['deadline 2025-12-22 (rule covered)'])
    // A policy effective from 2028-01-01, checked in 2026: both are due by the end of 2027, not in 2026.
    const next = await runCli([...args, '-p', 'next-year.yaml', '--phases', '2026-2029', '--budget', '2026=0,2027=200000', '--now', '2026-12-06'], { cwd: dir })
    expect(next.status, next.stderr).toBe(0)
    const nextByDevice = actions(next.stdout)
    expect(nextByDevice['core-1']).toMatchObject({ phase: '2027', reasons: ['deadline 2028-01-01 (rule covered)'] })
    expect(nextByDevice['drone-1']).toMatchObject({ phase: '2027', reasons: ['deadline 2028-01-01 (rule covered)'] })
  })

  it('prices the replacements by a cost sheet kept in Excel, where --costs costs.xlsx was refused as a zip archive', async () => {
    const prices = textSheet('Prices', [['role', 'model', 'equipment', 'labour', 'site_overhead'], ['core', '', '$100,000', '$20,000', '0'], ['camera', '', '1000', '200', '0']])
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY, 'costs.xlsx': buildWorkbook({ sheets: [prices.sheet], strings: prices.strings }) })
    const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.xlsx', '--phases', '2026-2028',
      '--budget', '250000', '--now', '2026-01-15', '--format', 'json'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    const { plan } = JSON.parse(run.stdout)
    expect(plan.totalCost).toBe(241_200)
    expect(plan.actions.find((a: { deviceId: string }) => a.deviceId === 'core-1')).toMatchObject({ cost: 120_000 })
  })

  it('leaves the devices obtained after --subsidy-cutoff out of the subsidy requests, as the FCC program pays only for equipment obtained by 2020-06-30', async () => {
    // core-1 bought in 2019 is eligible; core-2, bought in 2021, is not; the camera has no date.
    const inventory = INVENTORY.replace('"model":"NE40E-X8"}', '"model":"NE40E-X8","purchased":"2019-05-01"}')
      .replace('"id":"core-2","site":"ber","role":"core","network":"op-de","manufacturer":"Huawei","model":"NE40E-X8"', '"id":"core-2","site":"ber","role":"core","network":"op-de","manufacturer":"Huawei","model":"NE40E-X8","purchased":"2021-03-01"')
    const dir = await testdir({ 'devices.jsonl': inventory, 'policy.yaml': POLICY, 'costs.csv': COSTS })
    const args = ['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026-2028', '--now', '2026-01-15', '--subsidy', '100k', '--subsidy-cutoff', '2020-06-30']
    const run = await runCli(args, { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('Subsidy of $100,000 against $121,200 requested to replace every eligible candidate device')
    expect(run.stdout).toContain('\n  1 candidate device dated after 2020-06-30 (--subsidy-cutoff) is not eligible and in no request: $120,000 for the operators alone (core-2 2021-03-01)\n')
    const json = JSON.parse((await runCli([...args, '-f', 'json'], { cwd: dir })).stdout)
    expect(json.subsidy.ineligible).toEqual({ cutoff: '2020-06-30', devices: [{ deviceId: 'core-2', cost: 120_000, value: 0, date: '2021-03-01' }] })
    expect(json.subsidy.prorate.totals.requested).toBe(121_200)
    const alone = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--subsidy-cutoff', '2020-06-30'], { cwd: dir })
    expect(alone.status).toBe(2)
    expect(alone.stderr).toMatch(/^trustpath: --subsidy-cutoff needs --subsidy/)
  })

  it('says that a time limit of 0 or less leaves the solver no time, rather than that it is no number', async () => {
    const dir = await testdir({ 'devices.jsonl': INVENTORY, 'policy.yaml': POLICY })
    for (const limit of ['0', '-5']) {
      const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--phases', '2026-2028', '--budget', '1M', '--time-limit', limit], { cwd: dir })
      expect(run.status).toBe(2)
      expect(run.stderr).toBe(`trustpath: --time-limit: "${limit}" is not more than 0 seconds: the solver needs some time\n  hint: For example --time-limit 60.\n`)
    }
  })

  it('tells a mistyped budget or subsidy before reading the inventory, so nothing of the inventory is said first', async () => {
    // A bad row, whose error the inventory would print, shows whether it was read before the refusal.
    const dir = await testdir({ 'devices.jsonl': `${INVENTORY}{"id": ""}\n`, 'policy.yaml': POLICY })
    const base = ['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--phases', '2026-2028', '--now', '2026-01-15']
    const budget = await runCli([...base, '--budget', 'op-de:2031=3M'], { cwd: dir })
    expect(budget.status).toBe(2)
    expect(budget.stderr).toMatch(/^trustpath: --budget op-de:2031=3M: "2031" is not one of the phases \(2026, 2027, 2028\)\.\n/)
    const subsidy = await runCli([...base, '--subsidy', '5X'], { cwd: dir })
    expect(subsidy.status).toBe(2)
    expect(subsidy.stderr).toMatch(/^trustpath: --subsidy: "5X" is not an amount\.\n/)
    // A network the budget names is checked once the networks are loaded.
    const network = await runCli([...base, '--budget', 'op-xx:3M'], { cwd: dir })
    expect(network.status).toBe(2)
    expect(network.stderr).toMatch(/devices\.jsonl:5: error: [\s\S]*trustpath: --budget op-xx:3M: no operator network "op-xx" is loaded\./)
  })
})

describe('trustpath plan counts', () => {
  it('says "1 candidate device" and "1 replacement" for a single device', async () => {
    const one = INVENTORY.split('\n')[0] + '\n'
    const dir = await testdir({ 'devices.jsonl': one, 'policy.yaml': POLICY, 'costs.csv': COSTS })
    const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '--costs', 'costs.csv', '--phases', '2026',
      '--budget', '250000', '--now', '2026-01-15'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^1 candidate device, 0 exposed flows that replacements can clean\.$/m)
    expect(run.stdout).toMatch(/: optimal; 1 replacement, \$120,000 in all;/)
    expect(run.stdout).toMatch(/^Phase 2026: 1 replacement, \$120,000; 1 finding cleared; 0 flows clean from this phase on\.$/m)
  })
})

describe('trustpath plan, replacements of devices to confirm', () => {
  // A ban on new Huawei and ZTE equipment (the UK's direction from 2022-10-13): Frankfurt's router
  // was bought in 2023; Kassel's Huawei router has no purchase date, and its Drei HuiTube LTE router
  // is ZTE's only by the OEM relation of Drei's brand (weak evidence). All three are replaced, the
  // safe choice; the two at Kassel are to be confirmed before the order goes out.
  const NET = JSON.stringify({
    network: 'op-de',
    nodes: [{ id: 'ram', label: 'Ramstein' }, { id: 'fra', label: 'Frankfurt' }, { id: 'ber', label: 'Berlin' }, { id: 'stu', label: 'Stuttgart' }, { id: 'kas', label: 'Kassel' }, { id: 'ham', label: 'Hamburg' }],
    links: [{ a: 'ram', b: 'fra', metric: 10 }, { a: 'fra', b: 'ber', metric: 10 }, { a: 'stu', b: 'kas', metric: 10 }, { a: 'kas', b: 'ham', metric: 10 }, { a: 'fra', b: 'kas', metric: 30 }],
  })
  const DEVICES = 'id,name,site,role,manufacturer,model,mac,purchased\n' +
    'fra-core1,rt-fra-01,fra,core,Huawei,NE40E-X8,00:e0:fc:12:34:56,2023-03-01\nkas-core2,rt-kas-02,kas,core,Huawei,NE40E-X8,00:e0:fc:12:34:57,\n' +
    'kas-lte1,lte-kas-01,kas,cpe,Drei,HuiTube,,2024-05-01\n' +
    ['ram', 'ber', 'stu', 'ham'].map((n, i) => `${n}-core1,rt-${n}-01,${n},core,Cisco,ASR 9001,00:00:0c:11:22:3${i},2019-01-01\n`).join('')
  const FILES = {
    'net.json': NET, 'devices.csv': DEVICES, 'flows.csv': 'id,src,dst,volume,class\nbase-ministry,ram,ber,500,secret\nstu-ham,stu,ham,200,secret\n',
    'policy.yaml': 'version: 1\nlists: { huawei-zte: [huawei, zte] }\nrules:\n' +
      '  - { id: no-new-huawei-zte, lists: [huawei-zte], scope: { acquired: { from: 2022-10-13 } }, effect: prohibit }\n',
  }
  const ARGS = ['plan', '-t', 'net.json', '-i', 'devices.csv', '-p', 'policy.yaml', '--flows', 'flows.csv', '--phases', '2027-2028', '--now', '2026-12-07']

  it('marks the replacements of a router without a purchase date and of one known only by its brand "confirm before ordering", in text, JSON and HTML', async () => {
    const dir = await testdir(FILES)
    const json = await runCli([...ARGS, '-f', 'json'], { cwd: dir })
    expect(json.status, json.stderr).toBe(0)
    const actions = JSON.parse(json.stdout).plan.actions as { deviceId: string; confirmBeforeOrdering?: string[] }[]
    expect(actions.map((a) => [a.deviceId, a.confirmBeforeOrdering])).toEqual([
      ['fra-core1', undefined], ['kas-core2', ['acquired_date_undecided']], ['kas-lte1', ['weak_evidence']],
    ])
    expect(actions[0]).not.toHaveProperty('confirmBeforeOrdering')

    const text = await runCli([...ARGS, '-f', 'text'], { cwd: dir })
    expect(text.stdout).toContain('2 replacements ($233,350) are of devices whose findings are to confirm (the maker rests on weak evidence; ' +
      'the date it was bought or installed is missing): confirm before ordering (kas-core2, kas-lte1).')
    expect(text.stdout).toMatch(/kas-core2 \(rt-kas-02\) +\$223,000 {2}confirm before ordering \(the date it was bought or installed is missing\); prohibited/)
    expect(text.stdout).toMatch(/kas-lte1 \(lte-kas-01\) +\$10,350 {2}confirm before ordering \(the maker rests on weak evidence\); prohibited/)
    expect(text.stdout).toMatch(/fra-core1 \(rt-fra-01\) +\$233,000 {2}prohibited/)

    const html = await runCli([...ARGS, '-o', 'plan.html'], { cwd: dir })
    expect(html.status, html.stderr).toBe(0)
    const page = readFileSync(join(dir, 'plan.html'), 'utf8')
    expect(page).toContain('2 replacements ($233,350) are of devices whose findings are to confirm')
    expect(page).toContain('<td>confirm before ordering (the maker rests on weak evidence); prohibited (rule no-new-huawei-zte)')
    // The exposure the plan starts from: Kassel's traffic crosses equipment to confirm only.
    expect(page).toContain('200 Mbit/s of the exposed volume (28.6%) crosses untrusted equipment only at nodes to confirm')
    const help = await runCli(['plan', '--help'], { cwd: dir })
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('is planned too, its replacement marked "confirm before ordering"')
  })
})

describe('a plan over many flows', () => {
  it('counts the flows a replacement cleans grouped by thousands, as every other count: "cleans 1,122 flows", not "1122"', async () => {
    // A star of 34 nodes whose hub holds a Huawei router: all 1,122 ordered pairs (33 × 32 between
    // leaves, 2 × 33 to and from the hub) cross the hub.
    const leaves = Array.from({ length: 33 }, (_, i) => `leaf${i + 1}`)
    const dir = await testdir({
      'star.edgelist': leaves.map((l) => `hub ${l}\n`).join(''),
      'devices.jsonl': `${JSON.stringify({ id: 'core-hub', site: 'hub', role: 'core', manufacturer: 'Huawei', model: 'NE40E-X8' })}\n`,
      'policy.yaml': POLICY,
    })
    const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '-t', 'star.edgelist', '--flows', 'all-pairs', '--unknown-as', 'trusted',
      '--phases', '2026-2027', '--now', '2026-01-15', '--solver', 'greedy'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^ {2}core-hub +\$[\d,]+ {2}deadline 2026-12-31 \(rule core-2026\); cleans 1,122 flows from 2026 \(star:hub>star:leaf1, /m)
  })
})

describe('the value of a max-clean plan', () => {
  it('is said in the text and on the page, with what it counts: volume × class weight for every phase a flow is clean in', async () => {
    // A star of four nodes whose hub holds a Huawei router: its 12 ordered pairs cross the hub, each of
    // volume 1 and weight 1, clean in both phases once the router goes in 2026: a value of 24.
    const dir = await testdir({
      'star.edgelist': 'hub a\nhub b\nhub c\n',
      'devices.jsonl': `${JSON.stringify({ id: 'core-hub', site: 'hub', role: 'core', manufacturer: 'Huawei', model: 'NE40E-X8' })}\n`,
      'policy.yaml': POLICY,
    })
    const args = ['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '-t', 'star.edgelist', '--flows', 'all-pairs', '--unknown-as', 'trusted',
      '--phases', '2026-2027', '--now', '2026-01-15']
    const meaning = 'Value: each flow made clean counts its volume × class weight once for every phase it is clean in, so cleaning earlier counts more.'
    const text = await runCli(args, { cwd: dir })
    expect(text.status, text.stderr).toBe(0)
    expect(text.stdout).toMatch(/^Plan \(max-clean\): optimal; 1 replacement, \$[\d,]+ in all; value 24 \(highs/m)
    expect(text.stdout.split('\n')).toContain(meaning)
    const page = await runCli([...args, '-o', 'plan.html'], { cwd: dir })
    expect(page.status, page.stderr).toBe(0)
    const html = readFileSync(join(dir, 'plan.html'), 'utf8')
    expect(html).toMatch(/1 replacement for \$[\d,]+, value 24\./)
    expect(html).toContain(meaning)
  })
})

describe('generated flows on a topology whose nodes have labels', () => {
  it('are named by the labels of their ends, so that a replacement says which places it cleans rather than node numbers', async () => {
    // Three PoPs in the Topology Zoo's GraphML layout: numbered nodes with their city as label.
    const graphml = '<?xml version="1.0" encoding="utf-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
      '  <key attr.name="label" attr.type="string" for="node" id="d34" />\n  <graph edgedefault="undirected">\n' +
      '    <node id="0"><data key="d34">Berlin</data></node>\n    <node id="1"><data key="d34">Frankfurt</data></node>\n' +
      '    <node id="2"><data key="d34">Munich</data></node>\n    <edge source="0" target="1" />\n    <edge source="1" target="2" />\n  </graph>\n</graphml>\n'
    const dir = await testdir({
      'Pops.graphml': graphml,
      'devices.jsonl': `${JSON.stringify({ id: 'core-fra', site: 'Frankfurt', role: 'core', manufacturer: 'Huawei', model: 'NE40E-X8' })}\n`,
      'policy.yaml': POLICY,
    })
    const run = await runCli(['plan', '-i', 'devices.jsonl', '-p', 'policy.yaml', '-t', 'Pops.graphml', '--flows', 'all-pairs', '--unknown-as', 'trusted',
      '--phases', '2026-2027', '--now', '2026-01-15', '--default-metric', '1'], { cwd: dir })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^ {2}core-fra +\$[\d,]+ {2}deadline 2026-12-31 \(rule core-2026\); cleans 6 flows from 2026 \(Berlin>Frankfurt, Berlin>Munich, Frankfurt>Berlin, …\)$/m)
  })
})
