// What the transport model delivers for the Heal model's course (exposure.ts, adjuvantDoses.ts): repeated daily
// use on intact skin, the application into fresh channels, basal layer and bulge, and NB-UVB by hours after laser.
import { describe, expect, it } from 'vitest'
import { afterLaserExposure, intactExposures } from '../../src/sim/transport/exposure'
import { uvDoseAt } from '../../src/sim/transport/adjuvantDoses'
import { DEFAULT_LASER } from '../../src/sim/scenarioLaser'
import { Arm } from '../../src/sim/transport/arm'
import { agentProperties, agentSpec } from '../../src/sim/transport/agents'
import { unitCellFor } from '../../src/sim/transport/geometry'

describe('daily home use on intact skin', () => {
  const clobetasol = intactExposures('forearm', 'corticosteroid', 'daily')

  it('builds up the skin reservoir: clobetasol’s steady day mean far exceeds its first 3 h and its first day', () => {
    // intact lag time h²/6D ≈ 16 h: a 3 h window sees almost nothing, daily use reaches a steady level
    expect(clobetasol.home.basalFreeUgPerCm3).toBeGreaterThan(
      1e3 * clobetasol.firstThreeHours.basalFreeUgPerCm3,
    )
    expect(clobetasol.home.basalFreeUgPerCm3).toBeGreaterThan(2 * clobetasol.firstDay.basalFreeUgPerCm3)
    expect(clobetasol.lastDayChange).toBeLessThan(0.02)
    // the reservoir drains inward: the deep bulge sees less than the basal layer
    expect(clobetasol.home.bulgeFreeUgPerCm3).toBeGreaterThan(0)
    expect(clobetasol.home.bulgeFreeUgPerCm3).toBeLessThan(clobetasol.home.basalFreeUgPerCm3)
  })

  it('PRP proteins do not cross intact skin; one in-clinic application is one day', () => {
    const prp = intactExposures('forearm', 'prp', 'once')
    expect(prp.days).toBe(1)
    expect(prp.home.basalFreeUgPerCm3).toBeLessThan(1e-12)
  })
})

describe('the application into fresh channels', () => {
  it('reaches the basal layer and the bulge far more than intact skin for PRP and clobetasol', () => {
    const prp = afterLaserExposure('forearm', DEFAULT_LASER, 'prp')
    // 286 ng/mL applied: the living basal layer's 24 h mean is a few ng/mL (free)
    expect(prp.basalFreeUgPerCm3).toBeGreaterThan(1e-3)
    expect(prp.basalFreeUgPerCm3).toBeLessThan(0.286)
    expect(prp.bulgeFreeUgPerCm3).toBeGreaterThan(1e-4)
    const steroid = afterLaserExposure('forearm', DEFAULT_LASER, 'corticosteroid')
    const home = intactExposures('forearm', 'corticosteroid', 'daily').home
    expect(steroid.basalFreeUgPerCm3).toBeGreaterThan(home.basalFreeUgPerCm3)
    expect(steroid.bulgeFreeUgPerCm3).toBeGreaterThan(home.bulgeFreeUgPerCm3)
  })

  it('without a laser the “after laser” run is intact skin', () => {
    const none = afterLaserExposure('forearm', { ...DEFAULT_LASER, mode: 'none' }, '5-fu')
    const first = intactExposures('forearm', '5-fu', 'once').firstDay
    expect(none.basalFreeUgPerCm3).toBeCloseTo(first.basalFreeUgPerCm3, 6)
  })
})

describe('a fresh application', () => {
  it('resets the vehicle and keeps what the tissue holds', () => {
    const cell = unitCellFor('forearm', { ...DEFAULT_LASER, mode: 'none' })
    const props = agentProperties(agentSpec({ agent: '5-fu', custom: { molecularWeight: 1, logP: 0 } }), 18.3)
    const arm = new Arm({
      cell,
      lasered: false,
      props,
      rimFactor: 1,
      startAfterLaserH: 0,
      refineSpace: 1,
      clearancePerS: 0,
    })
    arm.updateMedia(0)
    arm.fillVehicle(1000)
    for (let k = 0; k < 200; k++) arm.step(30)
    const before = arm.balance()
    arm.refillVehicle(1000)
    const after = arm.balance()
    expect(after.tissue).toBeCloseTo(before.tissue, 9)
    expect(after.vehicle).toBeGreaterThan(before.vehicle)
    expect(after.vehicle).toBeCloseTo(1000 * 1e-4 * arm.vehicleThicknessUm(), 6) // µg/cm³ × cm
  })
})

describe('NB-UVB by hours after the laser', () => {
  it('gains only while the channels are open, at the basal layer and the bulge', () => {
    const intact = uvDoseAt('forearm', DEFAULT_LASER, Number.POSITIVE_INFINITY)
    expect(intact.basal).toBeCloseTo(0.324, 3)
    const open = uvDoseAt('forearm', DEFAULT_LASER, 1)
    expect(open.basal).toBeGreaterThan(intact.basal)
    expect(open.bulge).toBeGreaterThan(intact.bulge)
    for (const h of [48, 24 * 5 + 12]) expect(uvDoseAt('forearm', DEFAULT_LASER, h)).toEqual(intact)
    expect(uvDoseAt('forearm', { ...DEFAULT_LASER, mode: 'none' }, 1)).toEqual(intact)
  })
})
