// Overlay of the Heal view: two quads, the skin surface (aFace 0) and the cut face (aFace 1), in world units (mm).
attribute float aFace;
varying vec3 vWorld;
varying float vFace;

void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  vFace = aFace;
  gl_Position = projectionMatrix * viewMatrix * world;
}
