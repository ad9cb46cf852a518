import { nodeIo } from './node-io';
import { run } from './run';

// exitCode rather than process.exit(): pending output (a large export on a pipe) is flushed first.
process.exitCode = await run(process.argv.slice(2), nodeIo());
