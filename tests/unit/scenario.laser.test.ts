// The scenario's `laser` section: defaults from the parameter registries, partial merges, one error line per bad
// field with its path, unknown keys by name.
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_LASER,
  DEFAULT_SCENARIO,
  LASER_FIELD_PARAMS,
  scenarioFromUrlParams,
  validateScenario,
  type Scenario,
} from '../../src/sim'

describe('scenario laser section', () => {
  it('defaults: fractional, 30 mJ, 120 µm, 10%, grid, 1 pulse, 1 ms, Henriques — from registered ParamDefs', () => {
    expect(DEFAULT_LASER).toEqual({
      mode: 'fractional',
      energyMj: 30,
      spotDiameterUm: 120,
      densityPercent: 10,
      pattern: 'grid',
      stackedPulses: 1,
      pulseDurationMs: 1,
      damageModel: 'henriques',
    })
    expect(DEFAULT_SCENARIO.laser).toEqual(DEFAULT_LASER)
    expect(LASER_FIELD_PARAMS.spotDiameterUm.source).toBe('Hantash2007')
    expect(LASER_FIELD_PARAMS.densityPercent.source).toBe('ReferenceSheet')
    expect(Object.isFrozen(DEFAULT_LASER)).toBe(true)
  })

  it('merges a partial laser object onto the current laser', () => {
    const first = validateScenario({ laser: { energyMj: 40, pattern: 'hex' } })
    expect(first.ok).toBe(true)
    if (!first.ok) return
    expect(first.scenario.laser).toEqual({ ...DEFAULT_LASER, energyMj: 40, pattern: 'hex' })
    const second = validateScenario({ laser: { densityPercent: 20 } }, first.scenario)
    expect(second.ok && second.scenario.laser).toEqual({
      ...DEFAULT_LASER,
      energyMj: 40,
      pattern: 'hex',
      densityPercent: 20,
    })
    expect(first.scenario.laser.densityPercent).toBe(10) // the base is not mutated
    expect(validateScenario({ laser: {} }, first.scenario)).toEqual({ ok: true, scenario: first.scenario })
    const all = {
      mode: 'continuous',
      energyMj: 400,
      spotDiameterUm: 1300,
      densityPercent: 60,
      pattern: 'random',
      stackedPulses: 5,
      pulseDurationMs: 0.1,
      damageModel: 'mehta-wong',
    }
    expect(validateScenario({ version: 1, site: 'face', seed: 2, laser: all })).toEqual({
      ok: true,
      scenario: { ...DEFAULT_SCENARIO, version: 1, site: 'face', seed: 2, laser: all },
    })
  })

  it('does not alias the base laser', () => {
    const base: Scenario = { ...DEFAULT_SCENARIO, laser: { ...DEFAULT_LASER } }
    const result = validateScenario({}, base)
    expect(result.ok && result.scenario.laser).not.toBe(base.laser)
  })

  it('one error line per bad field, with its path', () => {
    expect(validateScenario({ laser: { energyMj: 900 } })).toEqual({
      ok: false,
      errors: ['laser.energyMj: must be a number from 1 to 400 mJ, got 900'],
    })
    const result = validateScenario({
      site: 'moon',
      laser: {
        mode: 'pulsed',
        energyMj: '30',
        spotDiameterUm: 50,
        densityPercent: 61,
        pattern: 'spiral',
        stackedPulses: 2.5,
        pulseDurationMs: Number.NaN,
        damageModel: 'arrhenius',
        power: 30,
      },
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([
      'site: "moon" is not a body site; use one of forearm, face, trunk, extremity, hand, palm',
      'laser.mode: "pulsed" is not a laser mode; use one of fractional, continuous, none',
      'laser.energyMj: must be a number from 1 to 400 mJ, got "30"',
      'laser.spotDiameterUm: must be a number from 100 to 1300 µm, got 50',
      'laser.densityPercent: must be a number from 1 to 60%, got 61',
      'laser.pattern: "spiral" is not a pattern; use one of grid, hex, random',
      'laser.stackedPulses: must be an integer from 1 to 5, got 2.5',
      'laser.pulseDurationMs: must be a number from 0.1 to 10 ms, got NaN',
      'laser.damageModel: "arrhenius" is not a damage model; use one of henriques, weaver-stoll, takata, mehta-wong',
      'laser."power": unknown laser key; the keys are mode, energyMj, spotDiameterUm, densityPercent, pattern, stackedPulses, pulseDurationMs, damageModel',
    ])
    for (const e of result.errors) expect(e.length).toBeLessThan(200)
  })

  it('rejects a laser section that is not an object', () => {
    for (const laser of [3, 'fractional', null, [], true]) {
      const result = validateScenario({ laser })
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.errors).toHaveLength(1)
        expect(result.errors[0]).toMatch(/^laser: must be an object such as /)
      }
    }
  })

  it('never throws on hostile laser values', () => {
    const throwing = Object.defineProperty({}, 'energyMj', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    for (const laser of [
      throwing,
      { energyMj: BigInt(3) },
      { energyMj: Symbol('x') },
      { ['a'.repeat(5000)]: 1 },
    ]) {
      let result: ReturnType<typeof validateScenario> | undefined
      expect(() => (result = validateScenario({ laser }))).not.toThrow()
      expect(result?.ok).toBe(false)
      if (result && !result.ok) for (const e of result.errors) expect(e.length).toBeLessThan(200)
    }
  })

  it('URL parameters keep the base laser (the laser is not settable from a URL yet)', () => {
    const base: Scenario = { ...DEFAULT_SCENARIO, laser: { ...DEFAULT_LASER, energyMj: 55 } }
    const { scenario, errors } = scenarioFromUrlParams('?site=face&laser=3', base)
    expect(errors).toEqual([])
    expect(scenario.laser).toEqual(base.laser)
    expect(scenario.laser).not.toBe(base.laser)
  })
})
