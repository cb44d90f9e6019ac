/** Set by scripts/worker.ts in its own process: the one process that runs jobs when JOBS_WORKER=true. */
export const JOBS_WORKER_PROCESS = 'SITE_JOBS_WORKER_PROCESS'

export const isJobsWorker = () => process.env[JOBS_WORKER_PROCESS] === '1'
