/** Unit, host and LibreOffice tests: everything that needs no browser. */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  // tests/release builds a 130 MB program (minutes): `npm run test:release`, its own CI step.
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/", "/tests/release/"],
  // Tests read and assert both languages: the English table is registered as the command line does.
  setupFiles: ["<rootDir>/tests/support/english.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
};
