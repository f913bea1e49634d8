import { parentPort } from 'node:worker_threads';
import { readEstateYaml } from '../../../shared/estate-text/read-text.js';
import { serializeError } from '../../../shared/errors.js';
import { estateTextOf } from './estate-text-bytes.js';
import type { EstateTextAnswer, EstateTextJob } from './estate-text-reader.js';

// The worker thread an estate's text form is decoded and read in (estate-text-reader.ts):
// answered as the estate, or as the refusal with its line and field.

parentPort?.once('message', (job: EstateTextJob) => {
  let answer: EstateTextAnswer;
  try {
    answer = { ok: true, value: readEstateYaml(estateTextOf(job.fileName, job.bytes), job.fileName) };
  } catch (error) {
    answer = { ok: false, error: serializeError(error) };
  }
  parentPort?.postMessage(answer);
});
