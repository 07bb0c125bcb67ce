/** Where `trustpath catalog update` keeps refreshed registries (apart from the readers of those files, which are heavier to load). */
import { join } from 'node:path'

/**
 * The data directory: `$TRUSTPATH_HOME` when set, else `$XDG_DATA_HOME/trustpath`, else
 * `~/.local/share/trustpath`.
 */
export function defaultDataDir(env: Readonly<Record<string, string | undefined>>, homedir: string): string {
  const home = env['TRUSTPATH_HOME']
  if (home !== undefined && home !== '') return home
  const xdg = env['XDG_DATA_HOME']
  if (xdg !== undefined && xdg !== '') return join(xdg, 'trustpath')
  return join(homedir, '.local', 'share', 'trustpath')
}
