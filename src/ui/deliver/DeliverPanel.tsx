// The side panel of the Drugs & UV view: agent and map, the enhancement and time-to-basal figures, the plots and
// the therapy comparison.
import { AgentControls } from './AgentControls'
import { EnhancementFigures } from './EnhancementFigures'
import { DeliverPlots } from './DeliverPlots'
import { TherapyPanel } from './TherapyPanel'
import { UvSessionNote } from './UvSessionNote'

export function DeliverPanel() {
  return (
    <>
      <section className="panel-section" aria-labelledby="deliver-heading">
        <h2 id="deliver-heading">Drugs &amp; UV through the channels</h2>
        <AgentControls />
        <EnhancementFigures />
        <UvSessionNote />
        <DeliverPlots />
        <p className="hint">
          Diffusion model of one unit cell around one MTZ (docs/model-transport.md); an educational model, not
          a clinical prediction.
        </p>
      </section>
      <TherapyPanel />
    </>
  )
}
