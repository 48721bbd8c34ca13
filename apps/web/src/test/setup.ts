import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom draws nothing: axe-core's canvas checks (icon ligatures) find no canvas either way; this only
// keeps jsdom's "not implemented" message out of the output.
if (globalThis.HTMLCanvasElement) HTMLCanvasElement.prototype.getContext = () => null;

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
});
