// The webpack entry of the Office function file (webpack.config.js names this file): the Office
// composition root lives below the host seam, in src/excel/commands-main.ts. The WPS ribbon's
// callbacks are src/wps/ribbon.ts.
import "../webview/polyfills"; // first: old webviews lack functions the code below uses
export { checkReport, layoutReport } from "../excel/commands-main";
