// What reflow can get wrong, read off the probe (WCAG 1.4.4, 1.4.10, 1.4.12).

// Widgets drawn over each other (reflow that lost content): pairs whose rectangles overlap
// by more than a sliver, neither holding the other (a field holds its text, a card its rows).
export function overlaps(probed) {
  const leaves = probed.widgets.filter((w) => w.kind !== "group");
  const inside = (a, b) => a.rect[0] >= b.rect[0] - 0.5 && a.rect[1] >= b.rect[1] - 0.5 &&
    a.rect[0] + a.rect[2] <= b.rect[0] + b.rect[2] + 0.5 &&
    a.rect[1] + a.rect[3] <= b.rect[1] + b.rect[3] + 0.5;
  const found = [];
  for (let i = 0; i < leaves.length; i++) {
    for (let j = i + 1; j < leaves.length; j++) {
      const [a, b] = [leaves[i], leaves[j]];
      const w = Math.min(a.rect[0] + a.rect[2], b.rect[0] + b.rect[2]) - Math.max(a.rect[0], b.rect[0]);
      const h = Math.min(a.rect[1] + a.rect[3], b.rect[1] + b.rect[3]) - Math.max(a.rect[1], b.rect[1]);
      if (w > 2 && h > 2 && !inside(a, b) && !inside(b, a)) found.push(`${a.id} × ${b.id}`);
    }
  }
  return found;
}
