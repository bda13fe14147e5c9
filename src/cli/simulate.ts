// Command line: run a scenario headless and print its report as JSON.
//
//   npm run -s simulate -- scenario.json      (-s keeps npm's own "> dermasim simulate" banner off stdout)
//   npm run -s simulate < scenario.json       (or "-" as the file name)
//   npx tsx src/cli/simulate.ts scenario.json
//
// Exit codes: 0 report printed; 2 bad input (unreadable file, invalid JSON with line:column, invalid scenario:
// one line per problem on standard error, naming the field; nothing on standard output); 1 internal error.
// Node-only (node: imports); not part of the browser bundle.
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { simulateScenario, validateScenario } from '../sim'
import { findJsonProblem } from './jsonErrorPosition'

const USAGE = [
  'usage: npm run -s simulate -- [scenario.json | -]',
  '  Reads a scenario (JSON, see docs/scenario.md) from the file, or from standard input when the file is "-"',
  '  or missing, and prints the report as JSON. Example scenario: {"site": "face", "laser": {"energyMj": 40}}',
].join('\n')

class InputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'))
  }
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new InputError(['no scenario given: name a JSON file or pipe one on standard input', USAGE])
  }
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks).toString('utf8')
}

function readScenarioFile(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error)
    throw new InputError([`${path}: cannot read the scenario file (${why})`])
  }
}

function parseJson(text: string, label: string): unknown {
  const body = text.replace(/^\uFEFF/, '') // a UTF-8 byte-order mark is not JSON, but editors write it
  if (body.trim() === '') throw new InputError([`${label}: the input is empty; expected a JSON object`])
  try {
    return JSON.parse(body)
  } catch (error) {
    const problem = findJsonProblem(body)
    if (!problem) throw new InputError([`${label}: invalid JSON (${(error as Error).message})`])
    throw new InputError([`${label}:${problem.line}:${problem.column}: invalid JSON: ${problem.message}`])
  }
}

async function main(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  try {
    if (args.length > 1)
      throw new InputError([`expected one scenario file, got ${args.length} arguments`, USAGE])
    const source = args[0] ?? '-'
    const label = source === '-' ? '<stdin>' : source
    const text = source === '-' ? await readStdin() : readScenarioFile(source)
    const validated = validateScenario(parseJson(text, label))
    if (!validated.ok) throw new InputError(validated.errors)
    const report = simulateScenario(validated.scenario, { healing: true, delivery: true })
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    return 0
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`${error.lines.join('\n')}\n`)
      return 2
    }
    process.stderr.write(
      `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    return 1
  }
}

// exitCode rather than exit(): lets a large report drain to a pipe before Node quits.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
