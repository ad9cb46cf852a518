export { generateDemoHistory, MAX_DEMO_DAYS, type DemoHistoryOptions } from './generate-demo-history';
export { mulberry32 } from './prng';
