// Translucent column of NB-UVB light, brightest at the skin, fading upwards (drawn additively).
uniform vec3 uColor;
uniform float uOpacity;
varying float vHeight;

void main() {
  float a = uOpacity * (1.0 - vHeight) * (0.55 + 0.45 * (1.0 - vHeight));
  gl_FragColor = vec4(uColor * a, a);
}
