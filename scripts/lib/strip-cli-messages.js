// A webpack loader for the pane bundles (Office and WPS): the command line's own text — `xxgk` usage,
// options, folder and summary wording, the output writer's sentences (ids cli.*, summary.*,
// io.write.*, io.reason.*) — is dropped from the message tables, so the pane's initial script carries
// none of it (the 150 KB budget, issue 17). cli.read.* and cli.file.* stay: the pane's 汇总 reads
// .xlsx files with the same reader, which says them.
// tests/i18n/pane-messages.test.ts checks that nothing outside src/cli asks for a dropped id.
"use strict";

const DROPPED = /^\s*"((?:cli\.(?!read\.|file\.)|summary\.|io\.(?:write|reason)\.)[^"]*)":\s*(.*)$/;

module.exports = function stripCliMessages(source) {
  const out = [];
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = DROPPED.exec(lines[i]);
    if (!m) {
      out.push(lines[i]);
      continue;
    }
    // A long entry is wrapped: its value on the next line.
    if (m[2] === "") i++;
  }
  return out.join("\n");
};

module.exports.DROPPED = DROPPED;
