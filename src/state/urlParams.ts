// Reads ?site=…&seed=…&view=…&test=1 once at start-up. Bad values keep the defaults and become one clear message each.
import { scenarioFromUrlParams } from '../sim'
import { VIEW_IDS, useDermaStore, type ViewId } from './store'

/** The seed every ?test=1 screenshot uses unless the URL names another. */
export const TEST_MODE_SEED = 1

/** Every parameter a link may carry (README, "URL parameters"). */
const KNOWN_PARAMS = ['site', 'seed', 'view', 'test']

/** Unknown, repeated and malformed-test parameters: one message each (a typo should not pass silently). */
function linkNotes(params: URLSearchParams): string[] {
  const notes: string[] = []
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name)
    if (!KNOWN_PARAMS.includes(name)) {
      notes.push(
        `Link parameter ignored — "${name}" is not a DermaSim parameter (use ${KNOWN_PARAMS.join(', ')}).`,
      )
    } else if (values.length > 1) {
      notes.push(
        `Link parameter "${name}" appears ${values.length} times (${values.map((v) => `"${v}"`).join(', ')}): the first is used.`,
      )
    }
  }
  const test = params.get('test')
  if (test !== null && test !== '1') {
    notes.push(`Link parameter ignored — test must be 1 to turn on the test mode (got "${test}").`)
  }
  return notes
}

export function applyUrlParams(search: string): void {
  const params = new URLSearchParams(search)
  const testMode = params.get('test') === '1'
  const store = useDermaStore.getState()
  for (const note of linkNotes(params)) store.pushMessage('error', note)
  const base = testMode ? { ...store.scenario, seed: TEST_MODE_SEED } : store.scenario
  let parsed: ReturnType<typeof scenarioFromUrlParams>
  try {
    parsed = scenarioFromUrlParams(search, base)
  } catch (error) {
    parsed = {
      scenario: base,
      errors: [`The link could not be read (${String(error)}); defaults are shown.`],
    }
  }
  useDermaStore.setState({ testMode })
  store.setScenario(parsed.scenario)
  for (const error of parsed.errors) {
    store.pushMessage('error', `Link parameter ignored — ${error}. The default is shown instead.`)
  }
  const view = params.get('view')
  if (view !== null) {
    if ((VIEW_IDS as readonly string[]).includes(view)) store.showView(view as ViewId)
    else
      store.pushMessage(
        'error',
        `Link parameter ignored — view must be one of ${VIEW_IDS.join(', ')} (got "${view}"). The Explore & Treat view is shown instead.`,
      )
  }
}
