/// <reference lib="dom" />
/**
 * The tracking page's map: the agent's trail and current position drawn into the page's SVG (tracking.html), refitted
 * on every new position (map-projection.ts). No tiles, no network: a grid, the trail, a marker and a scale bar.
 */
import { fitPoints, scaleBar, type LatLng } from './map-projection';

const VIEW = { width: 480, height: 320, margin: 36 };

export interface TrackingMap {
  /** Adds a position (a repeat of the last one is ignored); returns whether the map changed. */
  add(point: LatLng): boolean;
  clear(): void;
  readonly points: readonly LatLng[];
}

export function trackingMap(svg: SVGSVGElement): TrackingMap {
  const part = <T extends SVGElement>(id: string) => {
    const element = svg.querySelector<T>(`#${id}`);
    if (!element) throw new Error(`the map has no #${id}`);
    return element;
  };
  const trail = part<SVGPolylineElement>('trail');
  const start = part<SVGCircleElement>('trail-start');
  const marker = part<SVGCircleElement>('agent-marker');
  const bar = part<SVGLineElement>('scale-bar');
  const label = part<SVGTextElement>('scale-label');
  const points: LatLng[] = [];
  const at = (element: SVGCircleElement, x: number, y: number) => {
    element.setAttribute('cx', String(x));
    element.setAttribute('cy', String(y));
  };

  function draw(): void {
    if (points.length === 0) {
      trail.setAttribute('points', '');
      at(start, -10, -10);
      at(marker, -20, -20);
      bar.setAttribute('x2', bar.getAttribute('x1') ?? '16');
      label.textContent = '';
      svg.dataset.points = '0';
      return;
    }
    const fit = fitPoints(points, VIEW);
    const projected = points.map((p) => fit.project(p));
    trail.setAttribute('points', projected.map(({ x, y }) => `${x},${y}`).join(' '));
    at(start, projected[0].x, projected[0].y);
    const last = projected[projected.length - 1];
    at(marker, last.x, last.y);
    const scale = scaleBar(fit.metresPerPixel, 120);
    bar.setAttribute('x2', String(16 + scale.pixels));
    label.textContent = scale.label;
    svg.dataset.points = String(points.length);
  }

  return {
    points,
    add(point) {
      const last = points[points.length - 1];
      if (last && last.lat === point.lat && last.lng === point.lng) return false;
      points.push({ lat: point.lat, lng: point.lng });
      draw();
      return true;
    },
    clear() {
      points.length = 0;
      draw();
    },
  };
}
