/** What other screens hand to the practice list when they send the person there. */
export interface PracticeListState {
  /** A practice was just deleted. */
  deleted?: boolean;
}
