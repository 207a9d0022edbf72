/**
 * The fault-injection simulation of the sync protocol, one job a file: the steps a world is
 * made of (steps.ts), the world that plays them (world.ts, edits.ts, ledger.ts), its devices
 * running the app's own sync client (device.ts), the server in process (server.ts) or over
 * HTTP as one or several processes (http-server.ts, hold-push.ts), and the invariants
 * (invariants.ts). Used by tests/integration/sync-faults.test.ts and sync-processes.test.ts.
 */
export { PropertyViolation } from './check';
export { holdPushAtEnd } from './hold-push';
export { HttpServer, ServerAnswered, type AppProcess } from './http-server';
export { play, total, type Summary } from './play';
export { InjectedCrash, InProcessServer, type Device, type SyncServer } from './server';
export * from './steps';
export { World, type WorldPeople } from './world';
