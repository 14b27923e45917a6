import { afterEach, expect } from 'vitest';
import { takeUndocumentedErrors, watchUndocumentedErrors } from '../../src/http/error-docs.js';

// Every error code an operation answers in a test must be in its OpenAPI description.
watchUndocumentedErrors();
afterEach(() => {
  expect(takeUndocumentedErrors(), 'error codes answered but missing from ROUTE_ERRORS').toEqual([]);
});
