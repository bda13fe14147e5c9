// Skin block faces (cut face, sides, back, bottom, top surface). The meshes are not rotated, so the object
// normal is the world normal; the fragment shader works in world coordinates (1 unit = 1 mm).
varying vec3 vWorld;
varying vec3 vNormalW;

void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  vNormalW = normal;
  gl_Position = projectionMatrix * viewMatrix * world;
}
