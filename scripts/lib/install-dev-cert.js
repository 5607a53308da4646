// Run as a child of start.js (which applies a timeout): creates the Office dev certificate in
// ~/.office-addin-dev-certs and tries to trust it system-wide. Exit 0 = trusted, 1 = not.
"use strict";
require("office-addin-dev-certs")
  .ensureCertificatesAreInstalled()
  .then(
    () => process.exit(0),
    (e) => {
      console.error(String(e && e.message ? e.message : e).split("\n")[0]);
      process.exit(1);
    }
  );
