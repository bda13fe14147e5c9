// Builds the world of one healing run: the skin block, the pulse and each session's wound, the surface grid with
// its lesion mask, the agents at their starting places (precursors in the lesional follicles, healthy basal
// melanocytes as residents, the lesion's T cells) and the schedule of the course.
import type { SkinBlock } from '../types'
import type { PulseFootprint } from '../pattern/types'
import type { AdjuvantDoses, CalibratedParams, HealingInput } from './types'
import type { FollicleAxis } from './agents'
import { createRng } from '../rng'
import { SITES } from '../sites'
import { pulseForLaser } from '../laserPulse'
import { generateSkinBlock } from '../anatomy'
import { bulbTopDepthUm } from '../follicles'
import { distanceToLesionBorderUm, isInLesion } from '../lesion'
import { generatePattern } from '../pattern'
import { mtzPerUm2 } from '../pattern/layout'
import { healingParam } from './healingParams'
import { cohortParam } from './cohortParams'
import { cellIndex, surfaceGrid, type SurfaceGrid } from './fields'
import { MODE, MelanocyteStore, randomRound } from './agents'
import { TCellStore, seedTCells } from './tcells'
import { courseSchedule, adjuvantDosesFor, referenceUvBasalFraction, type CourseSchedule } from './adjuvants'
import { sessionWound, type SessionWound } from './wound'

export interface World {
  input: HealingInput
  block: SkinBlock
  grid: SurfaceGrid
  gridIndex: (xUm: number, yUm: number) => number
  /** Per grid cell: share inside the lesion; 1 where the cell's centre lies deeper than the border band outside. */
  lesionShare: Float32Array
  healthyCore: Uint8Array
  endHours: number
  /** Healthy basal melanocytes per µm² of this site (contact-inhibition target; 1/EMU area). */
  targetPerUm2: number
  pulse: PulseFootprint | null
  sessions: { hour: number; wound: SessionWound }[]
  schedule: CourseSchedule
  doses: AdjuvantDoses
  uvReference: number
  calibration: CalibratedParams
  /** Disease activity (T-cell influx ÷ the block's untreated steady state). */
  activity: number
  melanocytes: MelanocyteStore
  tCells: TCellStore
  follicleAxes: FollicleAxis[]
  basalDepthUm: number
}

/** Disease activity of the run: T-cell influx ÷ the untreated steady state of the block (default 1). */
export function activityOf(input: HealingInput): number {
  return input.course.activity ?? healingParam('course.activity')
}

export function calibrationOf(overrides?: Partial<CalibratedParams>): CalibratedParams {
  return {
    uvStimulusGain: overrides?.uvStimulusGain ?? cohortParam('calibrated.uvStimulusGain'),
    tCellKillPerH: overrides?.tCellKillPerH ?? cohortParam('calibrated.tCellKillPerH'),
    divisionBudget: overrides?.divisionBudget ?? cohortParam('calibrated.divisionBudget'),
    reservoirDivisions: overrides?.reservoirDivisions ?? cohortParam('calibrated.reservoirDivisions'),
  }
}

/** Later sessions land elsewhere: a seeded random offset of the scan (grids) or a new random layout. */
function sessionPatterns(input: HealingInput, block: SkinBlock, mtzDiameterUm: number, count: number) {
  const laser = input.laser
  const patterns = []
  for (let k = 0; k < count; k++) {
    const pattern = generatePattern({
      mode: laser.mode,
      layout: laser.pattern,
      densityPercent: laser.densityPercent,
      spotDiameterUm: laser.spotDiameterUm,
      mtzDiameterUm,
      widthUm: block.widthUm,
      lengthUm: block.lengthUm,
      seed: input.seed + k,
    })
    if (k > 0 && laser.mode === 'fractional' && laser.pattern !== 'random') {
      const rng = createRng(input.seed).fork(`healing.session:${k}`)
      const spacing = 1 / Math.sqrt(mtzPerUm2(laser.densityPercent, laser.spotDiameterUm))
      const dx = rng.next() * spacing
      const dy = rng.next() * spacing
      const shifted = Float32Array.from(pattern.centresUm, (v, i) =>
        i % 2 === 0 ? (v + dx) % block.widthUm : (v + dy) % block.lengthUm,
      )
      patterns.push({ ...pattern, centresUm: shifted })
    } else patterns.push(pattern)
  }
  return patterns
}

function lesionMasks(block: SkinBlock, grid: SurfaceGrid): { share: Float32Array; core: Uint8Array } {
  const share = new Float32Array(grid.nx * grid.ny)
  const core = new Uint8Array(grid.nx * grid.ny)
  const sub = 4
  for (let j = 0; j < grid.ny; j++) {
    for (let i = 0; i < grid.nx; i++) {
      let inside = 0
      for (let b = 0; b < sub; b++) {
        for (let a = 0; a < sub; a++) {
          const x = (i + (a + 0.5) / sub) * grid.cellUm
          const y = (j + (b + 0.5) / sub) * grid.cellUm
          if (isInLesion(block.lesion, x, y)) inside++
        }
      }
      const k = j * grid.nx + i
      share[k] = inside / (sub * sub)
      const d = distanceToLesionBorderUm(block.lesion, (i + 0.5) * grid.cellUm, (j + 0.5) * grid.cellUm)
      core[k] = d > block.lesion.borderBandUm + grid.cellUm / 2 ? 1 : 0
    }
  }
  return { share, core }
}

export function buildWorld(input: HealingInput): World {
  const block = generateSkinBlock(input.site, input.seed)
  const layers = SITES[input.site].layers
  const grid = surfaceGrid(block.widthUm, block.lengthUm, healingParam('heal.field.cellUm'))
  const gridIndex = (x: number, y: number) => cellIndex(grid, x, y)
  const { share, core } = lesionMasks(block, grid)
  const endDays = input.course.days
  const schedule = courseSchedule(input.course, input.laser.mode, endDays)

  let pulse: PulseFootprint | null = null
  const sessions: World['sessions'] = []
  if (schedule.laserDays.length > 0) {
    const result = pulseForLaser(input.site, input.laser)
    pulse = { ablationDepthUm: result.ablationDepthUm, thermalDamageDepthUm: result.thermalDamageDepthUm }
    const patterns = sessionPatterns(input, block, result.lesionWidthUm, schedule.laserDays.length)
    schedule.laserDays.forEach((day, k) => {
      const hour = day * 24
      sessions.push({
        hour,
        wound: sessionWound(
          patterns[k],
          pulse as PulseFootprint,
          block.follicles,
          hour,
          result.ablationDiameterUm,
        ),
      })
    })
  }

  const capacity = input.capacity ?? healingParam('heal.melanocyte.capacity')
  const melanocytes = new MelanocyteStore(capacity)
  for (const c of block.melanocytes) melanocytes.spawn(c.xUm, c.yUm, c.depthUm, MODE.resident, -1, 0)
  const calibration = calibrationOf(input.calibration)
  const budgetRng = createRng(input.seed).fork('healing.reservoir')
  const reservoir = () => randomRound(calibration.reservoirDivisions, () => budgetRng.next())
  for (const c of block.precursors) {
    melanocytes.spawn(c.xUm, c.yUm, c.depthUm, MODE.dormant, c.follicleId, 0, reservoir())
  }
  const tCells = new TCellStore(healingParam('heal.tCell.capacity'))
  seedTCells(tCells, block.tCells, activityOf(input), createRng(input.seed).fork('healing.tcells.seed'))

  const junction = block.depths.dermoEpidermalJunctionUm
  const follicleAxes: FollicleAxis[] = block.follicles.map((f) => ({
    driftX: Math.tan(f.tiltRad) * Math.cos(f.tiltAzimuthRad),
    driftY: Math.tan(f.tiltRad) * Math.sin(f.tiltAzimuthRad),
    junctionDepthUm: junction,
    bottomDepthUm: bulbTopDepthUm(f),
  }))

  return {
    input,
    block,
    grid,
    gridIndex,
    lesionShare: share,
    healthyCore: core,
    endHours: Math.round(endDays * 24),
    targetPerUm2: block.figures.melanocytesPerMm2 / 1e6,
    pulse,
    sessions,
    schedule,
    doses: input.doses ?? adjuvantDosesFor(input.site, input.laser, input.course.topical),
    uvReference: referenceUvBasalFraction(),
    calibration,
    activity: activityOf(input),
    melanocytes,
    tCells,
    follicleAxes,
    basalDepthUm: junction - layers.basalLayerUm / 2,
  }
}
