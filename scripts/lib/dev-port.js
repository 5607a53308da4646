// Where the dev server listens: https://localhost:3000/, the address manifest.xml names.
// XXGK_DEV_PORT exists for tests only (a sideloaded manifest still points at port 3000).
"use strict";
const DEV_HOST = "localhost";
const DEV_PORT = Number(process.env.XXGK_DEV_PORT) || 3000;

module.exports = { DEV_HOST, DEV_PORT };
