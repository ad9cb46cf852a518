/**
 * A settings length in plain words: "1 minute", "15 minutes", "1 hour", "4 hours", "1 day".
 * Whole hours and days are said as such; anything else stays in minutes, never "1.5 hours".
 */
export function minutesInWords(minutes: number): string {
  const unit = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;
  if (minutes >= 1440 && minutes % 1440 === 0) return unit(minutes / 1440, 'day');
  if (minutes >= 60 && minutes % 60 === 0) return unit(minutes / 60, 'hour');
  return unit(minutes, 'minute');
}
