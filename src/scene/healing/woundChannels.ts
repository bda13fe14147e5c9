// The laser wounds of the healing run for the overlay shader: the sessions' fine wound rasters (10 µm cells, the
// closure hour of every wounded cell: run.closures) packed as the RGBA channels of one float texture, four
// sessions at a time (the four latest that have started), and what the shader needs to draw each session's
// channels closing and its columns remodelling. Rebuilt only when the set of sessions shown changes (a laser
// session starts or the clock is seeked across one), never per frame otherwise.
//
// Eschar and debris: the share still present comes from the run's figures (escharFraction, mendsPerMm2, whose
// timing the model takes from Hantash 2007 and Laubach 2006), divided by the latest session's own values, so the
// view only draws what the simulation says.
import * as THREE from 'three'
import type { HealingFigures, HealingRun } from '../../sim/healing'

/** Sessions drawn at once (one per texture channel). */
const CHANNELS = 4
/** Start hour of an unused channel (never reached). */
const UNUSED_H = 1e9
/** −1 as a half float: a cell that was not wounded. */
const NOT_WOUNDED = THREE.DataUtils.toHalfFloat(-1)

export class WoundChannels {
  readonly texture: THREE.DataTexture
  /** Start hour of the session in each channel (UNUSED_H: none). */
  readonly startH = new THREE.Vector4(UNUSED_H, UNUSED_H, UNUSED_H, UNUSED_H)
  /** Latest closure hour of each channel's session (the shader's taper: centre of an MTZ ≈ last to close). */
  readonly maxCloseH = new THREE.Vector4(1, 1, 1, 1)
  /** Share of the latest session's eschar and MENDs still present (0..1). */
  escharShare = 0
  mendShare = 0
  /** The latest started session's channel (−1: none yet) and whether it was a continuous wound. */
  latestChannel = -1
  continuous = false
  private readonly data: Uint16Array
  private shownFirst = -2
  private readonly run: HealingRun
  private readonly areaMm2: number

  constructor(run: HealingRun) {
    this.run = run
    const c = run.closures[0]
    const nx = c ? c.fineNx : 1
    const ny = c ? c.fineNy : 1
    this.data = new Uint16Array(nx * ny * 4).fill(NOT_WOUNDED)
    // half floats filter linearly on every WebGL2 device (smooth column edges); closure hours (< 100 h) keep a
    // precision of minutes
    this.texture = new THREE.DataTexture(this.data, nx, ny, THREE.RGBAFormat, THREE.HalfFloatType)
    this.texture.magFilter = this.texture.minFilter = THREE.LinearFilter
    this.texture.wrapS = this.texture.wrapT = THREE.ClampToEdgeWrapping
    this.texture.generateMipmaps = false
    this.texture.needsUpdate = true
    this.areaMm2 = (run.grid.widthUm * run.grid.lengthUm) / 1e6
  }

  /** Raster size in µm (x, y) for the shader's texture coordinates. */
  spanUm(): THREE.Vector2 {
    const c = this.run.closures[0]
    return c ? new THREE.Vector2(c.fineNx * c.fineCellUm, c.fineNy * c.fineCellUm) : new THREE.Vector2(1, 1)
  }

  /** Brings the channels up to the hour shown; cheap unless a session boundary was crossed. */
  update(hour: number, figures: HealingFigures): void {
    const closures = this.run.closures
    let started = 0
    while (started < closures.length && closures[started].startHour <= hour) started++
    const first = Math.max(0, started - CHANNELS)
    if (first !== this.shownFirst) this.pack(first)
    this.latestChannel = started > 0 ? (started - 1) % CHANNELS : -1
    const latest = started > 0 ? this.run.sessions[started - 1] : null
    this.continuous = latest !== null && latest.woundFraction > 0.9
    this.escharShare =
      latest && latest.woundFraction > 0 ? Math.min(1, figures.escharFraction / latest.woundFraction) : 0
    const mendsAtStart = latest && latest.mtzCount > 0 ? latest.mtzCount / this.areaMm2 : 0
    this.mendShare = mendsAtStart > 0 ? Math.min(1, figures.mendsPerMm2 / mendsAtStart) : 0
  }

  /** Writes sessions first..first+3 into the channels (session k in channel k % 4). */
  private pack(first: number): void {
    this.shownFirst = first
    this.data.fill(NOT_WOUNDED)
    const closures = this.run.closures
    for (let ch = 0; ch < CHANNELS; ch++) {
      this.startH.setComponent(ch, UNUSED_H)
      this.maxCloseH.setComponent(ch, 1)
    }
    for (let k = first; k < Math.min(closures.length, first + CHANNELS); k++) {
      const c = closures[k]
      const ch = k % CHANNELS
      const hours = c.closeAfterHours
      for (let i = 0; i < hours.length; i++) this.data[4 * i + ch] = THREE.DataUtils.toHalfFloat(hours[i])
      this.startH.setComponent(ch, c.startHour)
      const sorted = c.sortedCloseHours
      this.maxCloseH.setComponent(ch, sorted.length > 0 ? Math.max(1e-3, sorted[sorted.length - 1]) : 1)
    }
    this.texture.needsUpdate = true
  }

  dispose(): void {
    this.texture.dispose()
  }
}
