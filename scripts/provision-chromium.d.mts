// Types for scripts/provision-chromium.mjs (imported from TypeScript by the unit tests).
export declare const CHROMIUM_ADVICE: string[]
export interface ProvisionDeps {
  env: Record<string, string | undefined>
  isRoot: boolean
  exists: (path: string) => boolean
  run: (command: string, args: string[], env?: Record<string, string | undefined>) => boolean
  versionOf: (path: string) => string | null
  playwrightChromiumPath: () => string | null
  log: (line: string) => void
}
export type ProvisionResult =
  { ok: true; path: string; source: string; version: string } | { ok: false; reason: string }
export declare function provisionChromium(deps: ProvisionDeps): ProvisionResult
