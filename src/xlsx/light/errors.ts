// Why a workbook could not be read, as a sentence id (the CLI's UserError shape, see cli/io.ts).
export class LightReadError extends Error {
  readonly msg: { id: string; params: Record<string, string | number> };
  constructor(file: string, id = "cli.read.notXlsx", params: Record<string, string | number> = {}) {
    super(`${id}: ${file}`);
    this.msg = { id, params: { file, ...params } };
  }
}
