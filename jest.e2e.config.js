/** Browser tests: the built task pane in Debian's chromium, with office.js answered by a fake host. */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["<rootDir>/tests/e2e/**/*.e2e.test.ts"],
  setupFiles: ["<rootDir>/tests/support/english.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  // A production build, a browser bundle of the fake host and a browser start-up: minutes, not seconds.
  testTimeout: 240_000,
};
