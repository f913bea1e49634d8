import { parentPort } from 'node:worker_threads';
import { BASELINE_SCENARIO_ID } from '../../../shared/estate/estate.js';
import { serializeError } from '../../../shared/errors.js';
import { inspectEstateFile, openOwnEstateDatabase } from './estate-file.js';
import { EstateRepository } from './estate-repository.js';
import { LATEST_SCHEMA_VERSION } from './migrations/index.js';
import type { EstateReadAnswer, EstateReadJob } from './read-outside-estate.js';

// The worker thread an estate file from outside is checked and read in (see
// read-outside-estate.ts): the full inspection, the migration of our temporary copy if it
// is from an older version, and its rows, answered as the baseline's snapshot with the other scenarios' rows, or a refusal.

parentPort?.once('message', (job: EstateReadJob) => {
  let answer: EstateReadAnswer;
  try {
    inspectEstateFile(job.path, job.shownAs, { thorough: true }); // a refusal names the user's file, not our copy
    const repo = new EstateRepository('incoming', openOwnEstateDatabase(job.path), () => new Date().toISOString());
    try {
      answer = { ok: true, value: { snapshot: repo.snapshot(LATEST_SCHEMA_VERSION, BASELINE_SCENARIO_ID), scenarioRows: repo.scenarios.rows() } };
    } finally {
      repo.close();
    }
  } catch (error) {
    answer = { ok: false, error: serializeError(error) };
  }
  parentPort?.postMessage(answer);
});
