// Imported for its effect, first thing in `src/stages/index.ts`, so that it runs before any stage
// module is evaluated.
//
// V8 runs a regular expression in its bytecode interpreter first and compiles it to native code only
// once it "tiers up". The stages' rules are large alternations tested once per sentence, and on
// Node 20 many of them kept running interpreted: on the bench (1,000 synthetic reports, one core)
// the document stages took 7.0 s with tier-up and 3.4 s without it (extract-claims 3.5 s → 1.0 s,
// find-entities 2.1 s → 1.5 s), with the same output. So every pattern is compiled on first use.
// V8 flags are process-wide: worker threads started later compile the same way.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
