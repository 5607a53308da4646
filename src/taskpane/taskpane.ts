// The webpack entry of the Office task pane (webpack.config.js names this file): the Office
// composition root lives below the host seam, in src/excel/pane-main.ts. The WPS build enters at
// src/wps/pane-main.ts instead.
import "../webview/polyfills"; // first: old webviews lack functions the code below uses
import "../excel/pane-main";
