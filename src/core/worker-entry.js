// Worker threads do not inherit the tsx loader registered through its API, so register it here.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
