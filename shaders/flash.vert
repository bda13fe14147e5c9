// Pulse flash at the skin and the beam between the nozzle and the skin (aGlow 0: beam, 1: flash disc).
attribute float aGlow;
varying vec2 vUv;
varying float vGlow;
varying vec3 vNormalW;
varying vec3 vWorld;

void main() {
  vUv = uv;
  vGlow = aGlow;
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  vNormalW = normalize(mat3(modelMatrix) * normal);
  gl_Position = projectionMatrix * viewMatrix * world;
}
