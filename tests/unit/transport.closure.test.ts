// The channels of the transport model close by the same rule as the healing model's wounds
// (pattern/healing.ts reepithelializationHours: the fractional lag, then the keratinocyte front from the
// damage edge inward), so a drug applied some hours after the laser meets the channel the Heal view shows.
import { describe, expect, it } from 'vitest'
import { closureHoursAt, openRadiusUm, unitCellFor } from '../../src/sim/transport/geometry'
import { reepithelializationHours, reepithelializationLagHours } from '../../src/sim/pattern'
import { DEFAULT_LASER } from '../../src/sim/scenarioLaser'

describe('channel closure in the transport unit cell', () => {
  const cell = unitCellFor('forearm', DEFAULT_LASER)
  const lagH = reepithelializationLagHours('fractional')

  it('keeps the whole crater open until the front starts moving after the lag', () => {
    expect(lagH).toBeGreaterThan(0)
    expect(openRadiusUm(cell, 0)).toBeCloseTo(cell.craterRadiusUm, 9)
    expect(openRadiusUm(cell, lagH)).toBeCloseTo(cell.craterRadiusUm, 9)
  })

  it('is shut exactly when the healing model says the wound has closed', () => {
    const closedH = reepithelializationHours(cell.lesionRadiusUm, 'fractional')
    expect(openRadiusUm(cell, closedH - 0.5)).toBeGreaterThan(0)
    expect(openRadiusUm(cell, closedH)).toBe(0)
    expect(closureHoursAt(cell, 0)).toBeCloseTo(closedH, 9)
    // and the closing mouth and the closure times are the same function read both ways
    const half = cell.craterRadiusUm / 2
    expect(openRadiusUm(cell, closureHoursAt(cell, half))).toBeCloseTo(half, 6)
  })
})
