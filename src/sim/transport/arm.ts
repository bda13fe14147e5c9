// One arm (intact or lasered skin) of a delivery run: the grid, the media of each cell at a given time after the
// laser (channels close), the vehicle film, and the figures read from the solver.
import type { AgentProperties, UnitCell } from './types'
import { CELL_KIND } from './types'
import { TransportSolver, type Media } from './solver'
import {
  coagulationDepthAt,
  craterDepthAt,
  depthFaces,
  layerDepths,
  openRadiusUm,
  radialFaces,
} from './geometry'
import { transportParam as tp } from './transportParams'

const UM2_PER_CM2 = 1e8
const UM3_PER_CM3 = 1e12

export interface ArmSetup {
  cell: UnitCell
  lasered: boolean
  props: AgentProperties
  rimFactor: number
  /** Hours after the laser at which the application starts. */
  startAfterLaserH: number
  refineSpace: number
  /** Clearance rate on the free concentration in vascular dermis, 1/s (clearance.ts). */
  clearancePerS: number
}

export class Arm {
  readonly solver: TransportSolver
  readonly rFaces: Float64Array
  readonly zFaces: Float64Array
  readonly kind: Uint8Array
  /** Area of the unit cell per radian, µm². */
  readonly areaUm2: number
  readonly filmUm: number
  private readonly setup: ArmSetup
  private readonly basalRows: number[] = []
  private readonly dermisTopRow: number
  private readonly vehicleRows: number
  /** Suspended (undissolved) agent in the whole vehicle, solver amount units; the vehicle cells held saturated. */
  private solid = 0
  private vehicleCells: number[] = []

  constructor(setup: ArmSetup) {
    this.setup = setup
    const { cell, lasered, refineSpace } = setup
    const woundDepthUm = lasered ? Math.max(...cell.coagulationDepthUm, ...cell.craterDepthUm, 0) : 0
    this.rFaces = lasered ? radialFaces(cell, refineSpace) : Float64Array.of(0, cell.radiusUm)
    this.areaUm2 = cell.radiusUm ** 2 / 2
    // The lasered arm fills its open channels from the same applied film (same dose per area).
    const filmApplied = tp('transport.vehicleFilmUm')
    const probe = depthFaces(cell.layers, filmApplied, woundDepthUm, refineSpace)
    const channelUm = lasered ? this.channelVolume(probe, setup.startAfterLaserH) / this.areaUm2 : 0
    this.filmUm = Math.max(0.1 * filmApplied, filmApplied - channelUm)
    this.zFaces = depthFaces(cell.layers, this.filmUm, woundDepthUm, refineSpace)
    this.solver = new TransportSolver(this.rFaces, this.zFaces)
    this.kind = new Uint8Array(this.solver.n)
    const d = layerDepths(cell.layers)
    const nz = this.zFaces.length - 1
    let vehicleRows = 0
    let dermisTop = nz
    for (let j = 0; j < nz; j++) {
      const zc = (this.zFaces[j] + this.zFaces[j + 1]) / 2
      if (zc < 0) vehicleRows++
      if (zc > d.basalTopUm && zc < d.dejUm) this.basalRows.push(j)
      if (zc > d.dejUm && dermisTop === nz) dermisTop = j
    }
    this.vehicleRows = vehicleRows
    this.dermisTopRow = dermisTop
  }

  private channelVolume(zFaces: Float64Array, hoursAfterLaser: number): number {
    const open = openRadiusUm(this.setup.cell, hoursAfterLaser)
    let v = 0
    for (let i = 0; i + 1 < this.rFaces.length; i++) {
      const rc = (this.rFaces[i] + this.rFaces[i + 1]) / 2
      if (rc >= open) continue
      const crater = craterDepthAt(this.setup.cell, rc)
      for (let j = 0; j + 1 < zFaces.length; j++) {
        const zc = (zFaces[j] + zFaces[j + 1]) / 2
        if (zc > 0 && zc < crater)
          v += ((this.rFaces[i + 1] ** 2 - this.rFaces[i] ** 2) / 2) * (zFaces[j + 1] - zFaces[j])
      }
    }
    return v
  }

  /** Cell kinds and media at this time after the laser; returns true if any cell changed kind. */
  updateMedia(hoursAfterLaser: number): boolean {
    const { cell, lasered, props, rimFactor } = this.setup
    const { nr, nz, n } = this.solver
    const d = layerDepths(cell.layers)
    const open = lasered ? openRadiusUm(cell, hoursAfterLaser) : 0
    const media: Media = {
      diffusivity: new Float64Array(n),
      partition: new Float64Array(n),
      sinkPerS: new Float64Array(n),
    }
    const clearance = this.setup.clearancePerS
    let changed = false
    for (let i = 0; i < nr; i++) {
      const rc = (this.rFaces[i] + this.rFaces[i + 1]) / 2
      const crater = lasered ? craterDepthAt(cell, rc) : 0
      const coag = lasered ? coagulationDepthAt(cell, rc) : 0
      for (let j = 0; j < nz; j++) {
        const k = j * nr + i
        const zc = (this.zFaces[j] + this.zFaces[j + 1]) / 2
        let kind: number = CELL_KIND.tissue
        if (zc < 0) kind = CELL_KIND.vehicle
        else if (rc < open && zc < crater) kind = CELL_KIND.channel
        else if (zc < coag && zc >= crater) kind = CELL_KIND.rim
        const medium =
          kind === CELL_KIND.vehicle || kind === CELL_KIND.channel
            ? props.vehicle
            : zc < d.scBottomUm
              ? props.stratumCorneum
              : props.viable
        media.diffusivity[k] = medium.diffusivityCm2PerS * 1e8 * (kind === CELL_KIND.rim ? rimFactor : 1)
        media.partition[k] = medium.partition
        // Clearance in vascular dermis; the coagulated rim has lost its vessels.
        media.sinkPerS[k] = kind === CELL_KIND.tissue && zc > d.dejUm ? clearance : 0
        if (this.kind[k] !== kind) changed = true
        this.kind[k] = kind
      }
    }
    this.solver.setMedia(media)
    // A channel cell covered by new epidermis keeps its dissolved agent (setMedia); the solid stays in the vehicle.
    if (changed) this.refreshFixed()
    return changed
  }

  /**
   * Vehicle (film and open channels) holding c0 µg/cm³, tissue empty: dissolved up to `solubility`, the rest a
   * suspended solid shared by the whole vehicle (vehicle.ts).
   */
  fillVehicle(c0: number, solubility = Number.POSITIVE_INFINITY): void {
    this.refillVehicle(c0, solubility, false)
  }

  /** A fresh application as fillVehicle, the previous one wiped off; the tissue keeps its agent (keepTissue). */
  refillVehicle(c0: number, solubility = Number.POSITIVE_INFINITY, keepTissue = true): void {
    const c = new Float64Array(this.solver.n)
    const dissolved = Math.min(c0, solubility)
    this.solid = 0
    for (let k = 0; k < c.length; k++) {
      if (!this.isVehicle(k)) {
        if (keepTissue) c[k] = this.solver.concentration(k)
        continue
      }
      c[k] = dissolved
      this.solid += (c0 - dissolved) * this.solver.volume[k]
    }
    this.solver.setConcentrations(c)
    this.refreshFixed()
  }

  /** Vehicle (film and open channels) per unit-cell area, µm. */
  vehicleThicknessUm(): number {
    let v = 0
    for (let k = 0; k < this.solver.n; k++) if (this.isVehicle(k)) v += this.solver.volume[k]
    return v / this.areaUm2
  }

  private isVehicle(k: number): boolean {
    return this.kind[k] === CELL_KIND.vehicle || this.kind[k] === CELL_KIND.channel
  }

  /**
   * One time step. While suspended solid remains, the vehicle stays saturated (its cells held fixed in the solver:
   * particles throughout the cream, and the vehicle mixes within seconds); what it passed to the skin is taken from
   * the solid. The step that uses the solid up takes the overdraft from the dissolved agent, and the vehicle is
   * free from then on.
   */
  step(dt: number): void {
    const { solver } = this
    solver.step(dt)
    if (this.vehicleCells.length === 0) return
    let out = 0
    for (const k of this.vehicleCells) out += solver.outflow(k) * dt
    this.solid -= out
    if (this.solid > 0) return
    let dissolved = 0
    for (const k of this.vehicleCells) dissolved += solver.amount(k)
    const keep = dissolved > 0 ? Math.max(0, 1 + this.solid / dissolved) : 0
    for (const k of this.vehicleCells) solver.u[k] *= keep
    this.solid = 0
    this.refreshFixed()
  }

  /** The solver holds the vehicle cells fixed while there is suspended solid. */
  private refreshFixed(): void {
    this.vehicleCells = []
    if (!(this.solid > 0)) {
      this.solver.setFixed(null)
      return
    }
    const mask = new Uint8Array(this.solver.n)
    for (let k = 0; k < mask.length; k++) {
      if (this.isVehicle(k)) {
        mask[k] = 1
        this.vehicleCells.push(k)
      }
    }
    this.solver.setFixed(mask)
  }

  /** Agent still suspended (undissolved) in the vehicle, µg/cm² of surface. */
  solidUgPerCm2(): number {
    return this.perArea(this.solid)
  }

  private perArea(amount: number): number {
    return amount / UM3_PER_CM3 / (this.areaUm2 / UM2_PER_CM2)
  }

  /** µg/cm² of surface in vehicle (film and channels), tissue, and cleared. */
  balance(): { vehicle: number; tissue: number; stratumCorneum: number; cleared: number } {
    let vehicle = 0
    let tissue = 0
    let sc = 0
    const scBottom = this.setup.cell.layers.stratumCorneumUm
    const { nr } = this.solver
    for (let k = 0; k < this.solver.n; k++) {
      const a = this.solver.amount(k)
      if (this.isVehicle(k)) vehicle += a
      else {
        tissue += a
        const j = Math.floor(k / nr)
        if ((this.zFaces[j] + this.zFaces[j + 1]) / 2 < scBottom) sc += a
      }
    }
    return {
      vehicle: this.perArea(vehicle + this.solid),
      tissue: this.perArea(tissue),
      stratumCorneum: this.perArea(sc),
      cleared: this.perArea(this.solver.cleared),
    }
  }

  /**
   * Volume-weighted mean concentration of rows (µg/cm³) over columns with minRUm ≤ rc < maxRUm: tissue and
   * coagulated rim, or (living) tissue only.
   */
  rowsMean(rows: number[], maxRUm = Infinity, living = false, minRUm = 0): number {
    const { nr } = this.solver
    let sum = 0
    let vol = 0
    for (const j of rows) {
      for (let i = 0; i < nr; i++) {
        const rc = (this.rFaces[i] + this.rFaces[i + 1]) / 2
        if (rc >= maxRUm) break
        if (rc < minRUm) continue
        const k = j * nr + i
        if (this.kind[k] !== CELL_KIND.tissue && (living || this.kind[k] !== CELL_KIND.rim)) continue
        sum += this.solver.amount(k)
        vol += this.solver.volume[k]
      }
    }
    return vol > 0 ? sum / vol : 0
  }

  /** Basal layer, tissue and coagulated rim within maxRUm (the Heal model's wound exposure). */
  basalMean(maxRUm = Infinity): number {
    return this.rowsMean(this.basalRows, maxRUm)
  }

  /** Living basal layer (tissue cells only: not the coagulated rim, not the channel) from minRUm outward. */
  livingBasalMean(minRUm = 0): number {
    return this.rowsMean(this.basalRows, Infinity, true, minRUm)
  }

  /** Laterally averaged tissue concentration per depth row below the surface (µg/cm³) and row centres (µm). */
  depthProfile(): { depthUm: Float64Array; concentrationUgPerCm3: Float64Array } {
    const rows = this.zFaces.length - 1 - this.vehicleRows
    const depthUm = new Float64Array(rows)
    const conc = new Float64Array(rows)
    for (let j = this.vehicleRows; j < this.zFaces.length - 1; j++) {
      depthUm[j - this.vehicleRows] = (this.zFaces[j] + this.zFaces[j + 1]) / 2
      conc[j - this.vehicleRows] = this.rowsMean([j])
    }
    return { depthUm, concentrationUgPerCm3: conc }
  }

  /** Deepest depth whose lateral mean tissue concentration ≥ threshold (linear between row centres), µm. */
  depthReachedUm(threshold: number): number {
    const { depthUm, concentrationUgPerCm3: c } = this.depthProfile()
    for (let j = c.length - 1; j >= 0; j--) {
      if (c[j] < threshold) continue
      if (j === c.length - 1) return this.zFaces[this.zFaces.length - 1]
      const f = (c[j] - threshold) / (c[j] - c[j + 1])
      return depthUm[j] + f * (depthUm[j + 1] - depthUm[j])
    }
    return 0
  }

  snapshot(): Float32Array {
    const out = new Float32Array(this.solver.n)
    for (let k = 0; k < out.length; k++) out[k] = this.solver.concentration(k)
    return out
  }

  get dermisTop(): number {
    return this.dermisTopRow
  }
}
