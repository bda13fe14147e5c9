// Drugs & UV tissue slab (src/scene/deliver/TissueSlab.tsx). The mesh is not rotated or scaled: object
// coordinates × 100 are micrometres (1 world unit = 100 µm); y is up, the skin surface is y = 0.
varying vec3 vPosUm;
varying vec3 vNormalW;

void main() {
  vPosUm = position * 100.0;
  vNormalW = normal;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
