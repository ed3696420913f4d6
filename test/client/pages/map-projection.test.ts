// The tracking map's geometry: one position in the middle, a trail fitted inside the margin with north up and east
// right, metres kept square, a minimum span for positions metres apart, and round scale bars.
import { describe, expect, it } from 'vitest';
import { fitPoints, scaleBar } from '../../../client/pages/map-projection';

const VIEW = { width: 480, height: 320, margin: 36 };

describe('fitPoints', () => {
  it('puts a single position in the middle, at the minimum span', () => {
    const fit = fitPoints([{ lat: 12.97, lng: 77.59 }], VIEW, 500);
    expect(fit.project({ lat: 12.97, lng: 77.59 })).toEqual({ x: 240, y: 160 });
    expect(fit.metresPerPixel).toBeCloseTo(500 / (320 - 72), 6); // the short side shows 500 m
  });

  it('fits a trail inside the margin, north up and east right, metres square', () => {
    const a = { lat: 12.9716, lng: 77.5946 };
    const b = { lat: 12.979, lng: 77.608 };
    const fit = fitPoints([a, b], VIEW);
    const [pa, pb] = [fit.project(a), fit.project(b)];
    expect(pb.x).toBeGreaterThan(pa.x);
    expect(pb.y).toBeLessThan(pa.y);
    for (const p of [pa, pb]) {
      expect(p.x).toBeGreaterThanOrEqual(VIEW.margin - 0.1);
      expect(p.x).toBeLessThanOrEqual(VIEW.width - VIEW.margin + 0.1);
      expect(p.y).toBeGreaterThanOrEqual(VIEW.margin - 0.1);
      expect(p.y).toBeLessThanOrEqual(VIEW.height - VIEW.margin + 0.1);
    }
    // The midpoint of the box is the middle of the view, and one axis touches the margin on both sides.
    expect((pa.x + pb.x) / 2).toBeCloseTo(240, 0);
    expect((pa.y + pb.y) / 2).toBeCloseTo(160, 0);
    expect(Math.abs(pb.x - pa.x) >= VIEW.width - 2 * VIEW.margin - 0.2 || Math.abs(pb.y - pa.y) >= VIEW.height - 2 * VIEW.margin - 0.2).toBe(true);
    // Square metres: 0.001° of latitude (111.3 m) and of longitude × cos(lat) are drawn the same length.
    const north = fit.project({ lat: a.lat + 0.001, lng: a.lng });
    const east = fit.project({ lat: a.lat, lng: a.lng + 0.001 / Math.cos((12.9753 * Math.PI) / 180) });
    expect(pa.y - north.y).toBeCloseTo(east.x - pa.x, 0);
  });

  it('keeps positions metres apart from filling the map', () => {
    const fit = fitPoints([{ lat: 12.97, lng: 77.59 }, { lat: 12.97001, lng: 77.59001 }], VIEW, 500);
    expect(fit.metresPerPixel).toBeCloseTo(500 / 248, 6);
  });

  it('refuses no positions', () => {
    expect(() => fitPoints([], VIEW)).toThrow('fitPoints needs at least one position');
  });
});

describe('scaleBar', () => {
  it('picks 1, 2 or 5 × 10ⁿ metres no longer than the room', () => {
    expect(scaleBar(2, 120)).toEqual({ metres: 200, pixels: 100, label: '200 m' });
    expect(scaleBar(1, 120)).toEqual({ metres: 100, pixels: 100, label: '100 m' });
    expect(scaleBar(10, 120)).toEqual({ metres: 1000, pixels: 100, label: '1 km' });
    expect(scaleBar(50, 120)).toEqual({ metres: 5000, pixels: 100, label: '5 km' });
    expect(scaleBar(0.3, 120).metres).toBe(20);
  });
});
