// The entry point of `npm start`: serve until SIGTERM or SIGINT.
import { runServe } from './run-serve.js';

await runServe(process.env);
