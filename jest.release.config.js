/** The single-file program built and run without Node (tests/release): minutes, so apart from `npm test`. */
const base = require("./jest.config.js");

module.exports = { ...base, roots: ["<rootDir>/tests/release"], testPathIgnorePatterns: ["/node_modules/"] };
