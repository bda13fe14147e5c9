// Prints the one-at-a-time sensitivity table of the laser's added effect (src/sim/healing/sensitivity.ts) as
// markdown, for docs/model-healing.md. Deterministic.   npx tsx src/cli/healingSensitivity.ts [patients] [seed]
import process from 'node:process'
import { laserSensitivity, sensitivityTable } from '../sim/healing/sensitivity'

const patients = Number(process.argv[2] ?? 1000)
const seed = Number(process.argv[3] ?? 2017)
process.stdout.write(`${patients} patients, seed ${seed}, month 6, share ≥ 75 %\n\n`)
process.stdout.write(
  `${sensitivityTable(laserSensitivity(patients, seed, (r) => process.stderr.write(`${JSON.stringify(r)}\n`)))}\n`,
)
