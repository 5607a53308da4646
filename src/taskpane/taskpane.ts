// Entry point of the task pane bundle: wait for Office, then hand the document to init().
import { init } from "./init";

Office.onReady(() => init(document));
