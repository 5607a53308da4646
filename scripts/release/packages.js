// The add-in packages and the guide beside the programs (filled in by later steps of the release).
"use strict";
async function buildPackages() {}
module.exports = { buildPackages };
