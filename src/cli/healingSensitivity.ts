// Prints the one-at-a-time sensitivity tables of the laser's added effect and of each topical agent's effect
// (src/sim/healing/sensitivity.ts) as markdown, for docs/model-healing.md. Deterministic.
//   npx tsx src/cli/healingSensitivity.ts [patients] [seed] [laser|topical|both]
import process from 'node:process'
import {
  laserSensitivity,
  sensitivityTable,
  topicalSensitivity,
  topicalSensitivityTable,
} from '../sim/healing/sensitivity'

const patients = Number(process.argv[2] ?? 1000)
const seed = Number(process.argv[3] ?? 2017)
const which = process.argv[4] ?? 'both'
const log = (r: unknown) => process.stderr.write(`${JSON.stringify(r)}\n`)
if (which !== 'topical') {
  process.stdout.write(`${patients} patients, seed ${seed}, month 6, share ≥ 75 %\n\n`)
  process.stdout.write(`${sensitivityTable(laserSensitivity(patients, seed, log))}\n\n`)
}
if (which !== 'laser') {
  process.stdout.write(`${patients} patients, seed ${seed}, month 6, mean repigmentation %\n\n`)
  process.stdout.write(`${topicalSensitivityTable(topicalSensitivity(patients, seed, log))}\n`)
}
