// Types for scripts/chromium-path.mjs (imported from TypeScript by playwright.config.ts and the unit tests).
export declare const CHROMIUM_CANDIDATES: string[]
export declare function resolveChromiumPath(options?: {
  env?: Record<string, string | undefined>
  exists?: (path: string) => boolean
  candidates?: readonly string[]
}): string | null
export declare const CHROMIUM_ARGS: string[]
