// Re-runs the healing cohort's calibration on NB-UVB monotherapy (Bae 2017, REFERENCE case 7) and prints the grid
// and the best pair as JSON. Not part of the app; the chosen values live in src/sim/healing/cohortParams.ts.
//   npx tsx src/cli/calibrateHealing.ts [patients]
import process from 'node:process'
import { calibrateOnBae2017 } from '../sim/healing/calibrate'

const patients = Number(process.argv[2] ?? 400)
const result = calibrateOnBae2017([1, 1.5, 2, 3, 5, 8], [0.007, 0.009, 0.011, 0.013, 0.015, 0.02], patients)
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
