// Registers the English table (see index.ts for why it is not built in). Imported for its effect:
// statically by the entries that always carry both languages, on demand by the Office task pane.
import { EN_US } from "./en-US";
import { addLanguage } from "./index";

addLanguage("en-US", EN_US);
