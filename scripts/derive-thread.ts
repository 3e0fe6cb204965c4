// `inspect`'s derive worker: the Node twin of src/worker/derive-worker.ts (one request in `workerData`, one answer
// posted back). The parent terminates it when the time limit passes, so a looping template cannot hang the CLI.
import { parentPort, workerData } from "node:worker_threads";
import { answerDeriveRequest } from "../src/worker/derive-answer.ts";

parentPort?.postMessage(answerDeriveRequest(workerData));
