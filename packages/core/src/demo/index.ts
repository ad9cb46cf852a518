export { generateDemoHistory, MAX_DEMO_DAYS, type DemoHistoryOptions } from './generate-demo-history';
