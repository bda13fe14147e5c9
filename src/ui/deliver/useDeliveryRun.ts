// Keeps the transport run of the current scenario (site, laser, topical section, NB-UVB timing) in the store: computed in the
// transport worker when the settings change while the Drugs & UV view is shown. A result for older settings is
// dropped (the worker channel also abandons superseded requests).
import { useEffect } from 'react'
import { useDermaStore } from '../../state/store'
import { computeDeliverView } from '../../workers/transportClient'
import { SUPERSEDED } from '../../workers/workerChannel'

export function deliveryKey(s: { site: string; laser: unknown; topical: unknown; course: unknown }): string {
  return JSON.stringify([s.site, s.laser, s.topical, s.course])
}

export function useDeliveryRun(): void {
  const site = useDermaStore((s) => s.scenario.site)
  const laser = useDermaStore((s) => s.scenario.laser)
  const topical = useDermaStore((s) => s.scenario.topical)
  const uv = useDermaStore((s) => s.scenario.course.uv)
  const uvStartDay = useDermaStore((s) => s.scenario.course.uvStartDay)
  useEffect(() => {
    const course = { uv, uvStartDay }
    const key = deliveryKey({ site, laser, topical, course })
    const store = useDermaStore.getState()
    if (store.deliver.data?.key === key && store.deliver.status === 'ready') return
    let current = true
    store.setDeliverRun({ status: 'computing', error: null })
    computeDeliverView({ key, site, laser, topical, course })
      .then((data) => {
        if (current) useDermaStore.getState().setDeliverRun({ status: 'ready', data, error: null })
      })
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error)
        if (current && message !== SUPERSEDED)
          useDermaStore.getState().setDeliverRun({ status: 'error', error: message })
      })
    return () => {
      current = false
    }
  }, [site, laser, topical, uv, uvStartDay])
}
