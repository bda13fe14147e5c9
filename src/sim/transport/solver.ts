// Implicit finite-volume diffusion on an axisymmetric (r, z) grid with partitioning between media and a
// first-order sink (perfusion clearance).
//
// Unknown per cell: u = C/K, the concentration of a water phase in equilibrium with the cell (C: concentration in
// the cell, K: its partition coefficient to water). The flux between neighbours i, j across a face of area A is
//   F = A · (u_i − u_j) / (δ_i/(D_i·K_i) + δ_j/(D_j·K_j))      (δ = centre-to-face distance)
// which is continuous in flux and gives C_j/C_i = K_j/K_i at equilibrium (as LC_DPK's Grid::compFlux). The sink
// removes V·q·u per unit time (q = perfusion ω in vascular dermis: blood leaves with the free concentration).
// Backward Euler: (V·K/Δt + V·q)·u' + Σ F(u') = V·K/Δt · u — an SPD system solved exactly by banded LDLᵀ
// (r fastest: bandwidth nr). Unconditionally stable, no oscillation (M-matrix), and mass-conserving: the sum of
// V·K·u changes only by what the sink removes, which is tallied.
// Geometry per radian: volume (r₊² − r₋²)/2 · Δz; radial face r·Δz; axial face (r₊² − r₋²)/2.
// Fixed cells (a vehicle cell saturated over a suspended solid): their u is held during a step (a penalty on the
// diagonal keeps the matrix symmetric) and outflow(k) gives what they passed to their neighbours, which the caller
// takes from the solid — exact bookkeeping, so mass stays conserved.

export interface Media {
  /** D of each cell, µm²/s. */
  diffusivity: Float64Array
  partition: Float64Array
  /** Sink rate on u (volume-specific clearance), 1/s. */
  sinkPerS: Float64Array
}

export class TransportSolver {
  readonly nr: number
  readonly nz: number
  readonly n: number
  readonly volume: Float64Array
  /** u = C/K per cell. */
  readonly u: Float64Array
  private media: Media | null = null
  private readonly band: Float64Array
  private readonly upper: Float64Array
  private readonly diag: Float64Array
  private readonly rhs: Float64Array
  private factoredDt = NaN
  private fixed: Uint8Array | null = null
  /** Penalty diagonal of the fixed cells (0 elsewhere), set by factor(). */
  private readonly penalty: Float64Array
  private readonly rCentre: Float64Array
  private readonly rFaces: Float64Array
  private readonly zFaces: Float64Array
  /** Amount removed by the sink so far (µg·µm³/cm³ per radian: divide by 1e12 for µg). */
  cleared = 0

  constructor(rFacesUm: Float64Array, zFacesUm: Float64Array) {
    this.rFaces = rFacesUm
    this.zFaces = zFacesUm
    this.nr = rFacesUm.length - 1
    this.nz = zFacesUm.length - 1
    this.n = this.nr * this.nz
    this.volume = new Float64Array(this.n)
    this.rCentre = new Float64Array(this.nr)
    for (let i = 0; i < this.nr; i++) this.rCentre[i] = (rFacesUm[i] + rFacesUm[i + 1]) / 2
    for (let j = 0; j < this.nz; j++) {
      const dz = zFacesUm[j + 1] - zFacesUm[j]
      for (let i = 0; i < this.nr; i++) this.volume[j * this.nr + i] = this.ringArea(i) * dz
    }
    this.u = new Float64Array(this.n)
    this.band = new Float64Array(this.n * (this.nr + 1))
    this.upper = new Float64Array(this.n * (this.nr + 1))
    this.diag = new Float64Array(this.n)
    this.penalty = new Float64Array(this.n)
    this.rhs = new Float64Array(this.n)
  }

  /** Axial face area of column i, per radian, µm². */
  ringArea(i: number): number {
    return (this.rFaces[i + 1] ** 2 - this.rFaces[i] ** 2) / 2
  }

  /** Amount in cell k (C·V, µg·µm³/cm³ per radian). */
  amount(k: number): number {
    return this.volume[k] * this.partitionOf(k) * this.u[k]
  }

  concentration(k: number): number {
    return this.partitionOf(k) * this.u[k]
  }

  private partitionOf(k: number): number {
    if (!this.media) throw new Error('TransportSolver: media not set')
    return this.media.partition[k]
  }

  /** Adds an amount (C·V units, as amount()) to cell k, e.g. agent dissolving from a suspended solid. */
  addAmount(k: number, amount: number): void {
    this.u[k] += amount / (this.volume[k] * this.partitionOf(k))
  }

  /** Cells whose u is held during each step (1) or not (0); null: none. Refactors at the next step. */
  setFixed(mask: Uint8Array | null): void {
    this.fixed = mask
    this.factoredDt = NaN
  }

  /** Net flow out of cell k to its neighbours at the current u, amount per second (C·V units, as amount()). */
  outflow(k: number): number {
    const { nr, nz, u } = this
    const i = k % nr
    const j = (k - i) / nr
    let f = 0
    if (i + 1 < nr) f += this.conductanceR(k, i, j) * (u[k] - u[k + 1])
    if (i > 0) f += this.conductanceR(k - 1, i - 1, j) * (u[k] - u[k - 1])
    if (j + 1 < nz) f += this.conductanceZ(k, i, j) * (u[k] - u[k + nr])
    if (j > 0) f += this.conductanceZ(k - nr, i, j - 1) * (u[k] - u[k - nr])
    return f
  }

  /** Sets the concentration C of every cell (requires media). */
  setConcentrations(c: Float64Array): void {
    for (let k = 0; k < this.n; k++) this.u[k] = c[k] / this.partitionOf(k)
  }

  /** New media; each cell keeps its amount (a cell that changes medium keeps its drug). */
  setMedia(media: Media): void {
    if (this.media) {
      for (let k = 0; k < this.n; k++) this.u[k] = (this.u[k] * this.media.partition[k]) / media.partition[k]
    }
    this.media = media
    this.factoredDt = NaN
  }

  private conductanceR(k: number, i: number, j: number): number {
    const m = this.media as Media
    const dz = this.zFaces[j + 1] - this.zFaces[j]
    const rf = this.rFaces[i + 1]
    const a = (rf - this.rCentre[i]) / (m.diffusivity[k] * m.partition[k])
    const b = (this.rCentre[i + 1] - rf) / (m.diffusivity[k + 1] * m.partition[k + 1])
    return (rf * dz) / (a + b)
  }

  private conductanceZ(k: number, i: number, j: number): number {
    const m = this.media as Media
    const a = (this.zFaces[j + 1] - this.zFaces[j]) / 2 / (m.diffusivity[k] * m.partition[k])
    const b =
      (this.zFaces[j + 2] - this.zFaces[j + 1]) / 2 / (m.diffusivity[k + this.nr] * m.partition[k + this.nr])
    return this.ringArea(i) / (a + b)
  }

  /** Assembles and factors (V·K/Δt + V·q + L) = L·D·Lᵀ in band storage (row k: entries k−b … k−1). */
  private factor(dt: number): void {
    const { nr, n, band, diag } = this
    const m = this.media as Media
    const w = nr + 1
    band.fill(0)
    for (let k = 0; k < n; k++) diag[k] = this.volume[k] * (m.partition[k] / dt + m.sinkPerS[k])
    for (let j = 0; j < this.nz; j++) {
      for (let i = 0; i < nr; i++) {
        const k = j * nr + i
        if (i + 1 < nr) {
          const g = this.conductanceR(k, i, j)
          diag[k] += g
          diag[k + 1] += g
          band[(k + 1) * w + 1] = -g
        }
        if (j + 1 < this.nz) {
          const g = this.conductanceZ(k, i, j)
          diag[k] += g
          diag[k + nr] += g
          band[(k + nr) * w + nr] = -g
        }
      }
    }
    this.penalty.fill(0)
    if (this.fixed) {
      for (let k = 0; k < n; k++) {
        if (this.fixed[k] !== 1) continue
        diag[k] *= 1e12
        this.penalty[k] = diag[k]
      }
    }
    // LDLᵀ: band[k*w + d] holds L[k][k−d] (d = 1…nr); diag holds D.
    for (let k = 0; k < n; k++) {
      const lo = Math.max(0, k - nr)
      const bk = k * w + k
      for (let c = lo; c < k; c++) {
        const bc = c * w + c
        let s = band[bk - c]
        for (let p = lo; p < c; p++) s -= band[bk - p] * band[bc - p] * diag[p]
        band[bk - c] = s / diag[c]
      }
      let d = diag[k]
      for (let p = lo; p < k; p++) d -= band[bk - p] * band[bk - p] * diag[p]
      diag[k] = d
    }
    // Lᵀ rows, contiguous for the backward sweep: upper[k*w + d] = L[k+d][k].
    const upper = this.upper
    for (let k = 0; k < n; k++) {
      for (let d = 1; d <= nr && k + d < n; d++) upper[k * w + d] = band[(k + d) * w + d]
    }
    this.factoredDt = dt
  }

  /** One backward-Euler step of dt seconds. */
  step(dt: number): void {
    const m = this.media
    if (!m) throw new Error('TransportSolver: media not set')
    if (dt !== this.factoredDt) this.factor(dt)
    const { nr, n, band, upper, diag, rhs, u, volume, penalty } = this
    const partition = m.partition
    const w = nr + 1
    for (let k = 0; k < n; k++) {
      let s = penalty[k] > 0 ? penalty[k] * u[k] : (volume[k] * partition[k] * u[k]) / dt
      const base = k * w
      const dMax = k < nr ? k : nr
      for (let d = 1; d <= dMax; d++) s -= band[base + d] * rhs[k - d]
      rhs[k] = s
    }
    for (let k = n - 1; k >= 0; k--) {
      let s = rhs[k] / diag[k]
      const base = k * w
      const dMax = n - 1 - k < nr ? n - 1 - k : nr
      for (let d = 1; d <= dMax; d++) s -= upper[base + d] * rhs[k + d]
      rhs[k] = s
    }
    let sink = 0
    const sinkPerS = m.sinkPerS
    for (let k = 0; k < n; k++) {
      if (penalty[k] === 0) u[k] = rhs[k] // fixed cells keep their u exactly
      sink += volume[k] * sinkPerS[k] * u[k]
    }
    this.cleared += sink * dt
  }
}
