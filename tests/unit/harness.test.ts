// The test harness: the Chromium resolver (scripts/chromium-path.mjs, shared by ensure-chromium, Playwright and
// bench) and the provisioning decisions of scripts/ensure-chromium.mjs (scripts/provision-chromium.mjs).
import { describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, CHROMIUM_CANDIDATES, resolveChromiumPath } from '../../scripts/chromium-path.mjs'
import { CHROMIUM_ADVICE, provisionChromium } from '../../scripts/provision-chromium.mjs'

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

/** A fake machine for provisionChromium: which paths exist, which commands succeed, what each did. */
function fakeMachine(options: {
  isRoot: boolean
  env?: Record<string, string>
  present?: string[]
  aptWorks?: boolean
  playwrightWorks?: boolean
  broken?: string[]
}) {
  const present = new Set(options.present ?? [])
  const commands: string[] = []
  const playwrightPath = '/root/.cache/ms-playwright/chromium/chrome'
  const deps = {
    env: options.env ?? {},
    isRoot: options.isRoot,
    exists: (p: string) => present.has(p),
    run: (command: string, args: string[]) => {
      commands.push(`${command} ${args.join(' ')}`)
      if (command === 'apt-get') {
        if (!options.aptWorks) return false
        if (args[0] === 'install') present.add('/usr/bin/chromium')
        return true
      }
      if (command === 'npx' && options.playwrightWorks) {
        present.add(playwrightPath)
        return true
      }
      return false
    },
    versionOf: (p: string) => (present.has(p) && !options.broken?.includes(p) ? 'Chromium 156' : null),
    playwrightChromiumPath: () => (present.has(playwrightPath) ? playwrightPath : null),
    log: () => {},
  }
  return { deps, commands, playwrightPath }
}

describe('provisionChromium (scripts/ensure-chromium.mjs)', () => {
  it('uses an installed Chromium without installing anything', () => {
    const m = fakeMachine({ isRoot: true, present: ['/usr/bin/chromium'] })
    expect(provisionChromium(m.deps)).toMatchObject({
      ok: true,
      path: '/usr/bin/chromium',
      source: 'system package',
    })
    expect(m.commands).toEqual([])
  })

  it('fails clearly, installing nothing, when CHROME_PATH names a missing file', () => {
    const m = fakeMachine({ isRoot: true, env: { CHROME_PATH: '/nowhere/chrome' }, aptWorks: true })
    const result = provisionChromium(m.deps)
    expect(result).toEqual({
      ok: false,
      reason: 'CHROME_PATH is set to /nowhere/chrome, which does not exist.',
    })
    expect(m.commands).toEqual([])
  })

  it("as root installs Debian's chromium with apt-get", () => {
    const m = fakeMachine({ isRoot: true, aptWorks: true, playwrightWorks: true })
    expect(provisionChromium(m.deps)).toMatchObject({
      ok: true,
      path: '/usr/bin/chromium',
      source: 'installed with apt-get',
    })
    expect(m.commands).toEqual(['apt-get update', 'apt-get install -y chromium'])
  })

  it("as root falls back to Playwright's installer when apt-get fails", () => {
    const m = fakeMachine({ isRoot: true, aptWorks: false, playwrightWorks: true })
    expect(provisionChromium(m.deps)).toMatchObject({ ok: true, path: m.playwrightPath })
    expect(m.commands).toEqual(['apt-get update', 'npx --no-install playwright install chromium'])
  })

  it("not as root never calls apt-get and uses Playwright's installer", () => {
    const m = fakeMachine({ isRoot: false, aptWorks: true, playwrightWorks: true })
    expect(provisionChromium(m.deps)).toMatchObject({ ok: true, path: m.playwrightPath })
    expect(m.commands).toEqual(['npx --no-install playwright install chromium'])
  })

  it('fails with a reason when both ways fail, and the advice says what to do', () => {
    const root = fakeMachine({ isRoot: true })
    expect(provisionChromium(root.deps)).toEqual({
      ok: false,
      reason: 'apt-get install chromium and npx playwright install chromium both failed.',
    })
    const user = fakeMachine({ isRoot: false })
    expect(provisionChromium(user.deps)).toEqual({
      ok: false,
      reason: 'npx playwright install chromium failed.',
    })
    expect(CHROMIUM_ADVICE.join('\n')).toMatch(
      /apt-get install -y chromium[\s\S]*CHROME_PATH[\s\S]*playwright install/,
    )
  })

  it('refuses a Chromium that does not start', () => {
    const m = fakeMachine({ isRoot: true, present: ['/usr/bin/chromium'], broken: ['/usr/bin/chromium'] })
    expect(provisionChromium(m.deps)).toEqual({
      ok: false,
      reason: '/usr/bin/chromium is not a working Chromium.',
    })
  })
})
