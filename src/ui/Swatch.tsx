// A speaker's highlight colour, as a small square. Several colours (the unnamed-sources line)
// share the square in stripes.
export function Swatch({ colours, dashed = false }: { colours: readonly string[]; dashed?: boolean }) {
  const step = 100 / colours.length;
  const stripes = colours.map((c, i) => `${c} ${i * step}% ${(i + 1) * step}%`);
  const background = colours.length === 1 ? colours[0] : `linear-gradient(135deg, ${stripes.join(", ")})`;
  return (
    <span class={dashed ? "swatch swatch-dashed" : "swatch"} style={{ background }} aria-hidden="true" />
  );
}
