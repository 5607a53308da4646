// The in-memory host's and the demo page's messages (src/i18n/*/demo.ts), added to the tables when
// this host is loaded: only the demo page loads it, so the task pane's bundle stays without them.
import { addMessages } from "../i18n";
import { DEMO as EN } from "../i18n/en-US/demo";
import { DEMO as ZH } from "../i18n/zh-CN/demo";

addMessages({ "zh-CN": ZH, "en-US": EN });
