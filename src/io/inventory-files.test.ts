import { symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { testdir } from '../test-support/testdir.js'
import { listInventories } from './inventory-files.js'

describe('listInventories', () => {
  it('gives each file named, and in place of a directory its files depth first by name, without names starting with a dot or version control\'s CVS directory', async () => {
    const dir = await testdir({
      'caps/b.txt': 'b', 'caps/A.txt': 'a', 'caps/sub/c.txt': 'c', 'caps/.git/HEAD': 'x', 'caps/.DS_Store': 'x', 'caps/a2.txt': 'a2', 'one.csv': 'id\n',
      // RANCID keeps a group's configurations under CVS: its bookkeeping is no inventory.
      'caps/CVS/Entries': '/rt1/1.2/Mon Mar  4 10:15:02 2024//\n', 'caps/CVS/Root': '/var/lib/rancid/CVS\n',
    })
    const got = await listInventories([join(dir, 'one.csv'), join(dir, 'caps')])
    expect(got.map((i) => [i.path.slice(dir.length + 1), i.foundIn === undefined ? undefined : i.foundIn.slice(dir.length + 1)])).toEqual([
      ['one.csv', undefined], ['caps/A.txt', 'caps'], ['caps/a2.txt', 'caps'], ['caps/b.txt', 'caps'], ['caps/sub/c.txt', 'caps'],
    ])
  })

  it('leaves out editors\' backups and the lock files of open workbooks, which would read an older version of a file beside it', async () => {
    const dir = await testdir({
      'sites/devices.csv': 'id\n', 'sites/devices.csv~': 'id\n', 'sites/#devices.csv#': 'id\n', 'sites/~$plan.xlsx': 'x', 'sites/plan.xlsx': 'x', 'sites/#1.csv': 'id\n',
    })
    const got = await listInventories([join(dir, 'sites')])
    expect(got.map((i) => i.path.slice(dir.length + 1))).toEqual(['sites/#1.csv', 'sites/devices.csv', 'sites/plan.xlsx'])
    // Named, such a file is read as any other.
    expect((await listInventories([join(dir, 'sites', 'devices.csv~')])).map((i) => i.foundIn)).toEqual([undefined])
  })

  it('orders names by code point, not by UTF-16 unit', async () => {
    const dir = await testdir({ 'caps/\u{1F4E1} uplink.txt': 'a', 'caps/\uFF21-site.txt': 'b', 'caps/z.txt': 'c', 'caps/\u00E9.txt': 'd' })
    const got = await listInventories([join(dir, 'caps')])
    expect(got.map((i) => i.path.slice(dir.length + 6))).toEqual(['z.txt', '\u00E9.txt', '\uFF21-site.txt', '\u{1F4E1} uplink.txt'])
  })

  it('reads a file once when it is named twice or found again in a directory named, and standard input once', async () => {
    const dir = await testdir({ 'caps/a.txt': 'a', 'caps/b.txt': 'b' })
    const got = await listInventories([join(dir, 'caps', 'b.txt'), join(dir, 'caps'), '-', join(dir, 'caps', 'a.txt'), '-'])
    expect(got.map((i) => (i.path === '-' ? '-' : i.path.slice(dir.length + 1)))).toEqual(['caps/b.txt', 'caps/a.txt', '-'])
    // A file named after the directory it is in is read in the directory's place, as a file named;
    // a directory whose files were all named before it is no empty directory.
    const after = await listInventories([join(dir, 'caps'), join(dir, 'caps', 'b.txt')])
    expect(after.map((i) => [i.path.slice(dir.length + 1), i.foundIn === undefined])).toEqual([['caps/a.txt', false], ['caps/b.txt', true]])
    const named = await listInventories([join(dir, 'caps', 'a.txt'), join(dir, 'caps', 'b.txt'), join(dir, 'caps')])
    expect(named.map((i) => i.path.slice(dir.length + 1))).toEqual(['caps/a.txt', 'caps/b.txt'])
  })

  it('follows a link to a file or a directory, not a link back to a directory already walked, and keeps a broken link for its read to be warned about', async () => {
    const dir = await testdir({ 'caps/a.txt': 'a', 'other/b.txt': 'b' })
    await symlink(join(dir, 'other'), join(dir, 'caps', 'more'))
    await symlink(join(dir, 'caps'), join(dir, 'caps', 'loop'))
    await symlink(join(dir, 'nowhere'), join(dir, 'caps', 'broken'))
    const got = await listInventories([join(dir, 'caps')])
    expect(got.map((i) => i.path.slice(dir.length + 1))).toEqual(['caps/a.txt', 'caps/broken', 'caps/more/b.txt'])
  })

  it('refuses a path that is not there and a directory that holds no file to read, naming it', async () => {
    const dir = await testdir({ 'empty/.keep': '' })
    await expect(listInventories([join(dir, 'nope.csv')])).rejects.toMatchObject({ code: 'input_unreadable', at: { file: join(dir, 'nope.csv') } })
    await expect(listInventories([join(dir, 'empty')])).rejects.toMatchObject({ code: 'input_invalid', message: expect.stringMatching(/holds no file to read/) })
  })
})
