import { execFileSync, spawnSync } from 'node:child_process'
import { createReadStream } from 'node:fs'
import { chmod, lstat, mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { interruptListenerCount, runInterruptCleanups } from './interrupt.js'
import { openOutputFile, writeFileAtomic } from './output.js'

const dir = () => mkdtemp(join(tmpdir(), 'trustpath-output-'))

describe('openOutputFile', () => {
  it('replaces a regular file only on commit, and leaves nothing behind on abort', async () => {
    const d = await dir()
    const file = join(d, 'out.json')
    await writeFile(file, 'old')
    const out = await openOutputFile(file)
    out.stream.write('new')
    expect(await readFile(file, 'utf8')).toBe('old')
    await out.commit()
    expect(await readFile(file, 'utf8')).toBe('new')
    const aborted = await openOutputFile(join(d, 'never.json'))
    aborted.stream.write('partial')
    await aborted.abort()
    expect((await readdir(d)).sort()).toEqual(['out.json'])
  })

  it('leaves neither the target nor a temporary file when the run is interrupted before the commit', async () => {
    const d = await dir()
    await writeFile(join(d, 'kept.json'), 'old')
    const fresh = await openOutputFile(join(d, 'out.json'))
    const replacing = await openOutputFile(join(d, 'kept.json'))
    fresh.stream.write('partial')
    replacing.stream.write('partial')
    expect((await readdir(d)).length).toBe(3)
    runInterruptCleanups()
    expect(await readdir(d)).toEqual(['kept.json'])
    expect(await readFile(join(d, 'kept.json'), 'utf8')).toBe('old')
  })

  it('listens for Ctrl-C only while an output is unfinished, so that a run interrupted in a long computation before it ends at once', async () => {
    const d = await dir()
    expect(interruptListenerCount()).toBe(0)
    const first = await openOutputFile(join(d, 'a.json'))
    const second = await openOutputFile(join(d, 'b.json'))
    expect(interruptListenerCount()).toBe(1)
    await first.commit()
    expect(interruptListenerCount()).toBe(1)
    await second.abort()
    expect(interruptListenerCount()).toBe(0)
    await writeFileAtomic(join(d, 'c.json'), '{}')
    expect(interruptListenerCount()).toBe(0)
  })

  it('removes the temporary file a run killed outright (kill -9) left beside its output, and no running one', async () => {
    const d = await dir()
    // The process of a run that is over: a child that has ended.
    const { pid: ended } = spawnSync(process.execPath, ['-e', ''])
    await writeFile(join(d, `.out.json.${ended}.tmp`), '{"partial')
    await writeFile(join(d, `.report.html.${ended}.tmp`), '<html')
    await writeFile(join(d, `.out.json.${process.ppid}.tmp`), 'being written by a run still going')
    await writeFile(join(d, `.other.json.${ended}.tmp`), 'another output')
    const out = await openOutputFile(join(d, 'out.json'))
    out.stream.write('{}')
    await out.commit()
    await writeFileAtomic(join(d, 'report.html'), '<html></html>')
    expect((await readdir(d)).sort()).toEqual([`.other.json.${ended}.tmp`, `.out.json.${process.ppid}.tmp`, 'out.json', 'report.html'])
  })

  it('keeps the permissions of the file it replaces, as writing it in place would: findings kept private stay private', async () => {
    const d = await dir()
    await writeFile(join(d, 'findings.json'), 'old')
    await chmod(join(d, 'findings.json'), 0o600)
    await writeFile(join(d, 'report.html'), 'old')
    await chmod(join(d, 'report.html'), 0o640)
    const out = await openOutputFile(join(d, 'findings.json'))
    out.stream.write('{}')
    await out.commit()
    await writeFileAtomic(join(d, 'report.html'), '<html></html>')
    expect((await stat(join(d, 'findings.json'))).mode & 0o777).toBe(0o600)
    expect((await stat(join(d, 'report.html'))).mode & 0o777).toBe(0o640)
    expect(await readFile(join(d, 'findings.json'), 'utf8')).toBe('{}')
  })

  it('writes through a symbolic link, which stays a link', async () => {
    const d = await dir()
    await writeFile(join(d, 'real.json'), 'old')
    await symlink(join(d, 'real.json'), join(d, 'link.json'))
    const out = await openOutputFile(join(d, 'link.json'))
    out.stream.write('new')
    await out.commit()
    expect((await lstat(join(d, 'link.json'))).isSymbolicLink()).toBe(true)
    expect(await readFile(join(d, 'real.json'), 'utf8')).toBe('new')
  })

  it.skipIf(process.platform === 'win32')('writes into a named pipe instead of replacing it (as -o /dev/null must)', async () => {
    const d = await dir()
    const fifo = join(d, 'pipe')
    execFileSync('mkfifo', [fifo])
    const chunks: Buffer[] = []
    const reader = createReadStream(fifo)
    const read = new Promise<string>((resolve) => {
      reader.on('data', (c) => chunks.push(c as Buffer))
      reader.on('end', () => resolve(Buffer.concat(chunks).toString()))
    })
    const out = await openOutputFile(fifo)
    out.stream.write('through the pipe')
    await out.commit()
    expect(await read).toBe('through the pipe')
    expect((await lstat(fifo)).isFIFO()).toBe(true)
    // the same for a whole-file write (never tried on /dev/null itself: a regression would replace it)
    const reader2 = createReadStream(fifo)
    const read2 = new Promise<string>((resolve) => {
      const parts: Buffer[] = []
      reader2.on('data', (c) => parts.push(c as Buffer))
      reader2.on('end', () => resolve(Buffer.concat(parts).toString()))
    })
    await writeFileAtomic(fifo, 'again')
    expect(await read2).toBe('again')
    expect((await lstat(fifo)).isFIFO()).toBe(true)
  })
})
