// NB-UVB beam above the tissue slab (src/scene/deliver/UvBeam.tsx): a vertical column of light.
varying float vHeight;
uniform float uHeight;

void main() {
  vHeight = clamp(position.y / uHeight, 0.0, 1.0);
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
