// Control ids ("4.2.10") compare segment by segment as integers, never as floats or raw strings.
export function compareControlIds(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === undefined) return -1;
    if (y[i] === undefined) return 1;
    const nx = Number(x[i]);
    const ny = Number(y[i]);
    if (Number.isInteger(nx) && Number.isInteger(ny)) {
      if (nx !== ny) return nx - ny;
    } else if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return 0;
}
