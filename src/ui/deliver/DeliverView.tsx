// The Drugs & UV view (loaded on first use from App.tsx): DeliverStage replaces the 3D viewport (intact and
// lasered skin side by side), DeliverPanel fills the side panel (agent, plots, comparison).
export function DeliverStage() {
  return null
}

export function DeliverPanel() {
  return (
    <section className="panel-section" aria-labelledby="deliver-heading">
      <h2 id="deliver-heading">Drugs &amp; UV</h2>
    </section>
  )
}
