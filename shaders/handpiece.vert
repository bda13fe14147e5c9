// The laser handpiece (drawing only): per-vertex colour and finish (aFinish: 0 paint, 1 metal, 2 light, 3 rubber).
attribute float aFinish;
varying vec3 vWorld;
varying vec3 vNormalW;
varying vec3 vColor;
varying float vFinish;

void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  vNormalW = normalize(mat3(modelMatrix) * normal);
  vColor = color;
  vFinish = aFinish;
  gl_Position = projectionMatrix * viewMatrix * world;
}
