import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ENTRY = `${ROOT}src/index.ts`

/**
 * The named types the library surface mentions that a user cannot import: each a type an exported
 * function takes or returns, or a field of an exported type holds (through anonymous object types,
 * unions and callbacks), that is exported where it is declared but not from `index.ts`. A user who
 * wraps such a function in a module of their own, compiled with `declaration: true`, gets
 * TS2742 ("The inferred type of 'x' cannot be named without a reference to
 * './node_modules/trustpath/dist/...'") and has no name to write the annotation with. Types a module
 * keeps to itself (the internals of `CompiledPolicy`) are not part of the surface.
 */
function surfaceOf(): { checker: ts.TypeChecker; surface: { name: string; symbol: ts.Symbol }[] } {
  const config = ts.getParsedCommandLineOfConfigFile(`${ROOT}tsconfig.json`, {}, {
    ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')) },
  })
  if (!config) throw new Error('tsconfig.json could not be read')
  const program = ts.createProgram([ENTRY], config.options)
  const checker = program.getTypeChecker()
  const entry = checker.getSymbolAtLocation(program.getSourceFile(ENTRY)!)!
  const surface = checker.getExportsOfModule(entry).map((s) => ({ name: s.name, symbol: s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s }))
  return { checker, surface }
}

let cached: ReturnType<typeof surfaceOf> | undefined
const SURFACE = (): ReturnType<typeof surfaceOf> => (cached ??= surfaceOf())

function unnamableTypes(): string[] {
  const { checker, surface: named } = SURFACE()
  const surface = named.map((e) => e.symbol)
  const exported = new Set(surface)
  const missing = new Map<string, string>()

  const namedSymbol = (t: ts.Type): ts.Symbol | undefined => {
    if (t.aliasSymbol) return t.aliasSymbol
    const s = t.getSymbol()
    return s && s.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class | ts.SymbolFlags.TypeAlias) ? s : undefined
  }
  const isOwnExported = (s: ts.Symbol): boolean => (s.declarations ?? []).some((d) =>
    d.getSourceFile().fileName.startsWith(`${ROOT}src/`) && (ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Export) !== 0)

  const visit = (t: ts.Type, from: string, seen: Set<ts.Type>): void => {
    if (seen.has(t) || t.flags & ts.TypeFlags.TypeParameter) return
    seen.add(t)
    const named = namedSymbol(t)
    if (named && isOwnExported(named)) {
      if (!exported.has(named) && !missing.has(named.name)) missing.set(named.name, from)
      for (const a of t.aliasTypeArguments ?? []) visit(a, from, seen)
      return
    }
    if (t.isUnionOrIntersection()) {
      for (const u of t.types) visit(u, from, seen)
      return
    }
    if (t.flags & ts.TypeFlags.Object) {
      for (const a of checker.getTypeArguments(t as ts.TypeReference) ?? []) visit(a, from, seen)
      for (const sig of [...t.getCallSignatures(), ...t.getConstructSignatures()]) signature(sig, from, seen)
      if (!named) for (const p of t.getProperties()) member(p, from, seen)
    }
  }
  const member = (p: ts.Symbol, from: string, seen: Set<ts.Type>): void => {
    const d = p.valueDeclaration ?? p.declarations?.[0]
    if (!d || ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Private) return
    visit(checker.getTypeOfSymbolAtLocation(p, d), `${from}.${p.name}`, seen)
  }
  const signature = (sig: ts.Signature, from: string, seen: Set<ts.Type>): void => {
    for (const p of sig.getParameters()) visit(checker.getTypeOfSymbolAtLocation(p, p.valueDeclaration!), `${from}(${p.name})`, seen)
    visit(sig.getReturnType(), `${from}()`, seen)
  }

  for (const s of surface) {
    const seen = new Set<ts.Type>()
    if (s.flags & ts.SymbolFlags.Class) {
      for (const p of checker.getDeclaredTypeOfSymbol(s).getProperties()) member(p, s.name, seen)
      visit(checker.getTypeOfSymbolAtLocation(s, s.valueDeclaration!), s.name, seen)
    } else if (s.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable)) {
      visit(checker.getTypeOfSymbolAtLocation(s, s.valueDeclaration!), s.name, seen)
    } else if (s.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface)) {
      const declared = checker.getDeclaredTypeOfSymbol(s)
      for (const part of declared.isUnionOrIntersection() ? declared.types : [declared]) {
        if (namedSymbol(part) && part !== declared) visit(part, s.name, seen)
        else for (const p of part.getProperties()) member(p, s.name, seen)
      }
    }
  }
  return [...missing].map(([name, from]) => `${name} (in ${from})`).sort()
}

describe('the library surface', () => {
  it('exports every type its functions take and return and its types hold, so a user can name them', () => {
    expect(unnamableTypes()).toEqual([])
  }, 120_000)

  it('documents every export with a JSDoc comment, which editors show on hover', () => {
    const { checker, surface } = SURFACE()
    const undocumented = surface.filter(({ symbol }) => ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() === '').map((e) => e.name)
    expect(undocumented).toEqual([])
  }, 120_000)
})
