// Times a baseline and our code on the same input: warm-up runs of both, then rounds
// that alternate the two so drift on the machine hits both sides; medians of each.

const time = (fn: () => unknown) => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export function interleaved(options: { warmUp: number; rounds: number; base: () => unknown; ours: () => unknown }): { base: number; ours: number } {
  for (let i = 0; i < options.warmUp; i++) {
    options.base();
    options.ours();
  }
  const base: number[] = [];
  const ours: number[] = [];
  for (let r = 0; r < options.rounds; r++) {
    base.push(time(options.base));
    ours.push(time(options.ours));
  }
  return { base: median(base), ours: median(ours) };
}
