// Drawing constants shared by the scene and the UI (no science here).

/** Cells are ~7–15 µm across: at true scale they vanish in a 2 mm block, so they are drawn enlarged by this factor. */
export const CELL_ENLARGEMENT = 3
