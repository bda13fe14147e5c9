// Builds the Drugs & UV view's data from one transport run (runs in transport.worker.ts; plain TS, testable in
// Node). Every number comes from the transport and UV models (src/sim/transport); this file only resamples them:
// - each arm's finite-volume field (non-uniform r × z cells) onto VIEW_GRID by nearest cell, at every reported time;
// - the NB-UVB transmitted fraction transmissionAt(r, z) with the channel open as far as the clock says;
// - the concentration-versus-depth profile (depthProfileAt) and the dose fractions (uvDetails) per reported time.
import {
  AGENT_LABELS,
  depthProfileAt,
  formatDeliveryResult,
  uvReport,
  openRadiusUm,
  runDelivery,
  transmissionAt,
  unitCellFor,
  uvDetails,
  type ArmField,
  type DeliveryRun,
  type UnitCell,
} from '../sim/transport'
import { coagulationDepthAt, craterDepthAt, layerDepths } from '../sim/transport/geometry'
import {
  LOG_DECADES,
  VIEW_GRID,
  type ArmViewData,
  type DeliverViewData,
  type DeliveryViewInput,
} from './transportProtocol'

/** Extra depth shown below the deepest damage (or the dermo-epidermal junction), µm: room to see the spread. */
const MARGIN_BELOW_UM = 110

/** Index of the cell of `faces` containing x (clamped to the first and last cells). */
function cellIndex(faces: Float64Array, x: number): number {
  const n = faces.length - 1
  if (x <= faces[0]) return 0
  for (let i = 0; i < n; i++) if (x < faces[i + 1]) return i
  return n - 1
}

function logScaled(value: number): number {
  return value > 0 ? (Math.log10(value) + LOG_DECADES) / LOG_DECADES : -1
}

interface Grid {
  rUm: Float64Array
  zUm: Float64Array
}

function viewGrid(radiusUm: number, topUm: number, bottomUm: number): Grid {
  const { columns, rows } = VIEW_GRID
  return {
    rUm: Float64Array.from({ length: columns }, (_, i) => ((i + 0.5) / columns) * radiusUm),
    zUm: Float64Array.from({ length: rows }, (_, j) => topUm + ((j + 0.5) / rows) * (bottomUm - topUm)),
  }
}

function armView(
  run: DeliveryRun,
  armId: 'intact' | 'lasered',
  grid: Grid,
  openR: number[],
  hoursAfterLaser: number[],
  input: DeliveryViewInput,
): ArmViewData {
  const field: ArmField = run.fields[armId]
  const cell: UnitCell = run.unitCell
  const lasered = armId === 'lasered' && cell.mode !== 'none'
  const { columns, rows } = VIEW_GRID
  const ri = Int32Array.from(grid.rUm, (r) => cellIndex(field.rFacesUm, r))
  const zi = Int32Array.from(grid.zUm, (z) => cellIndex(field.zFacesUm, z))
  const c0 = run.threshold.concentrationUgPerCm3 / run.threshold.fraction
  const drugLog: Float32Array[] = []
  const kind: Uint8Array[] = []
  const uvLog: Float32Array[] = []
  const profileUgPerCm3: Float64Array[] = []
  let profileDepthUm: Float64Array = new Float64Array(0)
  const uvBasalFraction: number[] = []
  const uvBulgeFraction: number[] = []
  const uvWallFraction: (number | null)[] = []
  run.fields.timesH.forEach((timeH, s) => {
    const c = field.concentrationUgPerCm3[s]
    const k = field.kind[s]
    const drug = new Float32Array(columns * rows)
    const kinds = new Uint8Array(columns * rows)
    const uv = new Float32Array(columns * rows)
    const open = lasered ? openR[s] : 0
    for (let j = 0; j < rows; j++) {
      const z = grid.zUm[j]
      for (let i = 0; i < columns; i++) {
        const src = zi[j] * field.nr + ri[i]
        const out = j * columns + i
        drug[out] = logScaled(c[src] / c0)
        kinds[out] = k[src]
        // above the skin the light is not attenuated yet; open channels are empty to their floor (uv.ts)
        uv[out] = z <= 0 ? 1 : logScaled(transmissionAt(cell, lasered ? grid.rUm[i] : cell.radiusUm, z, open))
      }
    }
    drugLog.push(drug)
    kind.push(kinds)
    uvLog.push(uv)
    const profile = depthProfileAt(run.fields, armId, timeH)
    profileDepthUm = profile.depthUm
    profileUgPerCm3.push(profile.concentrationUgPerCm3)
    const doses = uvDetails({ site: input.site, laser: input.laser, hoursAfterLaser: hoursAfterLaser[s] })
    uvBasalFraction.push(lasered ? doses.basalDoseFraction.lasered : doses.basalDoseFraction.intact)
    uvBulgeFraction.push(lasered ? doses.bulgeDoseFraction.lasered : doses.bulgeDoseFraction.intact)
    uvWallFraction.push(lasered ? doses.channelWallBasalDoseFraction : null)
  })
  return {
    drugLog,
    kind,
    uvLog,
    profileDepthUm,
    profileUgPerCm3,
    deliveredUgPerCm2: run.deliveredUgPerCm2[armId],
    uvBasalFraction,
    uvBulgeFraction,
    uvWallFraction,
  }
}

/** Runs both arms (runDelivery, ≈ 0.1–0.3 s) and resamples them for the view. */
export function buildDeliverViewData(input: DeliveryViewInput): DeliverViewData {
  const started = performance.now()
  const run = runDelivery({ site: input.site, laser: input.laser, topical: input.topical })
  const cell = unitCellFor(input.site, input.laser)
  const layers = layerDepths(cell.layers)
  const craterDepthUm = cell.mode === 'none' ? 0 : craterDepthAt(cell, 0)
  const coagulationDepthUm = cell.mode === 'none' ? 0 : coagulationDepthAt(cell, 0)
  const topUm = run.fields.lasered.zFacesUm[0]
  const bottomUm = Math.min(
    layers.dermisBottomUm,
    Math.max(layers.dejUm, coagulationDepthUm, craterDepthUm) + MARGIN_BELOW_UM,
  )
  const grid = viewGrid(cell.radiusUm, topUm, bottomUm)
  const hoursAfterLaser = run.fields.timesH.map((t) => input.topical.applyAfterLaserHours + t)
  const openR = hoursAfterLaser.map((h) => openRadiusUm(cell, h))
  const uv0 = uvDetails({ site: input.site, laser: input.laser })
  return {
    key: input.key,
    agentLabel: input.topical.agent === 'custom' ? AGENT_LABELS.custom : AGENT_LABELS[input.topical.agent],
    timesH: run.fields.timesH,
    appliedUgPerCm3: run.threshold.concentrationUgPerCm3 / run.threshold.fraction,
    thresholdUgPerCm3: run.threshold.concentrationUgPerCm3,
    radiusUm: cell.radiusUm,
    topUm,
    bottomUm,
    layers,
    bulgeDepthUm: uv0.bulgeDepthUm,
    craterRadiusUm: cell.craterRadiusUm,
    lesionRadiusUm: cell.lesionRadiusUm,
    craterDepthUm,
    coagulationDepthUm,
    openRadiusUm: openR,
    laserMode: cell.mode,
    intact: armView(run, 'intact', grid, openR, hoursAfterLaser, input),
    lasered: armView(run, 'lasered', grid, openR, hoursAfterLaser, input),
    result: run.result,
    report: {
      delivery: formatDeliveryResult(run.result),
      uv: uvReport(input.site, input.laser, input.course),
    },
    transportMs: run.computeMs,
    applicationMs: run.applicationComputeMs,
    computeMs: performance.now() - started,
  }
}
