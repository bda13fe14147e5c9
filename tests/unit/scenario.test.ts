import { describe, it, expect } from 'vitest'
import { DEFAULT_TOPICAL } from '../../src/sim/scenarioTopical'
import {
  DEFAULT_LASER,
  DEFAULT_COURSE,
  DEFAULT_SCENARIO,
  scenarioFromUrlParams,
  validateScenario,
  type Scenario,
} from '../../src/sim'

const SITE_LIST = 'forearm, face, trunk, extremity, hand, palm'

describe('validateScenario', () => {
  it('has the forearm, seed 1 default', () => {
    expect(DEFAULT_SCENARIO).toEqual({
      version: 1,
      site: 'forearm',
      seed: 1,
      laser: DEFAULT_LASER,
      course: DEFAULT_COURSE,
      cohort: null,
      topical: DEFAULT_TOPICAL,
    })
  })

  it('merges a valid partial onto the base', () => {
    expect(validateScenario({ site: 'face' })).toEqual({
      ok: true,
      scenario: {
        version: 1,
        site: 'face',
        seed: 1,
        laser: DEFAULT_LASER,
        course: DEFAULT_COURSE,
        cohort: null,
        topical: DEFAULT_TOPICAL,
      },
    })
    expect(validateScenario({ seed: 42 })).toEqual({
      ok: true,
      scenario: {
        version: 1,
        site: 'forearm',
        seed: 42,
        laser: DEFAULT_LASER,
        course: DEFAULT_COURSE,
        cohort: null,
        topical: DEFAULT_TOPICAL,
      },
    })
    const base: Scenario = {
      version: 1,
      site: 'palm',
      seed: 9,
      laser: DEFAULT_LASER,
      course: DEFAULT_COURSE,
      cohort: null,
      topical: DEFAULT_TOPICAL,
    }
    expect(validateScenario({ seed: 0 }, base)).toEqual({
      ok: true,
      scenario: {
        version: 1,
        site: 'palm',
        seed: 0,
        laser: DEFAULT_LASER,
        course: DEFAULT_COURSE,
        cohort: null,
        topical: DEFAULT_TOPICAL,
      },
    })
    expect(validateScenario({}, base)).toEqual({ ok: true, scenario: base })
    expect(
      validateScenario({
        version: 1,
        site: 'hand',
        seed: 2147483647,
        laser: DEFAULT_LASER,
        course: DEFAULT_COURSE,
        cohort: null,
        topical: DEFAULT_TOPICAL,
      }),
    ).toEqual({
      ok: true,
      scenario: {
        version: 1,
        site: 'hand',
        seed: 2147483647,
        laser: DEFAULT_LASER,
        course: DEFAULT_COURSE,
        cohort: null,
        topical: DEFAULT_TOPICAL,
      },
    })
  })

  it('does not alias the base or the input', () => {
    const base: Scenario = {
      version: 1,
      site: 'trunk',
      seed: 4,
      laser: DEFAULT_LASER,
      course: DEFAULT_COURSE,
      cohort: null,
      topical: DEFAULT_TOPICAL,
    }
    const result = validateScenario({}, base)
    expect(result.ok && result.scenario).not.toBe(base)
  })

  it('names the field for a bad site', () => {
    expect(validateScenario({ site: 'moon' })).toEqual({
      ok: false,
      errors: [`site: "moon" is not a body site; use one of ${SITE_LIST}`],
    })
    expect(validateScenario({ site: 3 })).toEqual({
      ok: false,
      errors: [`site: 3 is not a body site; use one of ${SITE_LIST}`],
    })
    expect(validateScenario({ site: 'Face' }).ok).toBe(false)
  })

  it('names the field for a bad seed', () => {
    expect(validateScenario({ seed: 'abc' })).toEqual({
      ok: false,
      errors: ['seed: must be an integer from 0 to 2147483647, got "abc"'],
    })
    for (const seed of [-1, 1.5, 2147483648, Number.NaN, Number.POSITIVE_INFINITY, '3', null, true, [], {}]) {
      const result = validateScenario({ seed })
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.errors).toHaveLength(1)
        expect(result.errors[0]).toMatch(/^seed: must be an integer from 0 to 2147483647, got /)
      }
    }
  })

  it('rejects unknown keys by name and bad versions', () => {
    const unknown = validateScenario({ sight: 'face' })
    expect(unknown.ok).toBe(false)
    if (!unknown.ok)
      expect(unknown.errors[0]).toMatch(
        /^"sight": unknown scenario key; the keys are version, site, seed, laser, course, cohort, topical$/,
      )
    expect(validateScenario({ version: 2 })).toEqual({ ok: false, errors: ['version: must be 1, got 2'] })
  })

  it('reports every problem at once', () => {
    const result = validateScenario({ site: 'moon', seed: -3, extra: 1 })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors).toHaveLength(3)
      expect(result.errors.map((e) => e.split(':')[0])).toEqual(['site', 'seed', '"extra"'])
    }
  })

  it('never throws, whatever it is given', () => {
    const throwingGetter = Object.defineProperty({}, 'site', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    const hostileProxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys')
        },
      },
    )
    const circular: Record<string, unknown> = {}
    circular.self = circular
    const inputs: unknown[] = [
      null,
      undefined,
      42,
      'face',
      true,
      [],
      ['site', 'face'],
      () => 1,
      Symbol('x'),
      BigInt(3),
      new Date(0),
      Object.create(null),
      JSON.parse('{"__proto__": {"site": "face"}}'),
      { site: { toString: () => 'face' } },
      { site: 'a'.repeat(10_000) },
      { seed: BigInt(1) },
      { seed: Symbol('s') },
      circular,
      throwingGetter,
      hostileProxy,
    ]
    for (const input of inputs) {
      let result: ReturnType<typeof validateScenario> | undefined
      expect(() => (result = validateScenario(input))).not.toThrow()
      expect(result).toBeDefined()
      if (result && !result.ok) {
        expect(result.errors.length).toBeGreaterThan(0)
        for (const e of result.errors) {
          expect(typeof e).toBe('string')
          expect(e.length).toBeLessThan(200)
        }
      }
    }
    // the plain non-objects get one line that says what was expected
    for (const input of [null, 42, 'face', []]) {
      const r = validateScenario(input)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.errors[0]).toMatch(/^scenario: must be an object/)
    }
    // Object.create(null) with no keys is a valid (empty) partial
    expect(validateScenario(Object.create(null)).ok).toBe(true)
  })
})

describe('scenarioFromUrlParams', () => {
  it('reads site and seed', () => {
    expect(scenarioFromUrlParams('?site=face&seed=3')).toEqual({
      scenario: {
        version: 1,
        site: 'face',
        seed: 3,
        laser: DEFAULT_LASER,
        course: DEFAULT_COURSE,
        cohort: null,
        topical: DEFAULT_TOPICAL,
      },
      errors: [],
    })
    expect(scenarioFromUrlParams('site=palm')).toEqual({
      scenario: {
        version: 1,
        site: 'palm',
        seed: 1,
        laser: DEFAULT_LASER,
        course: DEFAULT_COURSE,
        cohort: null,
        topical: DEFAULT_TOPICAL,
      },
      errors: [],
    })
    expect(scenarioFromUrlParams('').scenario).toEqual(DEFAULT_SCENARIO)
  })

  it('ignores unrelated parameters such as test, view and step', () => {
    expect(scenarioFromUrlParams('?test=1&view=heal&step=4&utm_source=x&seed=5')).toEqual({
      scenario: {
        version: 1,
        site: 'forearm',
        seed: 5,
        laser: DEFAULT_LASER,
        course: DEFAULT_COURSE,
        cohort: null,
        topical: DEFAULT_TOPICAL,
      },
      errors: [],
    })
    expect(scenarioFromUrlParams('?test=1')).toEqual({ scenario: DEFAULT_SCENARIO, errors: [] })
  })

  it('keeps the defaults for bad values and reports one line per problem', () => {
    const result = scenarioFromUrlParams('?site=moon&seed=abc')
    expect(result.scenario).toEqual(DEFAULT_SCENARIO)
    expect(result.errors).toEqual([
      `site: "moon" is not a body site; use one of ${SITE_LIST}`,
      'seed: must be an integer from 0 to 2147483647, got "abc"',
    ])
    for (const seed of ['-1', '1e3', '3.5', '', ' 4', '99999999999', '0x10']) {
      const r = scenarioFromUrlParams(`?seed=${encodeURIComponent(seed)}`)
      expect(r.scenario.seed).toBe(1)
      expect(r.errors).toHaveLength(1)
      expect(r.errors[0]).toMatch(/^seed: /)
    }
  })

  it('keeps valid fields when another is bad, and uses the given base', () => {
    const base: Scenario = {
      version: 1,
      site: 'trunk',
      seed: 8,
      laser: DEFAULT_LASER,
      course: DEFAULT_COURSE,
      cohort: null,
      topical: DEFAULT_TOPICAL,
    }
    expect(scenarioFromUrlParams('?site=face&seed=x', base)).toEqual({
      scenario: {
        version: 1,
        site: 'face',
        seed: 8,
        laser: DEFAULT_LASER,
        course: DEFAULT_COURSE,
        cohort: null,
        topical: DEFAULT_TOPICAL,
      },
      errors: ['seed: must be an integer from 0 to 2147483647, got "x"'],
    })
    expect(scenarioFromUrlParams('?seed=007', base).scenario.seed).toBe(7)
  })

  it('never throws on odd query strings', () => {
    for (const q of [
      '?',
      '??',
      '&&&',
      '?site',
      '?site=%E0%A4%A',
      '?seed=%00',
      'a=b=c',
      '?site=face&site=palm',
    ]) {
      expect(() => scenarioFromUrlParams(q)).not.toThrow()
    }
    expect(() => scenarioFromUrlParams(undefined as unknown as string)).not.toThrow()
  })
})
