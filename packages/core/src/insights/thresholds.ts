/**
 * Every number the insights rest on, in one place. docs/insights.md explains each of them; change
 * one here and there together.
 */

// Each skill's effect
/** Fewer uses with a distress-after than this: not enough data, always. */
export const MIN_USES_WITH_AFTER = 3;
/** Follow-ups (after some relief) needed before Mend says whether relief lasts. */
export const MIN_FOLLOW_UPS = 2;
/** Shrinkage: the person's overall mean relief counts as this many extra uses. */
export const PRIOR_USES = 3;
/** Shrunk relief (points) that counts as clear relief. */
export const CLEAR_RELIEF = 1;
/** Lowest spread (points) used for the interval: the same number three times is not certainty. */
export const MIN_SPREAD = 1;
/** Share of the relief still there at the follow-up: at least this → it holds. */
export const HELD_AT_LEAST = 0.6;
/** …at most this → it is mostly gone. Between the two: partly holds. */
export const FADED_AT_MOST = 0.4;
/** Follow-ups later than this after a moment say more about the rest of the day than about the skill. */
export const FOLLOW_UP_HORIZON_HOURS = 48;
/** "The same trigger back" means within this many hours. */
export const RETURN_WITHIN_HOURS = 24;
/** Day-old uses with a trigger tag needed before the "came back" rule can apply. */
export const MIN_USES_WITH_TRIGGER = 3;
/** The trigger came back after at least this share of uses… */
export const RETURN_RATE_AT_LEAST = 0.5;
/** …and that share is at least this much above what is usual for those triggers. */
export const RETURN_ABOVE_USUAL = 0.2;
/** Certainty: this much evidence or more is medium, and high from the next. */
export const CERTAINTY_MEDIUM_FROM = 5;
export const CERTAINTY_HIGH_FROM = 10;
/** A 90% interval wider than this (points) lowers certainty one step. */
export const WIDE_INTERVAL = 3;
/** Within this of a cut, a verdict is "near its line" and certainty is one step lower. */
export const NEAR_HELD_CUT = 0.1;
export const NEAR_RETURN_CUT = 0.1;
/** "No clear relief" is near its line when the shrunk relief is within this of CLEAR_RELIEF (or above it). */
export const NEAR_RELIEF_CUT = 0.5;

// Reliance
export const RELIANCE_WINDOW_DAYS = 30;
export const ONLY_WAY_SHARE = 0.6;
export const ONLY_WAY_MIN_MOMENTS = 8;
/** Maladaptive share rising this many weeks running counts as "becoming the only way". */
export const MALADAPTIVE_RISING_WEEKS = 4;
/** Each of those weeks needs at least this many skill uses, so one use cannot make a rise. */
export const MIN_USES_PER_RISING_WEEK = 3;

// Weekly series and trends
/** Weekly series cover this many calendar weeks (Monday to Sunday), the current week last. */
export const WEEKS = 12;
/** Complete weeks with a value needed before a trend is named. */
export const MIN_TREND_WEEKS = 4;
/** Slopes smaller than these (per week) are "steady". */
export const SHARE_DEAD_BAND = 0.01;
export const PEAK_DEAD_BAND = 0.1;

// When you cope
export const TOP_TAGS = 8;

// Recurring triggers
export const RECURRING_WINDOW_DAYS = 28;
export const RECURRING_MIN_COUNT = 4;
/** The later half must average at least this much lower (points) to count as falling. */
export const FALLING_BY = 0.5;
export const MAX_SUGGESTIONS = 3;

// Window of tolerance
/** Distress at or above this is outside the window (as is arousal hypo, at any distress). */
export const OUTSIDE_FROM = 8;

// When coping isn't enough
export const NOT_ENOUGH_WINDOW_DAYS = 14;
export const STILL_HIGH_FROM = 7;
export const MIN_SKILLS_TRIED = 2;
export const REACH_OUT_FROM = 5;

// Wins
export const WINS_RECENT_DAYS = 30;
/** Eased off: not used in this many recent days… */
export const EASED_OFF_DAYS = 28;
/** …after at least this many uses in the earlier half of the history. */
export const EASED_OFF_MIN_EARLIER_USES = 2;

/** Numbers in the output are rounded to this many decimals; the rules use the unrounded values. */
export const DECIMALS = 3;
