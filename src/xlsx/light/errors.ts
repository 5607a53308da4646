// Why a workbook could not be read: the one user-facing error type, naming the file.
import { UserError } from "../../i18n/user-error";

export class LightReadError extends UserError {
  constructor(file: string, id = "cli.read.notXlsx", params: Record<string, string | number> = {}) {
    super(id, { file, ...params });
  }
}
