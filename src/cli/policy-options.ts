import { resolve } from 'node:path'
import type { Catalog } from '../catalog/types.js'
import { hasErrors } from '../diagnostics/diagnostic.js'
import { ExitError, TrustpathError } from '../errors.js'
import { readTextFile } from '../io/read-text.js'
import { assertNotInventory } from '../io/read-topology.js'
import type { CompiledPolicy, CompileOptions } from '../policy/evaluate.js'
import { compilePolicy } from '../policy/evaluate.js'
import { parsePolicy } from '../policy/parse.js'
import { parseSites } from '../policy/sites.js'
import type { Site } from '../domain/site.js'
import { EXIT } from './cli.js'
import type { CliContext } from './context.js'
import type { DiagnosticsPrinter } from './diagnostics-printer.js'

/**
 * Reads, validates and compiles a policy file, with the sites of `--sites` (CSV or JSON) merged
 * into the policy's own for geofences; prints the diagnostics and stops on errors. `compile`
 * goes to `compilePolicy` (`check` keeps the findings exemptions waive, for its report).
 */
export async function loadPolicyFor(
  ctx: CliContext, file: string, catalog: Catalog, printer: DiagnosticsPrinter, sitesFile?: string, compile: CompileOptions = {},
): Promise<CompiledPolicy> {
  const sites = new Map<string, Site>()
  if (sitesFile !== undefined) {
    const text = await readTextFile(resolve(ctx.cwd, sitesFile), 'sites file')
    // The inventory given as the sites file was read as sites named after the devices, with a warning on its columns.
    assertNotInventory(text, sitesFile, { required: [], optional: [] }, 'a sites file', 'Give the sites (id,name,kind,lat,lon) with --sites; the inventory goes first with check, with -i with exposure and plan.')
    const parsed = parseSites(text, { file: sitesFile })
    printer.add(parsed.diagnostics)
    if (hasErrors(parsed.diagnostics)) {
      printer.finish()
      throw new ExitError(EXIT.input)
    }
    if (parsed.sites.length === 0) {
      // An empty file or a header line only (a failed export): the geofences it was given for
      // would have no centre, and the run would end clean, as with an empty inventory.
      printer.finish()
      throw new TrustpathError('input_invalid', 'the sites file holds no sites (an empty file, a header line only, or an empty JSON list)', {
        at: { file: sitesFile },
        hint: 'Check that this is the intended file; a site is a row id,name,kind,lat,lon (or a JSON object with those keys). Or leave --sites out: the policy\'s own sites are used.',
      })
    }
    for (const site of parsed.sites) sites.set(site.id, site)
  }
  const text = await readTextFile(resolve(ctx.cwd, file), 'policy')
  const { policy, diagnostics } = parsePolicy(text, { file }, {
    manufacturers: new Set(catalog.manufacturers.keys()), resolveName: catalog.resolveName,
  })
  printer.add(diagnostics)
  if (policy === undefined || hasErrors(diagnostics)) {
    printer.finish()
    throw new ExitError(EXIT.input)
  }
  const compiled = compilePolicy(policy, sites, compile)
  printer.add(compiled.diagnostics)
  return compiled
}
