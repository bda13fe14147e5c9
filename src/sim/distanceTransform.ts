// Exact Euclidean distance transforms on a grid of cells (Felzenszwalb & Huttenlocher 2012), shared by the
// wound raster (distance to intact epidermis, pattern/raster.ts) and the laser's coagulated lining
// (laser/results.ts).

/**
 * 1-D squared-distance transform of sampled f: out[q] = min over p of (q − p)² + f[p], by the lower envelope of
 * parabolas. `v` (n) and `z` (n + 1) are scratch arrays.
 */
function transform1d(f: Float64Array, n: number, out: Float64Array, v: Int32Array, z: Float64Array): void {
  let k = 0
  v[0] = 0
  z[0] = -Infinity
  z[1] = Infinity
  for (let q = 1; q < n; q++) {
    let s = (f[q] + q * q - (f[v[k]] + v[k] * v[k])) / (2 * q - 2 * v[k])
    while (s <= z[k]) {
      k--
      s = (f[q] + q * q - (f[v[k]] + v[k] * v[k])) / (2 * q - 2 * v[k])
    }
    k++
    v[k] = q
    z[k] = s
    z[k + 1] = Infinity
  }
  k = 0
  for (let q = 0; q < n; q++) {
    while (z[k + 1] < q) k++
    const d = q - v[k]
    out[q] = d * d + f[v[k]]
  }
}

/**
 * Squared distance (in cells) from every cell of an nx × ny grid (row-major, index j·nx + i) to the nearest cell
 * whose `source` flag is set; a very large number where there is no source at all.
 */
export function squaredDistanceToSources(source: Uint8Array, nx: number, ny: number): Float64Array {
  // A finite stand-in for "no source": large enough never to win, small enough that differences stay finite.
  const far = 1e20
  const grid = new Float64Array(nx * ny)
  for (let c = 0; c < nx * ny; c++) grid[c] = source[c] ? 0 : far
  const n = Math.max(nx, ny)
  const f = new Float64Array(n)
  const out = new Float64Array(n)
  const v = new Int32Array(n)
  const z = new Float64Array(n + 1)
  for (let i = 0; i < nx; i++) {
    for (let j = 0; j < ny; j++) f[j] = grid[j * nx + i]
    transform1d(f, ny, out, v, z)
    for (let j = 0; j < ny; j++) grid[j * nx + i] = out[j]
  }
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) f[i] = grid[j * nx + i]
    transform1d(f, nx, out, v, z)
    for (let i = 0; i < nx; i++) grid[j * nx + i] = out[i]
  }
  return grid
}
