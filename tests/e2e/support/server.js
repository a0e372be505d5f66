// Serves the release build (dist/) on a free loopback port.
export { DIST, startServer } from '../../../scripts/static_server.mjs';
