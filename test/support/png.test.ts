// The screenshot reader: pixels come back as written for every scanline filter and for RGB and RGBA images, and
// what it cannot read is refused with the reason.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPng } from './png';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, data, Buffer.alloc(4)]); // the reader does not check CRCs
}

function png(width: number, height: number, colourType: number, scanlines: number[][], bitDepth = 8): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([bitDepth, colourType, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(scanlines.flat()))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('readPng', () => {
  it('undoes each scanline filter (RGB, 2×5)', () => {
    // Target pixels: row y is [(10y, 20, 30), (10y+5, 22, 33)]. Each row stored with filter y (0 none … 4 Paeth).
    const rows = [
      [0, 0, 20, 30, 5, 22, 33], // none
      [1, 10, 20, 30, 5, 2, 3], // sub: second pixel minus first
      [2, 10, 0, 0, 10, 0, 0], // up: minus row 1
      [3, 30 - 10, 20 - 10, 30 - 15, 35 - 27, 22 - 21, 33 - 31], // average of left and up (floor): first pixel has only up/2
      // Paeth: the first pixel predicts from up (left and up-left are 0); the second has left (40,20,30), up
      // (35,22,33), up-left (30,20,30): red predicts left (p=45 is nearest 40), green and blue predict up.
      [4, 40 - 30, 20 - 20, 30 - 30, 45 - 40, 22 - 22, 33 - 33],
    ];
    const image = readPng(png(2, 5, 2, rows));
    expect([image.width, image.height]).toEqual([2, 5]);
    for (let y = 0; y < 5; y += 1) {
      expect([y, image.pixel(0, y), image.pixel(1, y)]).toEqual([y, [10 * y, 20, 30, 255], [10 * y + 5, 22, 33, 255]]);
    }
  });

  it('reads alpha, and refuses what it cannot read', () => {
    expect(readPng(png(1, 1, 6, [[0, 1, 2, 3, 4]])).pixel(0, 0)).toEqual([1, 2, 3, 4]);
    expect(() => readPng(Buffer.from('GIF89a'))).toThrow('not a PNG file');
    expect(() => readPng(png(1, 1, 2, [[0, 1, 2, 3]], 16))).toThrow('unsupported PNG: bit depth 16');
    expect(() => readPng(png(1, 1, 2, [[7, 1, 2, 3]]))).toThrow('PNG scanline 0 has unknown filter 7');
    expect(() => readPng(png(1, 1, 2, [[0, 1, 2, 3]])).pixel(1, 0)).toThrow('pixel (1, 0) is outside the 1×1 image');
  });
});
