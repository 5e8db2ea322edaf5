// The progress layout travels with whatever shows a job.
import './jobs.css';

export { useJob, POLL_MS, type JobHandle } from './use-job';
export { JobProgress } from './job-progress';
