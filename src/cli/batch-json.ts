// `check --json` written as the files are checked: the same text prettyJson gives for the whole
// object, one file's entry at a time, so a folder's results never wait in memory for the last file.
import type { FileJson } from "./batch-check";
import { prettyJson } from "./json-text";

export class JsonFilesStream {
  private held: FileJson | undefined;
  private started = false;

  /** `out` writes one piece and ends it with a line break (CliIO.out). */
  constructor(private readonly out: (text: string) => void) {}

  add(file: FileJson): void {
    // Held back one file: only the next one says whether a comma follows.
    if (this.held) this.write(this.held, false);
    this.held = file;
  }

  /** Closes the files list and writes the object's other members, as prettyJson would. */
  end(rest: Record<string, unknown>): void {
    const tail = Object.entries(rest)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `,\n  ${JSON.stringify(k)}: ${prettyJson(v, "  ")}`)
      .join("");
    if (!this.held) {
      this.out(`{\n  "files": []${tail}\n}`);
      return;
    }
    this.write(this.held, true);
    this.held = undefined;
    this.out(`  ]${tail}\n}`);
  }

  private write(file: FileJson, last: boolean): void {
    if (!this.started) this.out('{\n  "files": [');
    this.started = true;
    this.out(`    ${prettyJson(file, "    ")}${last ? "" : ","}`);
  }
}
