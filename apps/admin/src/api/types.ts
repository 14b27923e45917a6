import type { operations } from './schema.gen.js';

type Operation = keyof operations;
type Responses<O extends Operation> = operations[O]['responses'];
type SuccessStatus<O extends Operation> = Extract<keyof Responses<O>, 200 | 201>;

/** The success body of an operation, named by its operationId: `Ok<'getMe'>`. */
export type Ok<O extends Operation> = Responses<O>[SuccessStatus<O>] extends {
  content: { 'application/json': infer B };
}
  ? B
  : never;

/** The JSON body an operation accepts. */
export type BodyOf<O extends Operation> = operations[O] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
