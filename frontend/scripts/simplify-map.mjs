// Writes public/maps/son-la-communes.geojson, the dashboard's map, from the shared boundaries of Sơn La's
// 75 current communes (4.5 MB): coordinates rounded to 4 decimals (about 11 m), then each border simplified
// (Douglas–Peucker, about 40 m) the same way on both sides, so neighbouring communes still meet without gaps.
// Only `code` (the GSO commune code the dashboard joins on) and `name` are kept.
//
//   node scripts/simplify-map.mjs [source.geojson] [target.geojson]
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const SOURCE = fileURLToPath(
  new URL(
    '../../../shared/data/vn-admin/thanglequoc-vietnamese-provinces-database/derived/son_la_wards_2025.geojson',
    import.meta.url,
  ),
);
const TARGET = fileURLToPath(new URL('../public/maps/son-la-communes.geojson', import.meta.url));
const SCALE = 1e4; // 4 decimals
const TOLERANCE = 4; // in units of 1e-4 degree

const key = ([x, y]) => `${x},${y}`;

/** Rounded to whole 1e-4 degrees, without repeated points; a ring stays closed. */
function roundRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const point = [Math.round(x * SCALE), Math.round(y * SCALE)];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

function distanceToSegment([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas–Peucker on an open line; the two ends always stay. */
function simplifyLine(points) {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    let worst = -1;
    let worstDistance = TOLERANCE;
    for (let i = first + 1; i < last; i++) {
      const distance = distanceToSegment(points[i], points[first], points[last]);
      if (distance > worstDistance) {
        worst = i;
        worstDistance = distance;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** The same stretch of border gives the same points whichever side walks it, and in whichever direction. */
function simplifyArc(arc) {
  const forward = key(arc[0]) < key(arc[arc.length - 1]) ||
    (key(arc[0]) === key(arc[arc.length - 1]) && key(arc[1]) <= key(arc[arc.length - 2]));
  return forward ? simplifyLine(arc) : simplifyLine([...arc].reverse()).reverse();
}

const source = JSON.parse(await readFile(process.argv[2] ?? SOURCE, 'utf8'));
const features = source.features.map((feature) => ({
  code: feature.properties.code,
  name: feature.properties.fullName ?? feature.properties.name,
  polygons: (feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates).map(
    (polygon) => polygon.map(roundRing).filter((ring) => ring.length >= 4),
  ),
}));

// Which communes use each point: where that set changes along a ring, a shared border begins or ends.
const users = new Map();
features.forEach(({ polygons }, index) => {
  for (const ring of polygons.flat()) {
    for (const point of ring) {
      const k = key(point);
      if (!users.has(k)) users.set(k, new Set());
      users.get(k).add(index);
    }
  }
});
const sameUsers = (a, b) => a.size === b.size && [...a].every((user) => b.has(user));
const junctions = new Set();
for (const { polygons } of features) {
  for (const ring of polygons.flat()) {
    const n = ring.length - 1; // the last point repeats the first
    junctions.add(key(ring[0]));
    for (let i = 0; i < n; i++) {
      const here = users.get(key(ring[i]));
      const before = users.get(key(ring[(i - 1 + n) % n]));
      const after = users.get(key(ring[(i + 1) % n]));
      if (!sameUsers(here, before) || !sameUsers(here, after)) junctions.add(key(ring[i]));
    }
  }
}

function simplifyRing(ring) {
  const out = [ring[0]];
  let arc = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    arc.push(ring[i]);
    if (junctions.has(key(ring[i])) || i === ring.length - 1) {
      out.push(...simplifyArc(arc).slice(1));
      arc = [ring[i]];
    }
  }
  return out.length >= 4 ? out : ring;
}

const round = ([x, y]) => [x / SCALE, y / SCALE];
let points = 0;
const target = {
  type: 'FeatureCollection',
  features: features.map(({ code, name, polygons }) => ({
    type: 'Feature',
    id: code,
    properties: { code, name },
    geometry: {
      type: 'MultiPolygon',
      coordinates: polygons.map((polygon) =>
        polygon.map((ring) => {
          const simplified = simplifyRing(ring).map(round);
          points += simplified.length;
          return simplified;
        }),
      ),
    },
  })),
};
const text = JSON.stringify(target);
await writeFile(process.argv[3] ?? TARGET, `${text}\n`);
console.log(`${target.features.length} communes, ${points} points, ${(text.length / 1024).toFixed(0)} KiB`);
