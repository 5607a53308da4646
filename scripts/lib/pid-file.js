// Where `npm start` (web mode) records the dev server's process id for `npm run stop`.
"use strict";
const path = require("path");

const PID_FILE = path.resolve(__dirname, "..", "..", "node_modules", ".cache", "xxgk", "dev-server.pid");

module.exports = { PID_FILE };
