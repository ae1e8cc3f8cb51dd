/** One machine-readable line per figure, as every benchmark here ends. */
export interface Figure {
  name: string;
  value: number;
  baseline: string;
  baseline_value: number;
  /** value / baseline_value */
  ratio: number;
  target?: string;
  met?: boolean;
}

export function benchLine(f: Figure): string {
  const round = (n: number) => Math.round(n * 100) / 100;
  return `BENCH ${JSON.stringify({ ...f, value: round(f.value), baseline_value: round(f.baseline_value), ratio: round(f.ratio) })}`;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
