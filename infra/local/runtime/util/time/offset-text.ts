/**
 * How Java prints a UTC offset for the pattern letters X, x, Z and O
 * (DateTimeFormatterBuilder.appendOffset / appendLocalizedOffset).
 */
function parts(seconds: number) {
  const abs = Math.abs(seconds);
  return {
    sign: seconds < 0 ? '-' : '+',
    h: Math.floor(abs / 3600),
    m: Math.floor((abs % 3600) / 60),
    s: abs % 60,
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `+HH`, `+HHmm`, `+HHMM`, `+HH:MM`, `+HHMMss`, `+HH:MM:ss` as Java's offset patterns. */
function isoOffset(seconds: number, count: number): string {
  const { sign, h, m, s } = parts(seconds);
  switch (count) {
    case 1:
      return `${sign}${pad2(h)}${m ? pad2(m) : ''}`;
    case 2:
      return `${sign}${pad2(h)}${pad2(m)}`;
    case 3:
      return `${sign}${pad2(h)}:${pad2(m)}`;
    case 4:
      return `${sign}${pad2(h)}${pad2(m)}${s ? pad2(s) : ''}`;
    default:
      return `${sign}${pad2(h)}:${pad2(m)}${s ? `:${pad2(s)}` : ''}`;
  }
}

const ZERO_X = ['+00', '+0000', '+00:00', '+0000', '+00:00'];

/** Pattern X (Z for zero) and x (+00... for zero). */
export function offsetX(seconds: number, count: number, letter: 'X' | 'x'): string {
  if (seconds === 0) return letter === 'X' ? 'Z' : ZERO_X[count - 1];
  return isoOffset(seconds, count);
}

/** Pattern Z: 1-3 `+HHMM`, 4 `GMT+08:00`, 5 `+HH:MM:ss` (Z for zero). */
export function offsetZ(seconds: number, count: number): string {
  if (count <= 3) return isoOffset(seconds, 2);
  if (count === 4) return localizedOffset(seconds, true);
  return seconds === 0 ? 'Z' : isoOffset(seconds, 5);
}

/** Pattern O (`GMT+8`) and OOOO (`GMT+08:00`); `GMT` for zero. */
export function localizedOffset(seconds: number, full: boolean): string {
  if (seconds === 0) return 'GMT';
  const { sign, h, m, s } = parts(seconds);
  if (full) return `GMT${sign}${pad2(h)}:${pad2(m)}${s ? `:${pad2(s)}` : ''}`;
  return `GMT${sign}${h}${m || s ? `:${pad2(m)}` : ''}${s ? `:${pad2(s)}` : ''}`;
}
