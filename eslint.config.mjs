// ESLint 9 flat config: eslint-plugin-office-addins' recommended rules (Office.js load/sync
// mistakes) plus typescript-eslint's recommended rules.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";

// The office-addins plugin bundles an older typescript-eslint. ESLint refuses two different
// objects under one plugin name, so its config is pointed at our (newer) plugin and parser.
const officeRecommended = officeAddins.configs.recommended.map((config) =>
  config.plugins && config.plugins["@typescript-eslint"]
    ? {
        ...config,
        plugins: { ...config.plugins, "@typescript-eslint": tseslint.plugin },
        languageOptions: { ...config.languageOptions, parser: tseslint.parser, ecmaVersion: "latest" },
      }
    : config
);

// The office-addins rules track Office.js proxy objects (load → sync → read). Elsewhere they
// misfire: ExcelJS cells in src/xlsx and the CLI look like proxies to them but are plain objects.
const OFFICE_JS_FILES = ["src/excel/**", "src/taskpane/**", "src/commands/**", "tests/excel/**", "tests/fake-excel/**"];
const officeRulesOff = Object.fromEntries(Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "off"]));

export default [
  { ignores: ["dist/**", "dist-wps/**", "release/**", ".cache/**", "lib/**", "build/**", "node_modules/**", "coverage/**", "test-artifacts/**"] },
  ...officeRecommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{js,mjs,cjs,ts,cts,mts}"],
    rules: {
      // Formatting is not a lint error here: the recommended config enforces Prettier, but the
      // tree is not Prettier-formatted and a reformat of everyone's files is its own decision.
      "prettier/prettier": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs,ts,cts,mts}"],
    ignores: OFFICE_JS_FILES,
    rules: officeRulesOff,
  },
  {
    // TypeScript itself reports undefined names, with the types in tsconfig (office-js, DOM, node).
    files: ["**/*.{ts,cts,mts}"],
    rules: { "no-undef": "off" },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { globals: { ...globals.node } },
  },
];
