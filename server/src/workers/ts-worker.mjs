// Entry of every worker thread: registers tsx's loader (workers do not inherit the parent's
// `--import tsx`), then runs the TypeScript module named in workerData.entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
