// Part of `npm run build`: makes the CLI's built file executable. tsc writes it without the
// executable bit, and `npx trustpath` in a fresh clone runs it through a link to that file (npm
// sets the bit only for packages it installs), where the shell then refused it ("Permission denied").
import { chmodSync, readFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
for (const bin of Object.values(pkg.bin ?? {})) chmodSync(new URL(`../${bin}`, import.meta.url), 0o755)
