/**
 * The tracking map's geometry, without tiles: positions are projected equirectangularly around the middle latitude
 * (longitudes shrunk by cos(latitude), exact enough over a city), fitted into the view with a margin and a minimum
 * span so one point, or two a few metres apart, do not fill the whole map.
 */

export interface LatLng {
  lat: number;
  lng: number;
}

export interface View {
  width: number;
  height: number;
  /** Pixels kept free around the fitted positions. */
  margin: number;
}

export interface Fit {
  /** Projects a position into view pixels (x right, y down), rounded to 0.1 px. */
  project(point: LatLng): { x: number; y: number };
  /** Metres one pixel spans. */
  metresPerPixel: number;
}

const EARTH_METRES_PER_DEGREE = 111_320;

/** Fits `points` (at least one) into `view`; `minSpanMetres` is the smallest distance the view's short side shows. */
export function fitPoints(points: readonly LatLng[], view: View, minSpanMetres = 500): Fit {
  if (points.length === 0) throw new Error('fitPoints needs at least one position');
  const lats = points.map((p) => p.lat);
  const lngs = points.map((p) => p.lng);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const shrink = Math.cos((midLat * Math.PI) / 180);
  // Projected coordinates in metres: x east, y north.
  const xs = lngs.map((lng) => lng * shrink * EARTH_METRES_PER_DEGREE);
  const ys = lats.map((lat) => lat * EARTH_METRES_PER_DEGREE);
  const span = (values: number[]) => Math.max(...values) - Math.min(...values);
  const centre = (values: number[]) => (Math.min(...values) + Math.max(...values)) / 2;
  const innerW = Math.max(1, view.width - 2 * view.margin);
  const innerH = Math.max(1, view.height - 2 * view.margin);
  const spanX = Math.max(span(xs), (minSpanMetres * innerW) / Math.min(innerW, innerH));
  const spanY = Math.max(span(ys), (minSpanMetres * innerH) / Math.min(innerW, innerH));
  const metresPerPixel = Math.max(spanX / innerW, spanY / innerH);
  const cx = centre(xs);
  const cy = centre(ys);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    metresPerPixel,
    project: (point) => ({
      x: round(view.width / 2 + (point.lng * shrink * EARTH_METRES_PER_DEGREE - cx) / metresPerPixel),
      y: round(view.height / 2 - (point.lat * EARTH_METRES_PER_DEGREE - cy) / metresPerPixel),
    }),
  };
}

/** A round distance (1, 2 or 5 × 10ⁿ metres) whose bar is at most `maxPixels` long, and that length. */
export function scaleBar(metresPerPixel: number, maxPixels: number): { metres: number; pixels: number; label: string } {
  const most = metresPerPixel * maxPixels;
  const power = 10 ** Math.floor(Math.log10(most));
  const metres = [5, 2, 1].map((m) => m * power).find((m) => m <= most) ?? power;
  return { metres, pixels: Math.round((metres / metresPerPixel) * 10) / 10, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}
