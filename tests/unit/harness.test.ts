// The test harness' Chromium resolver (scripts/chromium-path.mjs), shared by ensure-chromium, Playwright and bench.
import { describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, CHROMIUM_CANDIDATES, resolveChromiumPath } from '../../scripts/chromium-path.mjs'

describe('resolveChromiumPath', () => {
  it('returns CHROME_PATH when it is set, even before the system locations', () => {
    const path = resolveChromiumPath({
      env: { CHROME_PATH: '/opt/chrome/chrome' },
      exists: (p) => p === '/usr/bin/chromium',
    })
    expect(path).toBe('/opt/chrome/chrome')
  })

  it('returns CHROME_PATH as given even if it does not exist, so a wrong setting fails loudly', () => {
    expect(resolveChromiumPath({ env: { CHROME_PATH: ' /nowhere/chromium ' }, exists: () => false })).toBe(
      '/nowhere/chromium',
    )
  })

  it('falls back to the first existing system location, in order', () => {
    expect(CHROMIUM_CANDIDATES).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser'])
    expect(resolveChromiumPath({ env: {}, exists: () => true })).toBe('/usr/bin/chromium')
    expect(
      resolveChromiumPath({ env: { CHROME_PATH: '' }, exists: (p) => p === '/usr/bin/chromium-browser' }),
    ).toBe('/usr/bin/chromium-browser')
  })

  it('returns null when nothing is found (Playwright then uses its own Chromium)', () => {
    expect(resolveChromiumPath({ env: {}, exists: () => false })).toBeNull()
  })

  it('launches with software WebGL and no background networking', () => {
    expect(CHROMIUM_ARGS).toEqual(
      expect.arrayContaining(['--use-angle=swiftshader', '--disable-background-networking']),
    )
  })
})
