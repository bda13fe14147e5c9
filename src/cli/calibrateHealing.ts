// Re-runs the healing cohort's calibration on NB-UVB monotherapy (Bae 2017, REFERENCE case 7) from the registered
// values and prints each evaluation and the best point as JSON. Not part of the app; the chosen values live in
// src/sim/healing/cohortParams.ts ('calibrated.*').
//   npx tsx src/cli/calibrateHealing.ts [patients] [iterations]
import process from 'node:process'
import { calibrateOnBae2017 } from '../sim/healing/calibrate'
import { calibrationOf } from '../sim/healing/setup'
import { cohortParam } from '../sim/healing/cohortParams'

const patients = Number(process.argv[2] ?? 1000)
const iterations = Number(process.argv[3] ?? 60)
const start = { ...calibrationOf(), activitySigma: cohortParam('calibrated.activitySigma') }
const result = calibrateOnBae2017(start, patients, 2017, iterations, (p, e) =>
  process.stderr.write(`${e.toFixed(4)} ${JSON.stringify(p)}\n`),
)
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
