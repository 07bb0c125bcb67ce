import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/*.case.test.*', 'node_modules', 'dist'],
    testTimeout: 30_000,
  },
})
