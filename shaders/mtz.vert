// MTZ columns: one instanced lathe (src/scene/laser/mtzGeometry.ts), one instance per MTZ in the thick-section
// slab. The instance matrix only translates to the MTZ's centre on the surface; aFireS is its fire time on the
// scan clock. Before it fires a column is not drawn; during the pulse it grows down to its full depth.
attribute float aFireS;
attribute float aPart;
uniform float uClockS;
uniform float uMsPerDisplayS;
uniform float uPulseEndMs;

varying vec3 vWorld;
varying vec3 vNormalW;
varying vec3 vAxis;
varying float vPart;
varying float vAgeMs;

void main() {
  float age = (uClockS - aFireS) * uMsPerDisplayS;
  if (age < 0.0) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0); // outside the clip volume: nothing is rasterised
    return;
  }
  float growth = clamp(age / max(uPulseEndMs, 1e-4), 0.0, 1.0);
  vec3 p = position;
  p.y *= max(growth, 1e-3);
  vec4 world = modelMatrix * instanceMatrix * vec4(p, 1.0);
  vWorld = world.xyz;
  vAxis = (modelMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0)).xyz;
  vNormalW = normalize(mat3(modelMatrix) * mat3(instanceMatrix) * normal);
  vPart = aPart;
  vAgeMs = age;
  gl_Position = projectionMatrix * viewMatrix * world;
}
