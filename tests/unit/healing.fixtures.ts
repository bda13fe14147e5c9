// Shared inputs of the healing tests (not a test file itself).
import type { CourseSettings, HealingInput } from '../../src/sim/healing'
import { DEFAULT_LASER, type LaserSettings } from '../../src/sim/scenarioLaser'

export const COURSE: CourseSettings = {
  laserSessions: 2,
  intervalDays: 28,
  uv: 'nb-uvb',
  uvPerWeek: 2,
  uvStartDay: 5,
  topical: 'none',
  days: 40,
}

export const NO_LASER: LaserSettings = { ...DEFAULT_LASER, mode: 'none' }

export function input(overrides: Partial<HealingInput> = {}): HealingInput {
  return { site: 'forearm', seed: 1, laser: DEFAULT_LASER, course: COURSE, ...overrides }
}
