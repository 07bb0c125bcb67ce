/**
 * An argument as a shell reads it back: as it is when it holds only characters a shell takes
 * literally, else in single quotes, so that a command line printed for the user to copy (a path
 * with a space, `my demo/policy.yaml`) runs as printed.
 * @example
 * shellWord('my demo/policy.yaml') // "'my demo/policy.yaml'"
 */
export function shellWord(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`
}
