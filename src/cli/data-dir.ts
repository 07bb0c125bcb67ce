import { homedir } from 'node:os'
import { resolve } from 'node:path'
import { defaultDataDir } from '../io/data-dir.js'
import type { CliContext } from './context.js'

/** The directory of refreshed registries: --data-dir, else $TRUSTPATH_HOME, else ~/.local/share/trustpath. */
export function dataDirFor(ctx: CliContext, opts: { dataDir?: string }): string {
  return opts.dataDir !== undefined ? resolve(ctx.cwd, opts.dataDir) : defaultDataDir(ctx.env, homedir())
}
