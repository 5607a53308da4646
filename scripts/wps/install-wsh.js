// Windows installer of the WPS add-in, run by install.cmd / uninstall.cmd through Windows Script
// Host (JScript, ES3). Copies @FOLDER@ into %APPDATA%\kingsoft\wps\jsaddons and merges our entry
// into publish.xml there (other add-ins' entries kept); uninstall removes only ours. Safe to run twice.
/* global ActiveXObject, Enumerator, WScript, xxgkMergePublish, xxgkUnmergePublish -- Windows Script Host, and publish-merge.js, prepended at build time */
var NAME = "@NAME@";
var VERSION = "@VERSION@";
var FOLDER = "@FOLDER@";

var fso = new ActiveXObject("Scripting.FileSystemObject");
var shell = new ActiveXObject("WScript.Shell");
var action = WScript.Arguments.length > 0 ? WScript.Arguments(0) : "install";
var here = fso.GetParentFolderName(WScript.ScriptFullName);
var target = shell.ExpandEnvironmentStrings("%APPDATA%") + "\\kingsoft\\wps\\jsaddons";
var publish = target + "\\publish.xml";

function ensureFolder(p) {
  if (fso.FolderExists(p)) return;
  ensureFolder(fso.GetParentFolderName(p));
  fso.CreateFolder(p);
}

function readUtf8(p) {
  if (!fso.FileExists(p)) return "";
  var s = new ActiveXObject("ADODB.Stream");
  s.Type = 2;
  s.Charset = "utf-8";
  s.Open();
  s.LoadFromFile(p);
  var text = s.ReadText();
  s.Close();
  return text;
}

/** UTF-8 without a byte-order mark (ADODB writes one; it is skipped by copying the bytes after it). */
function writeUtf8(p, text) {
  var s = new ActiveXObject("ADODB.Stream");
  s.Type = 2;
  s.Charset = "utf-8";
  s.Open();
  s.WriteText(text);
  s.Position = 3;
  var bytes = new ActiveXObject("ADODB.Stream");
  bytes.Type = 1;
  bytes.Open();
  s.CopyTo(bytes);
  bytes.SaveToFile(p, 2);
  bytes.Close();
  s.Close();
}

/** Our package folders of any version (name_version), for replacing or removing them. */
function removeOurFolders() {
  if (!fso.FolderExists(target)) return;
  var e = new Enumerator(fso.GetFolder(target).SubFolders);
  var doomed = [];
  for (; !e.atEnd(); e.moveNext()) if (e.item().Name.indexOf(NAME + "_") === 0) doomed.push(e.item().Path);
  for (var i = 0; i < doomed.length; i++) fso.DeleteFolder(doomed[i], true);
}

try {
  if (action === "uninstall") {
    removeOurFolders();
    if (fso.FileExists(publish)) writeUtf8(publish, xxgkUnmergePublish(readUtf8(publish), NAME));
    WScript.Echo("已卸载政务公开年报助手（WPS 加载项）。请重新启动 WPS。");
  } else {
    ensureFolder(target);
    removeOurFolders();
    fso.CopyFolder(here + "\\" + FOLDER, target + "\\" + FOLDER);
    writeUtf8(publish, xxgkMergePublish(readUtf8(publish), NAME, VERSION));
    WScript.Echo("已安装政务公开年报助手 " + VERSION + "（WPS 加载项）到 " + target + "。请重新启动 WPS 表格，在“政务公开年报”选项卡中使用。");
  }
} catch (err) {
  WScript.Echo("安装没有完成：" + (err.message || err) + "。请关闭 WPS 后重试，或把这句话发给信息中心。");
  WScript.Quit(1);
}
