// Merging our entry into WPS's publish.xml (the list of offline add-ins in the user's jsaddons
// folder) without touching other add-ins' entries; removing it again. Written in ES3 on purpose:
// the Windows installer runs this file under Windows Script Host (JScript), and the tests run the
// same text in Node. install.sh does the same in awk (tests hold the two to the same results).
/* exported xxgkMergePublish, xxgkUnmergePublish -- called by install-wsh.js, concatenated after this file */

/** Our publish.xml entry: an offline add-in in jsaddons/<name>_<version>/ (see docs/wps.md). */
function xxgkEntry(name, version) {
  return '<jsplugin name="' + name + '" type="et" url="' + name + "_" + version + '" version="' + version + '" enable="enable_dev" install="null"/>';
}

/** `xml` without any entry (offline or online, any version) whose name is exactly `name`. */
function xxgkRemoveEntries(xml, name) {
  var re = new RegExp('[ \\t]*<jsplugin(?:online)?\\s[^>]*\\bname="' + name + '"[^>]*?(?:/>|>\\s*</jsplugin(?:online)?>)[ \\t]*(?:\\r?\\n)?', "g");
  return xml.replace(re, "");
}

/** publish.xml with our entry for `version` and every other entry kept; a fresh file when there is none. */
function xxgkMergePublish(existing, name, version) {
  var entry = xxgkEntry(name, version);
  var xml = existing || "";
  if (!/<jsplugins\b/.test(xml)) return '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ' + entry + "\n</jsplugins>\n";
  xml = xxgkRemoveEntries(xml, name);
  if (/<jsplugins\b[^>]*\/>/.test(xml)) return xml.replace(/<jsplugins\b([^>]*)\/>/, "<jsplugins$1>\n  " + entry + "\n</jsplugins>");
  return xml.replace(/<\/jsplugins>/, "  " + entry + "\n</jsplugins>");
}

/** publish.xml without our entry; other entries kept. */
function xxgkUnmergePublish(existing, name) {
  return xxgkRemoveEntries(existing || "", name);
}
