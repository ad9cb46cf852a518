import type { Trend } from './insights-schema';
import { DECIMALS, MIN_TREND_WEEKS } from './thresholds';

export function mean(sum: number, count: number): number | null {
  return count > 0 ? sum / count : null;
}

/** Sample standard deviation (n − 1) from a sum and a sum of squares; null below two values. */
export function sampleSd(sum: number, sumOfSquares: number, count: number): number | null {
  if (count < 2) return null;
  return Math.sqrt(Math.max(0, (sumOfSquares - (sum * sum) / count) / (count - 1)));
}

// Student's t, 95th percentile (so mean ± t·se is a two-sided 90% interval), by degrees of freedom.
const T_95 = [
  Number.NaN, 6.314, 2.92, 2.353, 2.132, 2.015, 1.943, 1.895, 1.86, 1.833, 1.812, 1.796, 1.782, 1.771, 1.761,
  1.753, 1.746, 1.74, 1.734, 1.729, 1.725, 1.721, 1.717, 1.714, 1.711, 1.708, 1.706, 1.703, 1.701, 1.699, 1.697,
];
const T_95_TAIL: readonly (readonly [df: number, t: number])[] = [[30, 1.697], [40, 1.684], [60, 1.671], [120, 1.658]];
const Z_95 = 1.645;

export function tQuantile95(degreesOfFreedom: number): number {
  if (degreesOfFreedom < 1) return Number.NaN;
  const exact = T_95[degreesOfFreedom];
  if (exact !== undefined) return exact;
  for (let i = 1; i < T_95_TAIL.length; i++) {
    const [df1, t1] = T_95_TAIL[i - 1]!;
    const [df2, t2] = T_95_TAIL[i]!;
    if (degreesOfFreedom <= df2) return t1 + ((t2 - t1) * (degreesOfFreedom - df1)) / (df2 - df1);
  }
  return Z_95;
}

/** Two-sided 90% interval for a mean: mean ± t(0.95, n − 1) · max(sd, minSpread) / √n. */
export function interval90(meanValue: number, sd: number | null, count: number, minSpread: number): { low: number; high: number } | null {
  if (count < 2 || sd === null) return null;
  const halfWidth = (tQuantile95(count - 1) * Math.max(sd, minSpread)) / Math.sqrt(count);
  return { low: meanValue - halfWidth, high: meanValue + halfWidth };
}

/** (sum + priorWeight · priorMean) / (count + priorWeight): small samples lean on the prior. */
export function shrink(sum: number, count: number, priorMean: number | null, priorWeight: number): number | null {
  if (count === 0) return null;
  if (priorMean === null) return sum / count;
  return (sum + priorWeight * priorMean) / (count + priorWeight);
}

/** Least-squares slope of y over x; null with fewer than two distinct x. */
export function slope(xs: readonly number[], ys: readonly number[]): number | null {
  const count = xs.length;
  if (count < 2) return null;
  let sumX = 0, sumY = 0;
  for (let i = 0; i < count; i++) {
    sumX += xs[i]!;
    sumY += ys[i]!;
  }
  const meanX = sumX / count, meanY = sumY / count;
  let covariance = 0, variance = 0;
  for (let i = 0; i < count; i++) {
    covariance += (xs[i]! - meanX) * (ys[i]! - meanY);
    variance += (xs[i]! - meanX) ** 2;
  }
  return variance === 0 ? null : covariance / variance;
}

/**
 * Direction of a weekly series: the least-squares slope over the weeks that have a value (x = the
 * week's position, so gaps keep their width), "steady" inside the dead band.
 */
export function trendOf(values: readonly (number | null)[], deadBand: number, minWeeks = MIN_TREND_WEEKS): Trend {
  const xs: number[] = [], ys: number[] = [];
  values.forEach((value, index) => {
    if (value !== null) {
      xs.push(index);
      ys.push(value);
    }
  });
  if (xs.length < minWeeks) return 'not-enough-data';
  const perWeek = slope(xs, ys);
  if (perWeek === null) return 'not-enough-data';
  if (Math.abs(perWeek) < deadBand) return 'steady';
  return perWeek > 0 ? 'rising' : 'falling';
}

export function round(value: number, decimals = DECIMALS): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  // -0 would print as 0 but fail deep equality with 0.
  return rounded === 0 ? 0 : rounded;
}

export function roundOrNull(value: number | null): number | null {
  return value === null ? null : round(value);
}
