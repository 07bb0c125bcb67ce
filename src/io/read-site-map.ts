import type { WithDiagnostics } from '../diagnostics/diagnostic.js'
import { parseSiteMap, type SiteMap } from '../exposure/site-map.js'
import { readTextFile } from './read-text.js'

/** Reads a site map (`site,node`, also gzip-compressed), its diagnostics naming `path`. */
export async function readSiteMap(path: string): Promise<WithDiagnostics<SiteMap>> {
  return parseSiteMap(await readTextFile(path, 'site map'), { file: path })
}
