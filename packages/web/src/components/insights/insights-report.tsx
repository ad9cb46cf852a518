import type { Insights } from '@mend/core';
import { BalanceSection } from './balance-section';
import { ReachingOutSection } from './reaching-out-section';
import { RecurringTriggersSection } from './recurring-triggers-section';
import { RelianceSection } from './reliance-section';
import { WhatHelpsSection } from './what-helps-section';
import { WhenHardestSection } from './when-hardest-section';
import { WindowSection } from './window-section';
import { WinsSection } from './wins-section';

/**
 * Every section of the Insights page, in the order a person would ask: what helps, what carries the
 * load, when it's hardest, what keeps coming back, what's changing, what has gone well.
 * Loaded on its own (it brings the chart library), so Home stays light.
 */
export default function InsightsReport({ insights, name }: { insights: Insights; name: (id: string) => string }) {
  return (
    <>
      <WhatHelpsSection effects={insights.skillEffects} name={name} />
      <RelianceSection reliance={insights.reliance} name={name} />
      <WhenHardestSection whenYouCope={insights.whenYouCope} />
      <RecurringTriggersSection triggers={insights.recurringTriggers} name={name} />
      <BalanceSection balance={insights.balance} />
      <WindowSection tolerance={insights.windowOfTolerance} />
      <ReachingOutSection copingNotEnough={insights.copingNotEnough} />
      <WinsSection wins={insights.wins} name={name} />
    </>
  );
}
