export { attachProactiveDetection, type ProactivePipeline, runScanWorker } from './pipeline.ts';
export { proactiveRoutes } from './proactive.routes.ts';
export { runRescanStep, type ScanSink, startRescanWorker } from './rescan.ts';
export { ProactiveScanner } from './scanner.ts';
