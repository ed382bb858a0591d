import fc from 'fast-check';

// Property tests run with a fixed seed so CI is repeatable; set FC_SEED to explore other runs.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261122) });
