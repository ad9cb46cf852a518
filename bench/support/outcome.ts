/** A benchmark's last word: what missed its target (and exit code 1), or that everything met it. */
export function reportOutcome(failures: readonly string[], okMessage: string): void {
  if (failures.length) {
    console.error(`\nFAILED:\n${failures.map((line) => `- ${line}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`\nOK: ${okMessage}`);
  }
}
