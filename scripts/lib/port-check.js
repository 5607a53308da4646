// Before starting the dev server: is its port free? webpack-dev-server would otherwise die with a
// raw Node stack (EADDRINUSE); the person running `npm start` gets one sentence instead.
"use strict";
const net = require("net");

/** Resolves true when `host:port` can be listened on (the probe is closed straight away). */
function portIsFree(port, host) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/** Chinese first, then English, on two lines. */
function portBusyMessage(port) {
  return (
    `端口 ${port} 已被占用（可能已有一个 npm start 在运行）：请先运行 npm run stop，或关闭占用该端口的程序后再运行 npm start。\n` +
    `Port ${port} is already in use (perhaps by an earlier npm start): run npm run stop, or close the program using it, then npm start again.`
  );
}

module.exports = { portIsFree, portBusyMessage };
