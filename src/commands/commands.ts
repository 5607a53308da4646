// The webpack entry of the Office function file (webpack.config.js names this file): the Office
// composition root lives below the host seam, in src/excel/commands-main.ts. The WPS ribbon's
// callbacks are src/wps/ribbon.ts.
export { checkReport, layoutReport } from "../excel/commands-main";
